// SPDX-License-Identifier: MIT
//
// Labels on the wire, the DER under ESS labels: a strict DER reader and writer (ITU-T X.690 §8,
// §10, §11) for the few ASN.1 types ESS security labels are made of (ess.hpp): INTEGER, BIT
// STRING, OBJECT IDENTIFIER, PrintableString, UTF8String, SEQUENCE, SET, SET OF, context tags.
//
//     clearance::der::reader r{bytes};
//     clearance::der::element e{};
//     if (const clearance::der::status st = r.expect(clearance::der::tag::set, e); !st) report(st);
//
// DER gives every value one encoding, and the reader accepts that one only: a length in the
// fewest octets (no indefinite length), an INTEGER in the fewest octets, an OBJECT IDENTIFIER
// without padded subidentifiers, a BIT STRING whose unused bits are zero (and, for a named bit
// list, without trailing zero bits), the members of a SET in the order of their tags and those of a
// SET OF in the order of their encodings. Low tag numbers (0..30) only: none of these types needs
// another. Every error has its kind (wire/policy.hpp) and the byte offset where it was found.
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

namespace clearance::inline v0::der {

/// The identifier octets of the types read and written here (X.690 §8.1.2; X.680 §8.4).
namespace tag {
inline constexpr std::uint8_t integer = 0x02;
inline constexpr std::uint8_t bit_string = 0x03;
inline constexpr std::uint8_t object_identifier = 0x06;
inline constexpr std::uint8_t utf8_string = 0x0C;
inline constexpr std::uint8_t sequence = 0x30;  ///< universal 16, constructed
inline constexpr std::uint8_t set = 0x31;       ///< universal 17, constructed
inline constexpr std::uint8_t printable_string = 0x13;
/// [n] IMPLICIT on a primitive type: context class, primitive (n <= 30).
constexpr std::uint8_t context_primitive(int n) noexcept { return static_cast<std::uint8_t>(0x80 | (n & 0x1F)); }
/// [n] EXPLICIT, or [n] IMPLICIT on a constructed type: context class, constructed (n <= 30).
constexpr std::uint8_t context_constructed(int n) noexcept { return static_cast<std::uint8_t>(0xA0 | (n & 0x1F)); }
/// The position of a tag in the canonical order of X.680 §8.6 (what DER orders a SET's members
/// by, X.690 §10.3): class first (universal, application, context, private), then number. The
/// constructed bit is not part of the tag: SET (17) comes before PrintableString (19).
constexpr int canonical_rank(std::uint8_t t) noexcept { return ((t >> 6) << 5) | (t & 0x1F); }
}  // namespace tag

/// An error and where: the byte offset in the input.
struct status {
  wire_error error = wire_error::none;
  std::size_t offset = 0;
  [[nodiscard]] constexpr bool ok() const noexcept { return error == wire_error::none; }
  constexpr explicit operator bool() const noexcept { return ok(); }
};

/// One encoded value (tag, length, contents).
struct element {
  std::uint8_t tag = 0;
  std::size_t offset = 0;               ///< of the identifier octet, in the whole input
  std::size_t content_offset = 0;       ///< of the first contents octet, in the whole input
  slice<const std::uint8_t> content{};  ///< the contents octets
  [[nodiscard]] constexpr std::size_t end() const noexcept { return content_offset + content.size(); }
};

/// How DER orders the members of a SET OF (X.690 §11.6): their encodings compared as octet
/// strings, the shorter padded at its end with zero octets. Negative: `a` comes first.
constexpr int compare_encodings(slice<const std::uint8_t> a, slice<const std::uint8_t> b) noexcept {
  const std::size_t n = a.size() > b.size() ? a.size() : b.size();
  for (std::size_t i = 0; i < n; ++i) {
    const int x = i < a.size() ? a[i] : 0, y = i < b.size() ? b[i] : 0;
    if (x != y) return x < y ? -1 : 1;
  }
  return 0;
}

/// A cursor over the encoded values of an input, or of the contents of one of its elements.
class reader {
 public:
  /// A reader over all of `input`.
  constexpr explicit reader(slice<const std::uint8_t> input) noexcept : input_(input), pos_(0), end_(input.size()) {}
  /// A reader over the contents of `e`, an element read from `input`.
  constexpr reader(slice<const std::uint8_t> input, const element& e) noexcept
      : input_(input), pos_(e.content_offset), end_(e.end()) {}
  /// A reader over the octets [from, to) of `input`.
  constexpr reader(slice<const std::uint8_t> input, std::size_t from, std::size_t to) noexcept
      : input_(input), pos_(from), end_(to < input.size() ? to : input.size()) {}

