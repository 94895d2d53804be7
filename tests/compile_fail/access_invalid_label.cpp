// Forbidden: ATOMAL cannot accompany NATO RESTRICTED, so the label is invalid and denied.
// Twin: the same paper without ATOMAL.
// expect: denied<clearance::(v0::)?reason::category_not_allowed_at_level, .*"NATO RESTRICTED".*"ATOMAL"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr label paper = site_paper;
#else
constexpr label paper = site_paper.with(category::atomal);
#endif
static_assert(require<can_access(defence_cleaner, paper)>);
