// Forbidden: "declassifying" NATO SECRET to COSMIC TOP SECRET: a declassification must lower.
// Twin: to NATO RESTRICTED.
// expect: denied<clearance::(v0::)?reason::not_a_lowering, .*"from NATO SECRET ?".*"to COSMIC TOP SECRET"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr label to = label{nato::restricted}.with(operation);
#else
constexpr label to = label{nato::cosmic_top_secret}.with(operation);
#endif
auto lower(labeled<int, operation_note> v) { return declassify<to, operation_commander>(v); }
