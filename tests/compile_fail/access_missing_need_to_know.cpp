// Forbidden: the Defence cleaner without need-to-know reads the NATO RESTRICTED paper
// (source 000: "voor alle informatie geldt ook een need to know"). Twin: with need-to-know.
// expect: denied<clearance::(v0::)?reason::missing_need_to_know, .*"NATO RESTRICTED".*"compartment 0"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr person reader = defence_cleaner;
#else
constexpr person reader = with_need_to_know(defence_cleaner, {});
#endif
static_assert(require<can_access(reader, site_paper)>);
