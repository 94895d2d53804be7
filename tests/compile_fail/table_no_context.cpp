// Forbidden: a mapping table that applies in no context: it could never decide, so it is a
// mistake, not a rule. Twin: the table applies in national handling.
// expect: denied<clearance::(v0::)?table_rule::mapping_no_context, .*"DEMO".*"NATO"
#include "../support/demo_scheme.hpp"

namespace demo {
inline constexpr correspondence to_nato[] = {{1, 1, mapping::equivalent, src}, {2, 3, mapping::equivalent, src}};
#ifdef CLEARANCE_TWIN
inline constexpr context_set where{context::national};
#else
inline constexpr context_set where{};
#endif
inline constexpr mapping_table mappings[] = {{nato::id, to_nato, {}, where, {}, src}};
inline constexpr scheme table = with_mappings(mappings);
}  // namespace demo

static_assert(clearance::verified<demo::table>);
