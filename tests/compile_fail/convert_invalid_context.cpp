// Forbidden: converting in context 7, which is none of national handling, EU exchange and NATO
// exchange. Twin: in EU exchange.
// expect: denied<clearance::(v0::)?reason::invalid_context, .*"Stg\. GEHEIM".*"context 7"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr context where = context::eu_exchange;
#else
constexpr context where = static_cast<context>(7);
#endif
static_assert(require<convert(nld::stg_geheim, eu::id, {.in = where}).outcome>);
