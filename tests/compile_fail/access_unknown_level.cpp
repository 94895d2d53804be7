// Forbidden: a label with a rank its scheme does not have (deny by default). Twin: rank 1.
// expect: denied<clearance::(v0::)?reason::unknown_level, .*"NATO rank 9".*"not in the registry"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr int rank = 1;
#else
constexpr int rank = 9;
#endif
static_assert(require<can_access(defence_cleaner, label{level_of(nato::scheme, rank)}.with(site_papers))>);
