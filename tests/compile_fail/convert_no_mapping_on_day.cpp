// Forbidden: converting a SECRET DÉFENSE document to the French scheme of 2021 on 2021-06-30, the
// day before that scheme and its table (Décret 2019-1271 art. 11) took effect. Twin: the day of.
// expect: denied<clearance::(v0::)?reason::no_mapping, .*"SECRET DEFENSE".*"France"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr date handled_on{2021, 7, 1};
#else
constexpr date handled_on{2021, 6, 30};
#endif
static_assert(require<convert(fra_pre2021::secret_defense, fra::id, {.on = handled_on}).outcome>);
