// Forbidden: storing on the managed iPhone, whose approval starts 2026-02-26, without saying when
// it is used (sources 000-002): nothing shows the use falls within the approval.
// Twin: the same deployment used on 2026-03-01.
// expect: denied<clearance::(v0::)?reason::approval_date_unknown, .*"NATO RESTRICTED".*"approved 2026-02-26"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr deployment phone = managed_ios_26;
#else
constexpr deployment phone{.meets = managed_ios_26.meets, .version = 26};
#endif
static_assert(require<may_store(nato::restricted, channels::ios_26_managed, phone)>);
