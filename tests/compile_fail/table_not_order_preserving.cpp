// Forbidden: a mapping table in which the higher level maps below the lower one.
// Twin: an order-preserving table.
// expect: denied<clearance::(v0::)?table_rule::mapping_not_order_preserving, .*"LOW".*"HIGH"
#include "../support/demo_scheme.hpp"

namespace demo {
#ifdef CLEARANCE_TWIN
inline constexpr correspondence to_nato[] = {{1, 2, mapping::equivalent, src}, {2, 3, mapping::equivalent, src}};
#else
inline constexpr correspondence to_nato[] = {{1, 3, mapping::equivalent, src}, {2, 2, mapping::equivalent, src}};
#endif
inline constexpr correspondence from_nato[] = {{1, -1, mapping::no_equivalent, src}, {2, 1, mapping::equivalent, src},
                                               {3, 2, mapping::equivalent, src}, {4, -1, mapping::no_equivalent, src}};
inline constexpr mapping_table mappings[] = {{nato::id, to_nato, from_nato, every_context, {}, src}};
inline constexpr scheme table = with_mappings(mappings);
}  // namespace demo

static_assert(clearance::verified<demo::table>);