  [[nodiscard]] constexpr bool at_end() const noexcept { return pos_ >= end_; }
  /// Where the next element starts (the end of the range at the end).
  [[nodiscard]] constexpr std::size_t offset() const noexcept { return pos_; }
  /// The identifier octet of the next element; 0 at the end (no DER value has tag 0).
  [[nodiscard]] constexpr std::uint8_t peek() const noexcept { return at_end() ? std::uint8_t{0} : input_[pos_]; }
  /// The whole encoding of `e` (identifier, length and contents octets).
  [[nodiscard]] constexpr slice<const std::uint8_t> encoding(const element& e) const noexcept {
    return input_.part(e.offset, e.end() - e.offset);
  }

  /// Reads the next element. Errors: bad_tag (tag 0, or a high tag number), bad_length
  /// (indefinite, reserved, non-minimal or longer than 4 octets; at the first length octet),
  /// truncated (the element does not fit in the range: at the range's end), missing_element (at
  /// the end already).
  constexpr status next(element& out) noexcept {
    const std::size_t at = pos_;
    if (at >= end_) return {wire_error::missing_element, end_};
    const std::uint8_t t = input_[at];
    if (t == 0 || (t & 0x1F) == 0x1F) return {wire_error::bad_tag, at};
    if (end_ - at < 2) return {wire_error::truncated, end_};
    const std::uint8_t first = input_[at + 1];
    std::size_t length = first, header = 2;
    if (first >= 0x80) {
      const std::size_t count = first & 0x7Fu;
      if (count == 0 || count > 4) return {wire_error::bad_length, at + 1};  // indefinite, 0xFF, overlong
      if (end_ - at - 2 < count) return {wire_error::truncated, end_};
      if (input_[at + 2] == 0) return {wire_error::bad_length, at + 1};  // a leading zero octet
      length = 0;
      for (std::size_t k = 0; k < count; ++k) length = (length << 8) | input_[at + 2 + k];
      if (length < 0x80) return {wire_error::bad_length, at + 1};  // fits the short form
      header = 2 + count;
    }
    if (end_ - at - header < length) return {wire_error::truncated, end_};
    out = {t, at, at + header, input_.part(at + header, length)};
    pos_ = at + header + length;
    return {};
  }

  /// Reads the next element, which must have tag `t`: bad_tag at it otherwise.
  constexpr status expect(std::uint8_t t, element& out) noexcept {
    if (!at_end() && input_[pos_] != t) return {wire_error::bad_tag, pos_};
    return next(out);
  }

  /// After the last element expected: unexpected_element at any further one.
  [[nodiscard]] constexpr status finish() const noexcept {
    return at_end() ? status{} : status{wire_error::unexpected_element, pos_};
  }

