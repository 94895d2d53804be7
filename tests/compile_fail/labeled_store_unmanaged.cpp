// Forbidden: a code path that stores NATO RESTRICTED mail on an unmanaged iOS 26 iPhone.
// Twin: the managed deployment.
// expect: denied<clearance::(v0::)?reason::condition_not_met, .*"NATO RESTRICTED".*"managed by MDM
#include <string>

#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr deployment phone = managed_ios_26;
#else
constexpr deployment phone = unmanaged_ios_26;
#endif
const std::string& to_disk(const labeled<std::string, site_paper>& mail) {
  return store<channels::ios_26_managed, phone>(mail);
}
