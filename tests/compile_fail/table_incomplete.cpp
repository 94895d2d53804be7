// Forbidden: a mapping table with no row for a classified level: a silent gap. Twin: the level
// has an explicit no_equivalent row.
// expect: denied<clearance::(v0::)?table_rule::mapping_incomplete, .*"HIGH".*"NATO"
#include "../support/demo_scheme.hpp"

namespace demo {
#ifdef CLEARANCE_TWIN
inline constexpr correspondence to_nato[] = {{1, 1, mapping::equivalent, src}, {2, -1, mapping::no_equivalent, src}};
#else
inline constexpr correspondence to_nato[] = {{1, 1, mapping::equivalent, src}};
#endif
inline constexpr correspondence from_nato[] = {{1, 1, mapping::equivalent, src}, {2, -1, mapping::no_equivalent, src},
                                               {3, -1, mapping::no_equivalent, src}, {4, -1, mapping::no_equivalent, src}};
inline constexpr mapping_table mappings[] = {{nato::id, to_nato, from_nato, every_context, {}, src}};
inline constexpr scheme table = with_mappings(mappings);
}  // namespace demo

static_assert(clearance::verified<demo::table>);