 private:
  slice<const std::uint8_t> input_;
  std::size_t pos_;
  std::size_t end_;
};

// ---------------------------------------------------------------- INTEGER

/// The value of INTEGER `e` (X.690 §8.3): at least one octet, no leading 0x00 before a clear top
/// bit nor 0xFF before a set one (bad_integer at `e`). A value beyond 64 bits is clamped to the
/// nearest bound (callers check ranges).
constexpr status read_integer(const element& e, long long& out) noexcept {
  const slice<const std::uint8_t> c = e.content;
  if (c.empty()) return {wire_error::bad_integer, e.offset};
  if (c.size() > 1 && ((c[0] == 0x00 && c[1] < 0x80) || (c[0] == 0xFF && c[1] >= 0x80)))
    return {wire_error::bad_integer, e.offset};
  const bool negative = c[0] >= 0x80;
  if (c.size() > 8) {
    out = negative ? -0x7FFFFFFFFFFFFFFFLL - 1 : 0x7FFFFFFFFFFFFFFFLL;
    return {};
  }
  std::uint64_t u = negative ? ~std::uint64_t{0} : 0;
  for (const std::uint8_t b : c) u = (u << 8) | b;
  out = static_cast<long long>(u);
  return {};
}

// ---------------------------------------------------------------- BIT STRING

/// The bits of a BIT STRING: bit i is the bit of mask 0x80 >> (i % 8) in octet i / 8 (X.690 §8.6).
struct bits {
  slice<const std::uint8_t> octets{};
  std::size_t content_offset = 0;  ///< of the first octet of `octets` in the input
  std::size_t count = 0;           ///< number of bits
  [[nodiscard]] constexpr bool test(std::size_t i) const noexcept {
    return i < count && ((octets[i / 8] >> (7 - i % 8)) & 1U) != 0;
  }
};

/// The bits of BIT STRING `e` in DER (X.690 §8.6.2, §11.2): an initial octet of 0..7 unused bits
/// (0 when there are no bits), the unused bits zero. With `named_bits` (a named bit list, as a
/// bit map is: X.690 §11.2.2) trailing zero bits are refused too: the last bit is set, or there are
/// none (03 01 00). Errors: bad_bit_string at the initial octet, or at the last octet.
constexpr status read_bit_string(const element& e, bool named_bits, bits& out) noexcept {
  const slice<const std::uint8_t> c = e.content;
  if (c.empty() || c[0] > 7) return {wire_error::bad_bit_string, c.empty() ? e.offset : e.content_offset};
  const unsigned unused = c[0];
  const slice<const std::uint8_t> octets = c.part(1);
  if (octets.empty()) {
    if (unused != 0) return {wire_error::bad_bit_string, e.content_offset};
  } else {
    const unsigned last = octets.back();
    const std::size_t last_offset = e.end() - 1;
    if ((last & ((1U << unused) - 1U)) != 0) return {wire_error::bad_bit_string, last_offset};
    if (named_bits && (last == 0 || (last & (1U << unused)) == 0)) return {wire_error::bad_bit_string, last_offset};
  }
  out = {octets, e.content_offset + 1, octets.size() * 8 - unused};
  return {};
}

// ---------------------------------------------------------------- strings

/// A character of PrintableString (X.680 §41.4): letters, digits, space and ' ( ) + , - . / : = ?
constexpr bool is_printable(std::uint8_t c) noexcept {
  if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return true;
  for (const char p : std::string_view{" '()+,-./:=?"})
    if (c == static_cast<std::uint8_t>(p)) return true;
  return false;
}

/// The length of the UTF-8 sequence at `at` in `s`, or 0: overlong forms, surrogates, values
/// above U+10FFFF and cut sequences are not UTF-8 (RFC 3629).
constexpr std::size_t utf8_sequence(slice<const std::uint8_t> s, std::size_t at) noexcept {
  const unsigned b0 = s[at];
  if (b0 < 0x80) return 1;
  std::size_t n = 0;
  unsigned lo = 0x80, hi = 0xBF;  // the range of the second octet
  if (b0 >= 0xC2 && b0 <= 0xDF)
    n = 2;
  else if (b0 >= 0xE0 && b0 <= 0xEF)
    n = 3, lo = b0 == 0xE0 ? 0xA0 : 0x80, hi = b0 == 0xED ? 0x9F : 0xBF;
  else if (b0 >= 0xF0 && b0 <= 0xF4)
    n = 4, lo = b0 == 0xF0 ? 0x90 : 0x80, hi = b0 == 0xF4 ? 0x8F : 0xBF;
  else
    return 0;
  if (s.size() - at < n || s[at + 1] < lo || s[at + 1] > hi) return 0;
  for (std::size_t k = 2; k < n; ++k)
    if ((s[at + k] & 0xC0u) != 0x80u) return 0;
  return n;
}

/// Whether string `e` holds only characters of its type: PrintableString's set, or UTF-8 for a
/// UTF8String (bad_string at the first other octet; at `e` for another type).
constexpr status check_string(const element& e) noexcept {
  if (e.tag != tag::printable_string && e.tag != tag::utf8_string) return {wire_error::bad_string, e.offset};
  const slice<const std::uint8_t> c = e.content;
  for (std::size_t i = 0; i < c.size();) {
    const std::size_t n = e.tag == tag::printable_string ? (is_printable(c[i]) ? 1 : 0) : utf8_sequence(c, i);
    if (n == 0) return {wire_error::bad_string, e.content_offset + i};
    i += n;
  }
  return {};
}

// ---------------------------------------------------------------- OBJECT IDENTIFIER

/// The longest OBJECT IDENTIFIER read or written, in contents octets (the library's own arc,
/// 2.25.<a UUID>, takes 19 for its second arc).
inline constexpr std::size_t max_oid_length = 128;
/// The longest dotted-decimal text of such an identifier: at most 4 characters an octet.
inline constexpr std::size_t max_oid_text = 4 * max_oid_length + 4;

/// An OBJECT IDENTIFIER as dotted-decimal text: "1.3.26.1.3.1".
struct oid_text {
  char chars[max_oid_text]{};
  std::size_t size = 0;
  [[nodiscard]] constexpr std::string_view view() const noexcept { return {chars, size}; }
};

namespace detail {

/// A non-negative decimal number, least significant digit first: an arc of an OBJECT IDENTIFIER,
/// which has no bound of its own (the second arc of 2.25.<UUID> has 39 digits).
struct decimal {
  static constexpr std::size_t capacity = max_oid_length * 7 / 3 + 2;  // 7 bits < 2.34 digits
  std::uint8_t digit[capacity]{};
  std::size_t size = 0;  ///< digits; 0 is the number 0
  bool overflow = false;

