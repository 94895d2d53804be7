// Forbidden: "GEHEIM" without a scheme: it is German (rank 3) and Belgian (rank 2).
// Twin: the same literal read as German.
// expect: denied<clearance::(v0::)?marking_error::ambiguous, .*"GEHEIM"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
inline constexpr label order = parse_marking<"GEHEIM", deu::id>();
#else
inline constexpr label order = parse_marking<"GEHEIM">();
#endif
