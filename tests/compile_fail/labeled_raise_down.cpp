// Forbidden: "raising" NATO SECRET to NATO RESTRICTED: lowering is not a raise.
// Twin: raising to COSMIC TOP SECRET.
// expect: denied<clearance::(v0::)?reason::not_a_raise, .*"from NATO SECRET ?".*"to NATO RESTRICTED"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr label to = nato::cosmic_top_secret;
#else
constexpr label to = nato::restricted;
#endif
auto reclassify(labeled<int, label{nato::secret}> v) { return raise<to>(v); }
