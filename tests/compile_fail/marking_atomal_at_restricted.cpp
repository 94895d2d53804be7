// Forbidden: a marking literal with ATOMAL at NATO RESTRICTED; ATOMAL exists only at CTS, NS and
// NC (domain-brief §4).
// Twin: NATO SECRET//ATOMAL.
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
inline constexpr label report = parse_marking<"NATO SECRET//ATOMAL">();
#else
inline constexpr label report = parse_marking<"NATO RESTRICTED//ATOMAL">();
#endif
