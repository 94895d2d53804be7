// Forbidden: a person holding a Dutch "grade 9" that no screening table knows. Twin: screening C.
// expect: denied<clearance::(v0::)?reason::invalid_clearance, .*"NATO RESTRICTED".*"NLD grade 9"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr clearance_grant held = nld::screening_c;
#else
constexpr clearance_grant held{nld::id, 9};
#endif
static_assert(require<can_access(with_clearances(defence_cleaner, {held}), site_paper)>);
