// Forbidden: showing the NATO RESTRICTED paper to the cleaner without need-to-know (source 000).
// Twin: the cleaner with need-to-know.
// expect: denied<clearance::(v0::)?reason::missing_need_to_know, .*"NATO RESTRICTED".*"compartment 0"
#include <string>

#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr person reader = defence_cleaner;
#else
constexpr person reader = with_need_to_know(defence_cleaner, {});
#endif
const std::string& on_screen(const labeled<std::string, site_paper>& paper) { return reveal<reader>(paper); }
