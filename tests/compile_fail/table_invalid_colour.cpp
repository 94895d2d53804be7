// Forbidden: a level whose display colour is neither a CSS name of XEP-0258's list nor #RRGGBB,
// which an XEP-0258 display marking could not carry. Twin: a colour of the list.
// expect: denied<clearance::(v0::)?table_rule::invalid_colour, .*"HIGH"
#include "../support/demo_scheme.hpp"

namespace demo {
#ifdef CLEARANCE_TWIN
inline constexpr std::string_view background = "red";
#else
inline constexpr std::string_view background = "pink";
#endif
inline constexpr level_info painted[] = {{1, "LOW", "", "L", {}, "low", true, src, src},
                                         {2, "HIGH", "", "H", {}, "high", true, src, src, 0, {}, "black", background}};
inline constexpr scheme table{.id = scheme_id{999}, .name = "Demo", .code = "DEMO", .owner = party::jpn,
                              .levels = painted};
}  // namespace demo

static_assert(clearance::verified<demo::table>);
