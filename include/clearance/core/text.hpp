// SPDX-License-Identifier: MIT
//
// Fixed-capacity text, usable in constant expressions and without heap allocation, and the
// UTF-8 decoder the marking reader uses.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "quiet_shadow.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0 {

/// A decoded character: its value and the number of bytes it took (0: not valid UTF-8).
struct code_point {
  char32_t value = 0;
  std::size_t size = 0;
};

/// Decodes the UTF-8 sequence at byte `i` of `s` (i < s.size()). Overlong forms, surrogates,
/// values above U+10FFFF and cut sequences are not valid: they decode with size 0.
constexpr code_point decode_utf8(std::string_view s, std::size_t i) noexcept {
  const unsigned b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return {b0, 1};
  std::size_t n = 0;
  char32_t v = 0, min = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF)
    n = 2, v = b0 & 0x1Fu, min = 0x80;
  else if (b0 >= 0xE0 && b0 <= 0xEF)
    n = 3, v = b0 & 0x0Fu, min = 0x800;
  else if (b0 >= 0xF0 && b0 <= 0xF4)
    n = 4, v = b0 & 0x07u, min = 0x10000;
  else
    return {};
  if (s.size() - i < n) return {};
  for (std::size_t k = 1; k < n; ++k) {
    const unsigned b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0u) != 0x80u) return {};
    v = (v << 6) | (b & 0x3Fu);
  }
  if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return {};
  return {v, n};
}

namespace detail {

/// A number in decimal: at most a sign and 20 digits (2^64 - 1 has 20).
struct decimal_text {
  static constexpr std::size_t capacity = 21;
  char chars[capacity]{};  // filled from the end
  std::size_t first = capacity;
  [[nodiscard]] constexpr std::string_view view() const noexcept { return {chars + first, capacity - first}; }
};

/// The decimal digits of `magnitude`, the most significant first ("0" for 0), after a '-' when
/// `negative`.
constexpr decimal_text decimal_of(std::uint64_t magnitude, bool negative = false) noexcept {
  decimal_text out;
  do {
    out.chars[--out.first] = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude != 0);
  if (negative) out.chars[--out.first] = '-';
  return out;
}

/// `v` in decimal, with a '-' when it is negative.
constexpr decimal_text signed_decimal_of(std::int64_t v) noexcept {
  // The magnitude in unsigned arithmetic: -v does not fit for the lowest value.
  return v < 0 ? decimal_of(~static_cast<std::uint64_t>(v) + 1, true) : decimal_of(static_cast<std::uint64_t>(v));
}

}  // namespace detail

/// A string of at most `Capacity` bytes, built by appending; never allocates, never throws.
/// Text beyond the capacity is dropped and the end is marked with "...".
template <std::size_t Capacity>
class fixed_text {
  static_assert(Capacity >= 4, "fixed_text needs room for the truncation mark");

 public:
  constexpr fixed_text() noexcept = default;

  constexpr fixed_text& operator<<(std::string_view s) noexcept {
    for (char c : s) push(c);
    return *this;
  }

  constexpr fixed_text& operator<<(int n) noexcept { return *this << detail::signed_decimal_of(n).view(); }

  [[nodiscard]] constexpr std::string_view view() const noexcept { return {chars_, size_}; }
  [[nodiscard]] constexpr const char* c_str() const noexcept { return chars_; }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
  [[nodiscard]] constexpr bool truncated() const noexcept { return truncated_; }

 private:
  constexpr void push(char c) noexcept {
    if (truncated_) return;
    if (size_ < Capacity) {
      chars_[size_++] = c;
      return;
    }
    truncated_ = true;
    for (std::size_t i = Capacity - 3; i < Capacity; ++i) chars_[i] = '.';
  }

  char chars_[Capacity + 1]{};  // always NUL-terminated
  std::size_t size_ = 0;
  bool truncated_ = false;
};

/// The text of a decision: what explain() returns.
using sentence = fixed_text<320>;

}  // namespace clearance::inline v0

CLEARANCE_DETAIL_QUIET_SHADOW_END
