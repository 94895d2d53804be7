// Forbidden: two tables to one scheme that both apply on a day, in a context: which one decides
// would depend on their order. Twin: the second table starts the day after the first ends.
// expect: denied<clearance::(v0::)?table_rule::mapping_overlap, .*"DEMO".*"NATO"
#include "../support/demo_scheme.hpp"

namespace demo {
inline constexpr correspondence to_nato[] = {{1, 1, mapping::equivalent, src}, {2, 3, mapping::equivalent, src}};
inline constexpr correspondence from_nato[] = {{1, 1, mapping::equivalent, src}, {2, -1, mapping::no_equivalent, src},
                                               {3, 2, mapping::equivalent, src}, {4, -1, mapping::no_equivalent, src}};
inline constexpr period until_2020{{}, {2020, 12, 31}};
#ifdef CLEARANCE_TWIN
inline constexpr period from_2021{{2021, 1, 1}, {}};
#else
inline constexpr period from_2021{{2020, 12, 31}, {}};
#endif
inline constexpr mapping_table mappings[] = {{nato::id, to_nato, from_nato, every_context, until_2020, src},
                                             {nato::id, to_nato, from_nato, every_context, from_2021, src}};
inline constexpr scheme table = with_mappings(mappings);
}  // namespace demo

static_assert(clearance::verified<demo::table>);
