// Forbidden: a mapping table with no rows in either direction: it connects two schemes and maps
// nothing. Twin: the table has its rows.
// expect: denied<clearance::(v0::)?table_rule::mapping_empty, .*"DEMO".*"NATO"
#include "../support/demo_scheme.hpp"

namespace demo {
#ifdef CLEARANCE_TWIN
inline constexpr correspondence to_nato[] = {{1, 1, mapping::equivalent, src}, {2, 3, mapping::equivalent, src}};
#else
inline constexpr slice<const correspondence> to_nato{};
#endif
inline constexpr mapping_table mappings[] = {{nato::id, to_nato, {}, every_context, {}, src}};
inline constexpr scheme table = with_mappings(mappings);
}  // namespace demo

static_assert(clearance::verified<demo::table>);
