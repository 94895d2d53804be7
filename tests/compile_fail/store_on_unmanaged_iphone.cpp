// Forbidden: NATO RESTRICTED on an iOS 26 iPhone that is not managed by an MDM (sources 000,
// 002). Twin: managed, supervised, indigo configuration, patched.
// expect: denied<clearance::(v0::)?reason::condition_not_met, .*"NATO RESTRICTED".*"managed by MDM
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr deployment phone = managed_ios_26;
#else
constexpr deployment phone = unmanaged_ios_26;
#endif
static_assert(require<may_store(site_paper, channels::ios_26_managed, phone)>);
