// SPDX-License-Identifier: MIT
//
// Small sets of enumerators, one bit each in a std::uint64_t.
#pragma once

#include <cstdint>
#include <initializer_list>

#include "quiet_shadow.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance {

/// A set of values of the enumeration `E`, whose enumerators are bit positions 0..63.
/// A value outside 0..63 cannot be held: it sets the bit `Invalid` instead, which the
/// catalogue of `E` never defines, so a label holding it is invalid rather than silently
/// missing the value. A structural type: usable as (part of) a template argument.
template <class E, int Invalid>
struct enum_set {
  static_assert(Invalid >= 0 && Invalid < 64);

  std::uint64_t bits = 0;

  constexpr enum_set() noexcept = default;
  constexpr enum_set(std::initializer_list<E> values) noexcept {
    for (E v : values) bits |= bit(v);
  }
  static constexpr enum_set from_bits(std::uint64_t b) noexcept {
    enum_set s;
    s.bits = b;
    return s;
  }
  static constexpr std::uint64_t bit(E v) noexcept {
    const int i = static_cast<int>(v);
    return std::uint64_t{1} << ((i >= 0 && i < 64) ? i : Invalid);
  }

  [[nodiscard]] constexpr bool contains(E v) const noexcept { return (bits & bit(v)) != 0; }
  [[nodiscard]] constexpr bool empty() const noexcept { return bits == 0; }
  [[nodiscard]] constexpr bool includes(enum_set other) const noexcept {
    return (other.bits & ~bits) == 0;
  }
  [[nodiscard]] constexpr bool intersects(enum_set other) const noexcept {
    return (bits & other.bits) != 0;
  }
  [[nodiscard]] constexpr int count() const noexcept {
    int n = 0;
    for (std::uint64_t b = bits; b != 0; b &= b - 1) ++n;
    return n;
  }
  /// The lowest member; only meaningful when the set is not empty.
  [[nodiscard]] constexpr E first() const noexcept {
    for (int i = 0; i < 64; ++i)
      if ((bits >> i) & 1U) return static_cast<E>(i);
    return static_cast<E>(-1);
  }
  constexpr enum_set& insert(E v) noexcept {
    bits |= bit(v);
    return *this;
  }

  friend constexpr enum_set operator|(enum_set a, enum_set b) noexcept { return from_bits(a.bits | b.bits); }
  friend constexpr enum_set operator&(enum_set a, enum_set b) noexcept { return from_bits(a.bits & b.bits); }
  /// Set difference: members of `a` that are not in `b`.
  friend constexpr enum_set operator-(enum_set a, enum_set b) noexcept { return from_bits(a.bits & ~b.bits); }
  friend constexpr bool operator==(enum_set a, enum_set b) noexcept = default;
};

}  // namespace clearance

CLEARANCE_DETAIL_QUIET_SHADOW_END
