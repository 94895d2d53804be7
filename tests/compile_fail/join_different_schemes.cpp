// Forbidden: joining labels of two schemes without converting one first.
// Twin: the Dutch label converted to NATO first.
// expect: denied<clearance::(v0::)?reason::different_schemes, .*"NATO SECRET".*"Stg\. GEHEIM"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr label attachment = to_nato(nld::stg_geheim).value;
#else
constexpr label attachment = nld::stg_geheim;
#endif
static_assert(require<join(nato::secret, attachment).outcome>);
