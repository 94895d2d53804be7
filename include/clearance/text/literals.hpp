// SPDX-License-Identifier: MIT
//
// Markings, stage 5: literals. A marking written in the source is read at compile time, with the
// vocabulary of a registry; a bad literal does not compile, and its error is the verdict of every
// compile-time door (core/diagnostics.hpp): denied<marking_error::..., the literal, the part at
// fault>.
//
//     constexpr clearance::label l = clearance::parse_marking_in<acme::schemes, "ACME SECRET//REL TO NLD">();
//
// A host that wants a literal operator over its own registry writes one in its own namespace (a
// literal operator cannot take the registry as an argument):
//
//     namespace acme::literals {
//     template <clearance::marking_literal T>
//     constexpr clearance::label operator""_acme() noexcept { return clearance::parse_marking_in<acme::schemes, T>(); }
//     }  // namespace acme::literals
//     using namespace acme::literals;
//     constexpr clearance::label l = "ACME SECRET"_acme;
#pragma once

#include <cstddef>
#include <string_view>

#include "../core/diagnostics.hpp"
#include "../core/label.hpp"
#include "../core/quiet_shadow.hpp"
#include "../core/registry.hpp"
#include "fold.hpp"
#include "parse.hpp"
#include "vocabulary.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0 {

/// A marking as a template argument: `parse_marking_in<schemes, "Stg. GEHEIM">()`.
template <std::size_t N>
struct marking_literal {
  char value[N]{};
  consteval marking_literal(const char (&s)[N]) noexcept {  // NOLINT(google-explicit-constructor)
#if defined(__clang__)
    __builtin_memcpy(value, s, N);  // one step for clang's evaluator, instead of N
#else
    for (std::size_t i = 0; i < N; ++i) value[i] = s[i];
#endif
  }
  [[nodiscard]] constexpr std::string_view view() const noexcept { return {value, N - 1}; }
};

namespace detail {
/// A marking literal's sides: the error found, the literal, and the part at fault (the literal
/// from the error's offset on), for the one verdict of every compile-time door. The literal's
/// function reads the verdict's `accepted` in a static_assert, so it stays well-formed and the
/// error is one:
///     static assertion failed due to requirement 'clearance::denied<clearance::marking_error::
///         unknown_classification, literal<12>{"NATO SEKRIT"}, literal<7>{"SEKRIT"}>::accepted'
template <marking_literal Text, marking_error Rule, std::size_t Offset>
struct marking_sides {
  struct part {
    std::string_view text;
    [[nodiscard]] constexpr std::string_view view() const noexcept { return text; }
  };
  static constexpr marking_error rule = Rule;
  static constexpr part first{Text.view()};
  static constexpr part second{Offset < Text.view().size() ? Text.view().substr(Offset)
                                                           : std::string_view{"(at the end)"}};
};
}  // namespace detail

namespace detail {
/// What a literal reads to with a vocabulary: a variable, so that it is read once, where it is
/// instantiated. (A constexpr local of the literal's function is read again by clang each time a
/// call to the function is evaluated.)
template <const vocabulary& V, marking_literal Text, scheme_id Within>
inline constexpr marking_result literal_read = parse_marking(V, Text.view(), marking_options{Within});
}  // namespace detail

/// The label of a marking literal over the schemes of R, at compile time; a bad literal does not compile.
/// `Within` names the scheme for markings that need it ("GEHEIM" is German and Belgian).
template <const registry& R, marking_literal Text, scheme_id Within = scheme_id::none>
constexpr label parse_marking_in() noexcept {
  constexpr const marking_result& r = detail::literal_read<vocabulary_of<R>, Text, Within>;
  if constexpr (!r.ok()) {  // only a bad literal spells its verdict
    using sides = detail::marking_sides<Text, r.error, r.offset>;
    static_assert(
        denied<sides::rule, CLEARANCE_DETAIL_LITERAL(sides::first), CLEARANCE_DETAIL_LITERAL(sides::second)>::accepted);
  }
  return r.value;
}

}  // namespace clearance::inline v0

CLEARANCE_DETAIL_QUIET_SHADOW_END
