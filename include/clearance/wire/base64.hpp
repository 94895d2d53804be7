// SPDX-License-Identifier: MIT
//
// Labels on the wire: base64 (RFC 4648 §4, with padding), the form an ESS label takes in an
// XEP-0258 <esssecuritylabel> element. Canonical only (RFC 4648 §3.5): the reader refuses any
// other character (whitespace and line breaks too), padding anywhere but at the end or of the
// wrong length, and pad bits that are not zero, so one byte string has one text.
//
//     clearance::fixed_text<clearance::base64::encoded_size(N)> text;
//     clearance::base64::encode(bytes, text);
//     const clearance::base64::decoded d = clearance::base64::decode(text.view(), buffer);
//
// Never allocates, never throws; works in constant expressions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../core/quiet_shadow.hpp"
#include "../core/slice.hpp"
#include "../core/text.hpp"
#include "policy.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0::base64 {

inline constexpr std::string_view alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// The length of the text of `n` bytes: 4 characters for every 3 bytes begun.
constexpr std::size_t encoded_size(std::size_t n) noexcept { return (n + 2) / 3 * 4; }

/// The value of a character of the alphabet; -1 for any other.
constexpr int value_of(char c) noexcept {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

/// Appends the text of `bytes` to `out` (which needs room for encoded_size(bytes.size())).
template <std::size_t N>
constexpr void encode(slice<const std::uint8_t> bytes, fixed_text<N>& out) noexcept {
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    const std::size_t n = bytes.size() - i < 3 ? bytes.size() - i : 3;
    const unsigned v =
        (unsigned{bytes[i]} << 16) | (n > 1 ? unsigned{bytes[i + 1]} << 8 : 0U) | (n > 2 ? unsigned{bytes[i + 2]} : 0U);
    for (std::size_t k = 0; k < 4; ++k)
      out << (k <= n ? alphabet.substr((v >> (18 - 6 * k)) & 0x3Fu, 1) : std::string_view{"="});
  }
}

/// What decode read: the number of bytes, or the error and the offset in the text.
struct decoded {
  std::size_t size = 0;
  wire_error error = wire_error::none;
  std::size_t offset = 0;
  [[nodiscard]] constexpr bool ok() const noexcept { return error == wire_error::none; }
  constexpr explicit operator bool() const noexcept { return ok(); }
};

/// The bytes of canonical base64 `text`, written to `out`. Errors (offsets in `text`): bad_base64
/// at a character outside the alphabet, at padding that is not one or two '=' closing the last
/// group, at a character after padding, at the character whose pad bits are not zero, and at the
/// end of a text whose length is no multiple of 4; too_long at the group whose bytes `out` cannot
/// hold. An empty text is no bytes.
constexpr decoded decode(std::string_view text, slice<std::uint8_t> out) noexcept {
  const std::size_t n = text.size();
  std::size_t pad = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const char c = text[i];
    if (value_of(c) >= 0) {
      if (pad != 0) return {0, wire_error::bad_base64, i};
      continue;
    }
    // '=' only as the last one or two characters of a whole last group.
    const bool closing = i % 4 == 3 ? i + 1 == n : i % 4 == 2 && i + 2 == n;
    if (c != '=' || !closing) return {0, wire_error::bad_base64, i};
    ++pad;
  }
  if (n % 4 != 0) return {0, wire_error::bad_base64, n};
  if (pad > 0) {
    // The last character before the padding carries pad bits: 4 of them before "==", 2 before "=".
    const std::size_t last = n - pad - 1;
    if ((value_of(text[last]) & (pad == 2 ? 0x0F : 0x03)) != 0) return {0, wire_error::bad_base64, last};
  }
  const std::size_t size = n / 4 * 3 - pad;
  if (size > out.size()) return {0, wire_error::too_long, out.size() / 3 * 4};
  std::size_t at = 0;
  for (std::size_t i = 0; i < n; i += 4) {
    unsigned v = 0;
    for (std::size_t k = 0; k < 4; ++k) {
      const int d = value_of(text[i + k]);
      v = (v << 6) | static_cast<unsigned>(d < 0 ? 0 : d);
    }
    for (std::size_t k = 0; k < 3 && at < size; ++k) out[at++] = static_cast<std::uint8_t>(v >> (16 - 8 * k));
  }
  return {size, wire_error::none, 0};
}

}  // namespace clearance::inline v0::base64

CLEARANCE_DETAIL_QUIET_SHADOW_END
