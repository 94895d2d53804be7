// SPDX-License-Identifier: MIT
//
// How information may flow between labels: the decisions behind labeled<T, L> and
// dynamic_labeled<T>. Writing may only go up (no write-down, Bell-LaPadula's *-property,
// domain-brief §6); raising a label is always allowed; lowering one needs an authority.
#pragma once

#include <string_view>

#include "../core/decision.hpp"
#include "../core/label.hpp"

namespace clearance::inline v0 {

/// Who lowers a label, and on what ground: the visible part of a declassification.
/// Both must be given; the audit hook receives them.
struct authority_grant {
  std::string_view who{};     ///< e.g. "NATO originator, SHAPE J2"
  std::string_view ground{};  ///< e.g. "release to the press, decision 2026/14"

  [[nodiscard]] constexpr bool given() const noexcept { return !who.empty() && !ground.empty(); }
};

namespace detail {
constexpr decision both_valid(const registry& reg, const label& a, const label& b) noexcept {
  if (const decision d = validate(reg, a); !d) return d;
  if (const decision d = validate(reg, b); !d) return d;
  if (a.scheme != b.scheme) {
    decision d = deny(reason::different_schemes, level_of(a));
    d.required = level_of(b);
    return d;
  }
  return allow(level_of(a));
}
}  // namespace detail

/// Whether information labelled `source` may be written into a container labelled `target`:
/// only when `target` dominates `source` (same scheme, level at least as high, every category,
/// releasable to no one more).
constexpr decision may_write(const registry& reg, const label& target, const label& source) noexcept {
  if (decision d = detail::both_valid(reg, source, target); !d) return d;
  if (dominates(reg, target, source)) return detail::allow(level_of(source));
  decision d = detail::deny(reason::write_down, level_of(source));
  d.held = level_of(target);
  d.hold(source.categories - target.categories);
  return d;
}

/// Satisfied when a container labelled `Target` may receive information labelled `Source`.
template <const registry& R, label Target, label Source>
concept writable_in = may_write(R, Target, Source).allowed();

/// Whether a label may be raised from `from` to `to` (reclassified up): when `to` dominates it.
constexpr decision may_raise(const registry& reg, const label& from, const label& to) noexcept {
  if (decision d = detail::both_valid(reg, from, to); !d) return d;
  if (dominates(reg, to, from)) return detail::allow(level_of(from));
  decision d = detail::deny(reason::not_a_raise, level_of(from));
  d.required = level_of(to);
  return d;
}

/// Satisfied when label `From` may be raised to `To`.
template <const registry& R, label From, label To>
concept raisable_in = may_raise(R, From, To).allowed();

/// Whether a label may be lowered from `from` to `to` by `who`: `to` must be dominated by `from`
/// (within one scheme) and the authority and its ground must be given.
constexpr decision may_lower(const registry& reg, const label& from, const label& to,
                             const authority_grant& who) noexcept {
  if (decision d = detail::both_valid(reg, from, to); !d) return d;
  if (!dominates(reg, from, to)) {
    decision d = detail::deny(reason::not_a_lowering, level_of(from));
    d.required = level_of(to);
    return d;
  }
  if (!who.given()) {
    decision d = detail::deny(reason::no_declassification_authority, level_of(from));
    d.required = level_of(to);
    return d;
  }
  return detail::allow(level_of(from));
}

}  // namespace clearance::inline v0
