// Forbidden: a label with a category bit that no catalogue defines (deny by default).
// Twin: the host's compartment 0.
// expect: denied<clearance::(v0::)?reason::undefined_category, .*"NATO RESTRICTED".*"category 14"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr category extra = site_papers;
#else
constexpr category extra = static_cast<category>(14);
#endif
static_assert(require<can_access(defence_cleaner, site_paper.with(extra))>);
