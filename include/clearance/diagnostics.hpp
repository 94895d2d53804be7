// SPDX-License-Identifier: MIT
//
// Machinery for compile errors that name the rule and both sides. A broken rule is a class
// template instance whose first argument is the rule (enumerators print by name on g++ and
// clang) and which lacks the member the check reads: one error, no notes. The other arguments
// are exact-size ASCII texts, which g++ and clang both print as string literals (clang prints an
// ASCII text without trailing padding only, and cuts it after about 34 characters).
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

}  // namespace clearance::detail

/// Spells a text computed at compile time (a constexpr object with `.view()`) as a `literal`.
#define CLEARANCE_DETAIL_LITERAL(text) \
  ::clearance::detail::make_literal<(text).view().size() + 1>((text).view())
