// Forbidden: a mapping table where HIGH goes to NATO CONFIDENTIAL and comes back as LOW: a round
// trip that lowers protection. Twin: NATO CONFIDENTIAL comes back as HIGH.
// expect: denied<clearance::(v0::)?table_rule::mapping_lowers_on_round_trip, .*"HIGH".*"LOW"
#include "../support/demo_scheme.hpp"

namespace demo {
inline constexpr correspondence to_nato[] = {{1, 1, mapping::equivalent, src}, {2, 2, mapping::equivalent, src}};
#ifdef CLEARANCE_TWIN
inline constexpr correspondence from_nato[] = {{1, 1, mapping::equivalent, src}, {2, 2, mapping::equivalent, src},
                                               {3, -1, mapping::no_equivalent, src}, {4, -1, mapping::no_equivalent, src}};
#else
inline constexpr correspondence from_nato[] = {{1, 1, mapping::equivalent, src}, {2, 1, mapping::equivalent, src},
                                               {3, -1, mapping::no_equivalent, src}, {4, -1, mapping::no_equivalent, src}};
#endif
inline constexpr mapping_table mappings[] = {{nato::id, to_nato, from_nato, every_context, {}, src}};
inline constexpr scheme table = with_mappings(mappings);
}  // namespace demo

static_assert(clearance::verified<demo::table>);