  constexpr void mul_add(unsigned m, unsigned a) noexcept {
    unsigned carry = a;
    for (std::size_t i = 0; i < size; ++i) {
      const unsigned v = digit[i] * m + carry;
      digit[i] = static_cast<std::uint8_t>(v % 10);
      carry = v / 10;
    }
    for (; carry != 0; carry /= 10) {
      if (size == capacity) {
        overflow = true;
        return;
      }
      digit[size++] = static_cast<std::uint8_t>(carry % 10);
    }
  }
  /// Divides by `d` in place; the remainder.
  constexpr unsigned div_mod(unsigned d) noexcept {
    unsigned rest = 0;
    for (std::size_t i = size; i-- > 0;) {
      const unsigned v = rest * 10 + digit[i];
      digit[i] = static_cast<std::uint8_t>(v / d);
      rest = v % d;
    }
    while (size > 0 && digit[size - 1] == 0) --size;
    return rest;
  }
  /// Subtracts `n` (not more than the number).
  constexpr void sub(unsigned n) noexcept {
    for (std::size_t i = 0; i < size && n != 0; ++i) {
      const int v = digit[i] - static_cast<int>(n % 10);
      n /= 10;
      digit[i] = static_cast<std::uint8_t>(v < 0 ? v + 10 : v);
      if (v < 0) ++n;
    }
    while (size > 0 && digit[size - 1] == 0) --size;
  }
};

/// Appends `c` to `out` (false when full).
constexpr bool put(oid_text& out, char c) noexcept {
  if (out.size == max_oid_text) return false;
  out.chars[out.size++] = c;
  return true;
}
constexpr bool put(oid_text& out, std::uint64_t v) noexcept {
  const clearance::detail::decimal_text digits = clearance::detail::decimal_of(v);  // outlives the loop
  for (const char c : digits.view())
    if (!put(out, c)) return false;
  return true;
}
constexpr bool put(oid_text& out, const decimal& d) noexcept {
  if (d.size == 0) return put(out, '0');
  for (std::size_t i = d.size; i-- > 0;)
    if (!put(out, static_cast<char>('0' + d.digit[i]))) return false;
  return true;
}

}  // namespace detail

/// Whether the contents octets of an OBJECT IDENTIFIER are DER (X.690 §8.19): not empty, no
/// subidentifier starting with 0x80 (a padded one), the last octet closing the last one. bad_oid
/// at the first wrong octet (`offset`: of the first contents octet); too_long beyond max_oid_length.
constexpr status check_oid(slice<const std::uint8_t> c, std::size_t offset) noexcept {
  if (c.empty()) return {wire_error::bad_oid, offset};
  if (c.size() > max_oid_length) return {wire_error::too_long, offset};
  bool starts = true;
  for (std::size_t i = 0; i < c.size(); ++i) {
    if (starts && c[i] == 0x80) return {wire_error::bad_oid, offset + i};
    starts = c[i] < 0x80;
  }
  if (!starts) return {wire_error::bad_oid, offset + c.size() - 1};
  return {};
}

/// The dotted-decimal text of the OBJECT IDENTIFIER whose contents octets are `c` (X.690
/// §8.19.4: the first subidentifier is 40 * first arc + second arc, the first arc at most 2).
constexpr status decode_oid(slice<const std::uint8_t> c, std::size_t offset, oid_text& out) noexcept {
  if (const status st = check_oid(c, offset); !st) return st;
  out.size = 0;
  bool ok = true;
  for (std::size_t i = 0; i < c.size() && ok;) {
    std::size_t j = i;
    while (c[j] >= 0x80) ++j;  // check_oid: the last octet closes the subidentifier
    const bool first = i == 0;
    if (!first) ok = detail::put(out, '.');
    if (j - i < 8) {  // at most 56 bits
      std::uint64_t v = 0;
      for (std::size_t k = i; k <= j; ++k) v = (v << 7) | (c[k] & 0x7Fu);
      if (first) {
        const std::uint64_t arc = v < 40 ? 0 : v < 80 ? 1 : 2;
        ok = detail::put(out, arc) && detail::put(out, '.') && detail::put(out, v - 40 * arc);
      } else {
        ok = ok && detail::put(out, v);
      }
    } else {
      detail::decimal d{};
      for (std::size_t k = i; k <= j; ++k) d.mul_add(128, c[k] & 0x7Fu);
      if (first) {
        d.sub(80);  // far above 80: the first arc is 2
        ok = detail::put(out, std::uint64_t{2}) && detail::put(out, '.');
      }
      ok = ok && !d.overflow && detail::put(out, d);
    }
    i = j + 1;
  }
  if (!ok) return {wire_error::too_long, offset};
  return {};
}

/// The contents octets of the OBJECT IDENTIFIER `text` (dotted decimal: at least two arcs, digits
/// without leading zeros, the first arc 0, 1 or 2, the second below 40 under 0 and 1), written to
/// `out`; 0 when `text` is not one or needs more than `out` (or max_oid_length) octets.
constexpr std::size_t encode_oid(std::string_view text, slice<std::uint8_t> out) noexcept {
  if (text.empty() || text.size() > max_oid_text) return 0;
  std::size_t size = 0, arc = 0, start = 0;
  int first_arc = 0;
  const std::size_t limit = out.size() < max_oid_length ? out.size() : max_oid_length;
  while (start <= text.size()) {
    std::size_t end = start;
    while (end < text.size() && text[end] != '.') ++end;
    const std::string_view digits = text.substr(start, end - start);
    if (digits.empty() || (digits.size() > 1 && digits[0] == '0')) return 0;
    for (const char ch : digits)
      if (ch < '0' || ch > '9') return 0;
    if (arc == 0) {
      if (digits.size() != 1 || digits[0] > '2') return 0;
      first_arc = digits[0] - '0';
    } else {
      if (arc == 1 && first_arc < 2 && (digits.size() > 2 || (digits.size() == 2 && digits[0] > '3'))) return 0;
      // The subidentifier, least significant 7 bits first.
      std::uint8_t groups[max_oid_length]{};
      std::size_t n = 0;
      detail::decimal d{};
      for (const char ch : digits) d.mul_add(10, static_cast<unsigned>(ch - '0'));
      if (d.overflow) return 0;
      if (arc == 1) d.mul_add(1, static_cast<unsigned>(40 * first_arc));
      do {
        if (n == max_oid_length) return 0;
        groups[n++] = static_cast<std::uint8_t>(d.div_mod(128));
      } while (d.size > 0);
      if (limit - size < n) return 0;
      while (n > 0) {
        --n;
        out[size++] = static_cast<std::uint8_t>(groups[n] | (n > 0 ? 0x80 : 0x00));
      }
    }
    ++arc;
    start = end + 1;
  }
  return arc >= 2 ? size : 0;
}

// ---------------------------------------------------------------- writing

/// Writes DER into a buffer it does not own. A constructed value (or a primitive one written
/// octet by octet) is opened, written and closed; closing fixes its length, moving the contents
/// when the length needs more than one octet. Past the buffer's end nothing more is written and
/// overflow() says so.
class writer {
 public:
  constexpr explicit writer(slice<std::uint8_t> out) noexcept : out_(out) {}

