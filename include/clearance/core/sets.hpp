// SPDX-License-Identifier: MIT
//
// Small sets of enumerators, one bit each, in one or more 64-bit words.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <initializer_list>

#include "quiet_shadow.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0 {

/// A set of values of the enumeration `E`, whose enumerators are bit positions 0..64*Words-1.
/// A value outside that range cannot be held: it sets the bit `Invalid` instead, which the
/// catalogue of `E` never defines, so a label holding it is invalid rather than silently
/// missing the value. A structural type: usable as (part of) a template argument.
template <class E, int Invalid, std::size_t Words = 1>
struct enum_set {
  static constexpr int capacity = static_cast<int>(64 * Words);
  static_assert((Words == 1 || Words == 2) && Invalid >= 0 && Invalid < capacity);

  // A built-in array, indexed without a function call: sets are combined in every decision, and
  // at compile time each call is work for the compiler.
  std::uint64_t words[Words]{};

  constexpr enum_set() noexcept = default;
  constexpr enum_set(std::initializer_list<E> values) noexcept {
    for (E v : values) insert(v);
  }
  /// The set whose first words are `low` and `high` (the rest empty).
  static constexpr enum_set from_words(std::uint64_t low, std::uint64_t high = 0) noexcept {
    enum_set s;
    s.words[0] = low;
    if constexpr (Words > 1) s.words[1] = high;
    return s;
  }
  /// The position a value takes: its own, or `Invalid` when out of range.
  static constexpr int position(E v) noexcept {
    const int i = static_cast<int>(v);
    return (i >= 0 && i < capacity) ? i : Invalid;
  }

  [[nodiscard]] constexpr bool contains(E v) const noexcept {
    const int i = position(v);
    return ((words[i / 64] >> (i % 64)) & 1U) != 0;
  }
  [[nodiscard]] constexpr bool empty() const noexcept {
    if constexpr (Words == 1)
      return words[0] == 0;
    else
      return (words[0] | words[1]) == 0;
  }
  [[nodiscard]] constexpr bool includes(const enum_set& other) const noexcept {
    if constexpr (Words == 1)
      return (other.words[0] & ~words[0]) == 0;
    else
      return ((other.words[0] & ~words[0]) | (other.words[1] & ~words[1])) == 0;
  }
  [[nodiscard]] constexpr bool intersects(const enum_set& other) const noexcept {
    if constexpr (Words == 1)
      return (words[0] & other.words[0]) != 0;
    else
      return ((words[0] & other.words[0]) | (words[1] & other.words[1])) != 0;
  }
  [[nodiscard]] constexpr int count() const noexcept {
    int n = 0;
    for (std::uint64_t w : words) n += std::popcount(w);
    return n;
  }
  /// Calls f(E) for each member, lowest first.
  template <class F>
  constexpr void for_each(F&& f) const {
    for (std::size_t i = 0; i < Words; ++i)
      for (std::uint64_t rest = words[i]; rest != 0; rest &= rest - 1)
        f(static_cast<E>(static_cast<int>(i * 64) + std::countr_zero(rest)));
  }
  /// The lowest member; only meaningful when the set is not empty.
  [[nodiscard]] constexpr E first() const noexcept {
    for (std::size_t i = 0; i < Words; ++i)
      if (words[i] != 0) return static_cast<E>(static_cast<int>(i * 64) + std::countr_zero(words[i]));
    return static_cast<E>(-1);
  }
  constexpr enum_set& insert(E v) noexcept {
    const int i = position(v);
    words[i / 64] |= std::uint64_t{1} << (i % 64);
    return *this;
  }

  friend constexpr enum_set operator|(enum_set a, const enum_set& b) noexcept {
    a.words[0] |= b.words[0];
    if constexpr (Words > 1) a.words[1] |= b.words[1];
    return a;
  }
  friend constexpr enum_set operator&(enum_set a, const enum_set& b) noexcept {
    a.words[0] &= b.words[0];
    if constexpr (Words > 1) a.words[1] &= b.words[1];
    return a;
  }
  /// Set difference: members of `a` that are not in `b`.
  friend constexpr enum_set operator-(enum_set a, const enum_set& b) noexcept {
    a.words[0] &= ~b.words[0];
    if constexpr (Words > 1) a.words[1] &= ~b.words[1];
    return a;
  }
  friend constexpr bool operator==(const enum_set&, const enum_set&) noexcept = default;
};

}  // namespace clearance::inline v0

CLEARANCE_DETAIL_QUIET_SHADOW_END
