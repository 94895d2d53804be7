// Forbidden: combining a NATO SECRET value with a Stg. GEHEIM one without converting either.
// Twin: the Dutch value labelled with its NATO equivalent.
// expect: denied<clearance::(v0::)?reason::different_schemes, .*"NATO SECRET".*"Stg\. GEHEIM"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr label dutch = to_nato(nld::stg_geheim).value;
#else
constexpr label dutch = nld::stg_geheim;
#endif
int handle(labeled<int, label{nato::secret}> a, labeled<int, dutch> b) {
  return send<channels::sectra_tiger_s>(combine(a, b, [](int x, int y) { return x + y; }));
}
