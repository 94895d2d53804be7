// Forbidden: a scheme's own category in a tag set the scheme does not name (so a STANAG 4774 or
// ESS label could not say where it belongs). Twin: the tag set named.
// expect: denied<clearance::(v0::)?table_rule::invalid_category, .*"LOW"
#include "../support/demo_scheme.hpp"

namespace demo {
inline constexpr category_info codewords[] = {
    {host_category(0), "DAWN", category_kind::restrictive, 1, src, 1, "1.2.3"}};
#ifdef CLEARANCE_TWIN
inline constexpr tag_set_info tag_sets[] = {{"1.2.3", "Codewords", tag_type::restrictive, src}};
#else
inline constexpr tag_set_info tag_sets[] = {{"1.2.4", "Codewords", tag_type::restrictive, src}};
#endif
inline constexpr scheme table{.id = scheme_id{999}, .name = "Demo", .code = "DEMO", .owner = party::jpn,
                              .levels = levels, .categories = codewords, .tag_sets = tag_sets};
}  // namespace demo

static_assert(clearance::verified<demo::table>);
