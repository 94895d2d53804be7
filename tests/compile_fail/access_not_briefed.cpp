// Forbidden: NATO RESTRICTED for someone without a security briefing (DoD handbook: "a NATO
// briefing still applies"). Twin: briefed.
// expect: denied<clearance::(v0::)?reason::not_briefed, .*"NATO RESTRICTED".*"no briefing"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr person reader = defence_cleaner;
#else
constexpr person reader = briefed(defence_cleaner, false);
#endif
static_assert(require<can_access(reader, site_paper)>);
