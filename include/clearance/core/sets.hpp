// SPDX-License-Identifier: MIT
//
// Small sets of enumerators, one bit each, in one or more 64-bit words.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <initializer_list>

#include "quiet_shadow.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance {

/// A set of values of the enumeration `E`, whose enumerators are bit positions 0..64*Words-1.
/// A value outside that range cannot be held: it sets the bit `Invalid` instead, which the
/// catalogue of `E` never defines, so a label holding it is invalid rather than silently
/// missing the value. A structural type: usable as (part of) a template argument.
template <class E, int Invalid, std::size_t Words = 1>
struct enum_set {
  static constexpr int capacity = static_cast<int>(64 * Words);
  static_assert(Words >= 1 && Invalid >= 0 && Invalid < capacity);

  std::array<std::uint64_t, Words> words{};

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
    return ((words[static_cast<std::size_t>(i / 64)] >> (i % 64)) & 1U) != 0;
  }
  [[nodiscard]] constexpr bool empty() const noexcept {
    for (std::uint64_t w : words)
      if (w != 0) return false;
    return true;
  }
  [[nodiscard]] constexpr bool includes(const enum_set& other) const noexcept { return (other - *this).empty(); }
  [[nodiscard]] constexpr bool intersects(const enum_set& other) const noexcept {
    for (std::size_t i = 0; i < Words; ++i)
      if ((words[i] & other.words[i]) != 0) return true;
    return false;
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
    words[static_cast<std::size_t>(i / 64)] |= std::uint64_t{1} << (i % 64);
    return *this;
  }

  friend constexpr enum_set operator|(enum_set a, const enum_set& b) noexcept {
    for (std::size_t i = 0; i < Words; ++i) a.words[i] |= b.words[i];
    return a;
  }
  friend constexpr enum_set operator&(enum_set a, const enum_set& b) noexcept {
    for (std::size_t i = 0; i < Words; ++i) a.words[i] &= b.words[i];
    return a;
  }
  /// Set difference: members of `a` that are not in `b`.
  friend constexpr enum_set operator-(enum_set a, const enum_set& b) noexcept {
    for (std::size_t i = 0; i < Words; ++i) a.words[i] &= ~b.words[i];
    return a;
  }
  friend constexpr bool operator==(const enum_set&, const enum_set&) noexcept = default;
};

}  // namespace clearance

CLEARANCE_DETAIL_QUIET_SHADOW_END
