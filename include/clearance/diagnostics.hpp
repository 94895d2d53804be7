// SPDX-License-Identifier: MIT
//
// Machinery for compile errors that name the rule and both sides. A rule is a class template
// named after it, without the member the check reads, so the error is "no member named 'allowed'
// in 'clearance::denied::<rule><sides>'" in one error and no notes. Its arguments are exact-size
// ASCII texts, which g++ and clang both print as string literals (clang prints ASCII texts
// without trailing padding only, and cuts them after about 34 characters).
#pragma once

#include <cstddef>
#include <string_view>

namespace clearance::detail {

/// A string literal as a template argument: exactly N bytes including the terminating NUL.
template <std::size_t N>
struct literal {
  char value[N];
};

template <std::size_t N>
constexpr literal<N> make_literal(std::string_view s) noexcept {
  literal<N> out{};
  for (std::size_t i = 0; i + 1 < N && i < s.size(); ++i) out.value[i] = s[i];
  return out;
}

/// The rule that holds.
struct rule_holds {
  static constexpr bool allowed = true;
  static constexpr bool valid = true;
};

}  // namespace clearance::detail

/// Spells a text computed at compile time (a constexpr object with `.view()`) as a `literal`.
#define CLEARANCE_DETAIL_LITERAL(text) \
  ::clearance::detail::make_literal<(text).view().size() + 1>((text).view())