  [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
  [[nodiscard]] constexpr bool overflow() const noexcept { return overflow_; }
  [[nodiscard]] constexpr slice<const std::uint8_t> written() const noexcept { return {out_.data(), size_}; }

  constexpr void put(std::uint8_t b) noexcept {
    if (size_ < out_.size())
      out_[size_++] = b;
    else
      overflow_ = true;
  }
  /// Opens a value with tag `t`; the position of its contents, for close.
  constexpr std::size_t open(std::uint8_t t) noexcept {
    put(t);
    put(0);
    return size_;
  }
  /// Closes the value whose contents start at `start`: writes its length in the fewest octets.
  constexpr void close(std::size_t start) noexcept {
    if (overflow_) return;
    const std::size_t n = size_ - start;
    std::size_t extra = 0;
    if (n >= 0x80)
      for (std::size_t v = n; v != 0; v >>= 8) ++extra;
    if (out_.size() - size_ < extra) {
      overflow_ = true;
      return;
    }
    for (std::size_t i = size_; i-- > start;) out_[i + extra] = out_[i];
    if (extra == 0) {
      out_[start - 1] = static_cast<std::uint8_t>(n);
    } else {
      out_[start - 1] = static_cast<std::uint8_t>(0x80 | extra);
      for (std::size_t k = 0; k < extra; ++k) out_[start + k] = static_cast<std::uint8_t>(n >> (8 * (extra - 1 - k)));
    }
    size_ += extra;
  }

  /// INTEGER `v` in the fewest octets of two's complement.
  constexpr void integer(long long v) noexcept {
    const std::size_t at = open(tag::integer);
    const std::uint64_t u = static_cast<std::uint64_t>(v);
    int n = 8;
    // Drop a leading octet while the next one's top bit repeats it.
    while (n > 1) {
      const unsigned top = static_cast<unsigned>(u >> (8 * (n - 1))) & 0xFFu;
      const unsigned next = static_cast<unsigned>(u >> (8 * (n - 2))) & 0x80u;
      if ((top == 0x00 && next == 0) || (top == 0xFF && next != 0))
        --n;
      else
        break;
    }
    while (n-- > 0) put(static_cast<std::uint8_t>(u >> (8 * n)));
    close(at);
  }

  /// OBJECT IDENTIFIER `text` with tag `t` (tag::object_identifier, or [n] IMPLICIT); false when
  /// `text` is not an identifier.
  constexpr bool oid(std::uint8_t t, std::string_view text) noexcept {
    std::uint8_t octets[max_oid_length]{};
    const std::size_t n = encode_oid(text, octets);
    if (n == 0) return false;
    const std::size_t at = open(t);
    for (std::size_t i = 0; i < n; ++i) put(octets[i]);
    close(at);
    return true;
  }

  /// A string value with tag `t`, its characters as given.
  constexpr void string(std::uint8_t t, std::string_view text) noexcept {
    const std::size_t at = open(t);
    for (const char ch : text) put(static_cast<std::uint8_t>(ch));
    close(at);
  }

  /// BIT STRING of a named bit list with the bits `set` (ascending, not negative): no trailing zero
  /// bits (X.690 §11.2.2); no bits: 03 01 00.
  constexpr void bit_map(slice<const int> set) noexcept {
    const std::size_t at = open(tag::bit_string);
    if (set.empty()) {
      put(0);
    } else {
      const std::size_t last = static_cast<std::size_t>(set.back());
      const std::size_t octets = last / 8 + 1;
      put(static_cast<std::uint8_t>(7 - last % 8));
      if (out_.size() - size_ < octets) {
        overflow_ = true;
        return;
      }
      const std::size_t base = size_;
      for (std::size_t i = 0; i < octets; ++i) put(0);
      for (const int bit : set) {
        const std::size_t b = static_cast<std::size_t>(bit);
        out_[base + b / 8] = static_cast<std::uint8_t>(out_[base + b / 8] | (0x80u >> (b % 8)));
      }
    }
    close(at);
  }

  /// Puts the values written since `start` (at most 64, each complete) in the order DER gives the
  /// members of a SET OF (compare_encodings); false for more than 64.
  constexpr bool sort_set_of(std::size_t start) noexcept {
    if (overflow_) return true;
    std::size_t starts[65]{};
    std::size_t n = 0;
    reader r{written(), start, size_};
    for (element e{}; !r.at_end();) {
      if (n == 64 || !r.next(e)) return false;
      starts[n++] = e.offset;
    }
    starts[n] = size_;
    // Insertion sort, swapping neighbours by rotating their octets in place.
    for (std::size_t i = 1; i < n; ++i)
      for (std::size_t j = i; j > 0; --j) {
        const std::size_t a = starts[j - 1], b = starts[j], c = starts[j + 1];
        if (compare_encodings(written().part(a, b - a), written().part(b, c - b)) <= 0) break;
        reverse(a, b);
        reverse(b, c);
        reverse(a, c);
        starts[j] = a + (c - b);
      }
    return true;
  }

 private:
  constexpr void reverse(std::size_t from, std::size_t to) noexcept {
    while (from + 1 < to) {
      const std::uint8_t t = out_[from];
      out_[from++] = out_[--to];
      out_[to] = t;
    }
  }

  slice<std::uint8_t> out_;
  std::size_t size_ = 0;
  bool overflow_ = false;
};

}  // namespace clearance::inline v0::der

CLEARANCE_DETAIL_QUIET_SHADOW_END
