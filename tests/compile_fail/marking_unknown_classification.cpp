// Forbidden: a marking literal that is no classification ("NATO SEKRIT").
// Twin: "NATO SECRET".
// expect: denied<clearance::(v0::)?marking_error::unknown_classification, .*"NATO SEKRIT"
#include "../support/scenarios.hpp"
using namespace scenario;
using namespace clearance::literals;

#ifdef CLEARANCE_TWIN
inline constexpr label minutes = "NATO SECRET"_marking;
#else
inline constexpr label minutes = "NATO SEKRIT"_marking;
#endif
