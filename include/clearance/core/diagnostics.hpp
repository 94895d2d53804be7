// SPDX-License-Identifier: MIT
//
// Machinery for compile errors that name the rule and both sides: one verdict template for every
// compile-time door (decisions, scheme tables, channel rows, marking literals). A broken rule is
// an instance of `denied` whose first argument is the rule (enumerators print by name on g++ and
// clang) and which lacks the member the check reads: one error, no notes. The other arguments
// are exact-size ASCII texts, which g++ and clang both print as string literals (clang prints an
// ASCII text without trailing padding only, and cuts it after about 34 characters).
#pragma once

#include <cstddef>
#include <string_view>

#include "quiet_shadow.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0::detail {

/// A string literal as a template argument: exactly N bytes including the terminating NUL.
template <std::size_t N>
struct literal {
  char value[N];
};

/// The size of the literal for a text of `chars` characters. clang 16 and 19 print a text of
/// 8, 16, 32 or 64 characters (a power of two from 8) as a list of numbers, and any text with
/// more than one trailing NUL too; such a text gets one trailing space instead (measured for
/// every length from 1 to 300).
constexpr std::size_t literal_size(std::size_t chars) noexcept {
  const bool power_of_two = chars >= 8 && (chars & (chars - 1)) == 0;
  return chars + (power_of_two ? 2 : 1);
}

template <std::size_t N>
constexpr literal<N> make_literal(std::string_view s) noexcept {
  literal<N> out{};
  for (std::size_t i = 0; i + 1 < N; ++i) out.value[i] = i < s.size() ? s[i] : ' ';
  return out;
}

}  // namespace clearance::inline v0::detail

/// Spells a text computed at compile time (a constexpr object with `.view()`) as a `literal`.
#define CLEARANCE_DETAIL_LITERAL(text) \
  ::clearance::detail::make_literal<::clearance::detail::literal_size((text).view().size())>((text).view())

namespace clearance::inline v0 {

/// The verdict of a compile-time door: `Rule` is the rule broken, an enumerator of the door's
/// rules (reason, table_rule, channel_rule, marking_error), whose `none` (0) is "nothing broken";
/// `First` and `Second` are the two sides. Only a verdict of `none` has the member `allowed`, so
/// requiring a broken rule fails with one error naming the rule and both sides:
///   no member named 'allowed' in 'clearance::denied<clearance::reason::clearance_below_label,
///   literal<12>{"Stg. GEHEIM"}, literal<12>{"screening C"}>'
/// A door that must stay well-formed (a marking literal's function) reads `accepted` in a
/// static_assert instead: false, and the compilers print the verdict it is a member of.
template <auto Rule, detail::literal First, detail::literal Second>
struct denied {
  static constexpr bool accepted = false;
};

template <auto Rule, detail::literal First, detail::literal Second>
  requires(static_cast<int>(Rule) == 0)
struct denied<Rule, First, Second> {
  static constexpr bool allowed = true;
  static constexpr bool accepted = true;
};

namespace detail {
/// The one sides builder: the verdict of a door's check `Sides`, a class with the `rule` found
/// and its two sides, `first` and `second`, as texts computed at compile time.
template <class Sides>
using verdict = denied<Sides::rule, CLEARANCE_DETAIL_LITERAL(Sides::first), CLEARANCE_DETAIL_LITERAL(Sides::second)>;
}  // namespace detail

}  // namespace clearance::inline v0

CLEARANCE_DETAIL_QUIET_SHADOW_END
