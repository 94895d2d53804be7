// Forbidden: a mapping table in force until before it starts. Twin: the ends in order.
// expect: denied<clearance::(v0::)?table_rule::invalid_period, .*"DEMO".*"NATO"
#include "../support/demo_scheme.hpp"

namespace demo {
inline constexpr correspondence to_nato[] = {{1, 1, mapping::equivalent, src}, {2, 3, mapping::equivalent, src}};
#ifdef CLEARANCE_TWIN
inline constexpr period in_force{{2014, 4, 2}, {2020, 12, 31}};
#else
inline constexpr period in_force{{2020, 12, 31}, {2014, 4, 2}};
#endif
inline constexpr mapping_table mappings[] = {{nato::id, to_nato, {}, every_context, in_force, src}};
inline constexpr scheme table = with_mappings(mappings);
}  // namespace demo

static_assert(clearance::verified<demo::table>);
