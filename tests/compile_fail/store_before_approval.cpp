// Forbidden: the iOS approval dates from 2026-02-26; a use the day before is not covered.
// Twin: the day of the approval.
// expect: denied<clearance::(v0::)?reason::approval_not_yet_valid, .*"used 2026-02-25".*"approved 2026-02-26"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr date day{2026, 2, 26};
#else
constexpr date day{2026, 2, 25};
#endif
static_assert(require<may_store(nato::restricted, channels::ios_26_managed, used_on(managed_ios_26, day))>);
