// Forbidden: a marking literal with ATOMAL at NATO RESTRICTED; ATOMAL exists only at CTS, NS and
// NC (domain-brief §4).
// Twin: NATO SECRET//ATOMAL.
// expect: denied<clearance::(v0::)?marking_error::category_not_allowed, .*"NATO RESTRICTED//ATOMAL"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
inline constexpr label report = parse_marking<"NATO SECRET//ATOMAL">();
#else
inline constexpr label report = parse_marking<"NATO RESTRICTED//ATOMAL">();
#endif
