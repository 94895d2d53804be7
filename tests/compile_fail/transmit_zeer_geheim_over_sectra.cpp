// Forbidden: Stg. ZEER GEHEIM over the Sectra Tiger/S, approved up to Stg. GEHEIM (source 004).
// Twin: Stg. GEHEIM.
// expect: denied<clearance::(v0::)?reason::above_channel_ceiling, .*"Stg\. ZEER GEHEIM ?".*"up to Stg\. GEHEIM"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr label call = nld::stg_geheim;
#else
constexpr label call = nld::stg_zeer_geheim;
#endif
static_assert(require<may_transmit(call, channels::sectra_tiger_s)>);
