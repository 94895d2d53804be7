// SPDX-License-Identifier: MIT
//
// Labels on the wire, stage 2: a strict XML reader for the small documents labels travel in
// (STANAG 4774 labels, 4778 bindings, XEP-0258 stanzas), and the escaping its writers use.
//
//     clearance::xml::reader r{text};
//     for (clearance::xml::event e = r.next(); e.kind != clearance::xml::event_kind::end_of_document; e = r.next())
//       ...;                                   // r.error(), r.offset() say why it stopped early
//
// XML 1.0 with namespaces, UTF-8 only. The five predefined entities and character references are
// read; a DOCTYPE (hence any other entity: no external entities, no expansion by construction), a
// processing instruction other than the XML declaration, and CDATA sections are refused. Depth,
// size and attributes per element are bounded. A pull reader: it keeps no tree, never allocates,
// never throws, and works in constant expressions. Texts and attribute values are given as
// written (`raw`); `decode` and `same` read them with entities, references and line ends resolved.
#pragma once

#include <cstddef>
#include <string_view>

#include "../core/quiet_shadow.hpp"
#include "../core/text.hpp"
#include "policy.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0::xml {

inline constexpr std::size_t max_document_length = 65536;  ///< bytes, for labels and stanzas
/// For security policy files (a SPIF of every country with names in two languages runs to a few
/// hundred KiB; the sample NATO policy is 87 KiB).
inline constexpr std::size_t max_policy_length = 4u << 20;
inline constexpr std::size_t max_depth = 32;       ///< open elements
inline constexpr std::size_t max_attributes = 32;  ///< per element, namespace declarations included
inline constexpr std::size_t max_bindings = 64;    ///< namespace declarations in scope

inline constexpr std::string_view xml_namespace = "http://www.w3.org/XML/1998/namespace";
inline constexpr std::string_view xmlns_namespace = "http://www.w3.org/2000/xmlns/";

enum class event_kind : int {
  start_element,    ///< `name`, `ns`, attributes()
  end_element,      ///< `name`, `ns` of the element it closes
  text,             ///< `raw`: character data between two tags (whitespace included)
  end_of_document,  ///< the root element closed and nothing but comments and space followed; or an error
};

/// How a raw value is read: text content, or an attribute value (whose tabs and line ends are
/// read as spaces, XML 1.0 §3.3.3).
enum class value_kind : int { text, attribute };

struct attribute {
  std::string_view ns{};     ///< namespace name, as written (decode it to compare: see same_ns)
  std::string_view local{};  ///< local name
  std::string_view raw{};    ///< the value as written, without its quotes
  std::size_t offset = 0;    ///< of the attribute's name
};

struct event {
  event_kind kind = event_kind::end_of_document;
  std::string_view ns{};     ///< the element's namespace name as written; empty: none
  std::string_view local{};  ///< the element's local name
  std::string_view raw{};    ///< text: as written
  std::size_t offset = 0;    ///< of the tag's '<', or of the text
};

namespace detail {

constexpr bool is_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// XML 1.0 (fifth edition) §2.2 Char.
constexpr bool is_char(char32_t c) noexcept {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

/// §2.3 NameStartChar, without ':' (namespaces: names are NCNames joined by at most one colon).
constexpr bool is_name_start(char32_t c) noexcept {
  return (c >= 'A' && c <= 'Z') || c == '_' || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0xD6) ||
         (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) || (c >= 0x370 && c <= 0x37D) ||
         (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) || (c >= 0x2070 && c <= 0x218F) ||
         (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF) ||
         (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
}

constexpr bool is_name_char(char32_t c) noexcept {
  return is_name_start(c) || c == '-' || c == '.' || (c >= '0' && c <= '9') || c == 0xB7 ||
         (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
}

/// The five predefined entities (§4.6): the character, or 0.
constexpr char predefined(std::string_view name) noexcept {
  if (name == "lt") return '<';
  if (name == "gt") return '>';
  if (name == "amp") return '&';
  if (name == "apos") return '\'';
  if (name == "quot") return '"';
  return 0;
}

/// A reference "&...;" at the start of `s` (s[0] == '&'): its length and the character it stands
/// for; length 0 when it is not one the reader accepts.
struct reference {
  std::size_t size = 0;
  char32_t value = 0;
};
constexpr reference read_reference(std::string_view s) noexcept {
  const std::size_t end = s.find(';');
  if (end == std::string_view::npos || end < 2 || end > 12) return {};
  const std::string_view body = s.substr(1, end - 1);
  if (body[0] != '#') {
    const char c = predefined(body);
    return c != 0 ? reference{end + 1, static_cast<char32_t>(c)} : reference{};
  }
  const bool hex = body.size() > 1 && body[1] == 'x';
  const std::string_view digits = body.substr(hex ? 2 : 1);
  if (digits.empty()) return {};
  char32_t v = 0;
  for (const char c : digits) {
    unsigned d = 0;
    if (c >= '0' && c <= '9')
      d = static_cast<unsigned>(c - '0');
    else if (hex && c >= 'a' && c <= 'f')
      d = static_cast<unsigned>(c - 'a' + 10);
    else if (hex && c >= 'A' && c <= 'F')
      d = static_cast<unsigned>(c - 'A' + 10);
    else
      return {};
    v = v * (hex ? 16U : 10U) + d;
    if (v > 0x10FFFF) return {};
  }
  return is_char(v) ? reference{end + 1, v} : reference{};
}

/// Appends `c` as UTF-8 to `out` (at most 4 bytes); returns the count.
constexpr std::size_t encode_utf8(char32_t c, char* out) noexcept {
  if (c < 0x80) {
    out[0] = static_cast<char>(c);
    return 1;
  }
  if (c < 0x800) {
    out[0] = static_cast<char>(0xC0 | (c >> 6));
    out[1] = static_cast<char>(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (c >> 12));
    out[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (c >> 18));
  out[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (c & 0x3F));
  return 4;
}

/// Reads a raw value (one the reader accepted) byte by byte as the document means it: references
/// resolved, line ends "\r\n" and "\r" read as "\n" (§2.11), and in attribute values tabs and line
/// ends read as spaces (§3.3.3).
class decoder {
 public:
  constexpr decoder(std::string_view raw, value_kind kind) noexcept : raw_(raw), kind_(kind) {}

  /// The next byte, or -1 at the end.
  constexpr int next() noexcept {
    if (pending_at_ < pending_size_) return static_cast<unsigned char>(pending_[pending_at_++]);
    if (at_ >= raw_.size()) return -1;
    const char c = raw_[at_];
    if (c == '&') {
      const reference r = read_reference(raw_.substr(at_));
      at_ += r.size == 0 ? 1 : r.size;  // the reader accepts no other
      pending_size_ = encode_utf8(r.value, pending_);
      pending_at_ = 1;
      return static_cast<unsigned char>(pending_[0]);
    }
    ++at_;
    if (c == '\r') {
      if (at_ < raw_.size() && raw_[at_] == '\n') ++at_;
      return kind_ == value_kind::attribute ? ' ' : '\n';
    }
    if (kind_ == value_kind::attribute && (c == '\n' || c == '\t')) return ' ';
    return static_cast<unsigned char>(c);
  }

 private:
  std::string_view raw_;
  value_kind kind_;
  std::size_t at_ = 0;
  char pending_[4]{};
  std::size_t pending_size_ = 0;
  std::size_t pending_at_ = 0;
};

}  // namespace detail

/// Whether `raw` reads as written: no reference, no line end or tab for the decoder to turn.
/// (A loop of its own: find_first_of calls memchr once per character.)
constexpr bool as_written(std::string_view raw) noexcept {
  for (const char c : raw)
    if (c == '&' || c == '\r' || c == '\t' || c == '\n') return false;
  return true;
}

/// Whether the raw value `raw` reads as `plain`.
constexpr bool same(std::string_view raw, std::string_view plain, value_kind kind = value_kind::text) noexcept {
  if (as_written(raw)) return raw == plain;
  detail::decoder d{raw, kind};
  for (const char c : plain)
    if (d.next() != static_cast<unsigned char>(c)) return false;
  return d.next() == -1;
}

/// Appends the raw value `raw`, read, to `out`; false when it did not fit.
template <std::size_t N>
constexpr bool decode(std::string_view raw, fixed_text<N>& out, value_kind kind = value_kind::text) noexcept {
  detail::decoder d{raw, kind};
  char one[2]{};
  for (int c = d.next(); c >= 0; c = d.next()) {
    one[0] = static_cast<char>(c);
    out << std::string_view{one, 1};
  }
  return !out.truncated();
}

/// Whether a raw text holds only white space (which a reader of these formats may skip).
constexpr bool is_blank(std::string_view raw) noexcept {
  for (const char c : raw)
    if (!detail::is_space(c)) return false;
  return true;
}

/// The pull reader. Each next() gives the following event; after an error or the end of the
/// document it gives end_of_document again. The views it gives point into the text.
class reader {
 public:
  /// Reads `text`, refusing one longer than `limit` bytes.
  constexpr explicit reader(std::string_view text, std::size_t limit = max_document_length) noexcept : s_(text) {
    if (s_.empty())
      fail(wire_error::empty, 0);
    else if (s_.size() > limit)
      fail(wire_error::too_long, limit);
    else
      prolog();
  }

  [[nodiscard]] constexpr wire_error error() const noexcept { return error_; }
  /// Where the error is (a byte offset into the text).
  [[nodiscard]] constexpr std::size_t offset() const noexcept { return error_offset_; }
  [[nodiscard]] constexpr bool ok() const noexcept { return error_ == wire_error::none; }
  /// The attributes of the last start_element event (namespace declarations left out).
  [[nodiscard]] constexpr std::size_t attribute_count() const noexcept { return attribute_count_; }
  [[nodiscard]] constexpr const attribute& attribute_at(std::size_t i) const noexcept { return attributes_[i]; }
  /// The attribute `local` in no namespace of the last start element (as 4774 writes them).
  [[nodiscard]] constexpr const attribute* find_attribute(std::string_view local) const noexcept {
    for (std::size_t i = 0; i < attribute_count_; ++i)
      if (attributes_[i].ns.empty() && attributes_[i].local == local) return &attributes_[i];
    return nullptr;
  }
  [[nodiscard]] constexpr std::size_t depth() const noexcept { return depth_; }
  /// The byte offset the reader has read to: after an end tag, just past its '>'.
  [[nodiscard]] constexpr std::size_t position() const noexcept { return i_; }

  /// Stops reading with `e` at `at`: for the formats on top, when an event is not what they expect.
  constexpr event fail(wire_error e, std::size_t at) noexcept {
    if (error_ == wire_error::none) {
      error_ = e;
      error_offset_ = at;
    }
    done_ = true;
    return {};
  }

  constexpr event next() noexcept {
    attribute_count_ = 0;
    if (done_) return {};
    if (pending_end_) {  // the end event of an empty-element tag "<a/>"
      pending_end_ = false;
      return close();
    }
    if (depth_ == 0 && root_closed_) return epilog();
    if (i_ >= s_.size()) return fail(wire_error::truncated, s_.size());
    if (s_[i_] != '<') return text();
    if (starts("</")) return end_tag();
    if (starts("<!--")) {
      if (!comment()) return {};
      return next();
    }
    if (starts("<![CDATA[") || starts("<!") || starts("<?")) return fail(wire_error::forbidden_markup, i_);
    return start_tag();
  }

 private:
  struct open_element {
    std::string_view qname{};
    std::string_view ns{};
    std::string_view local{};
    std::size_t bindings = 0;  ///< bindings_ in scope before this element's declarations
    std::size_t offset = 0;
  };
  struct binding {
    std::string_view prefix{};  ///< empty: the default namespace
    std::string_view uri{};     ///< raw; empty: undeclared (xmlns="")
  };
  struct raw_attribute {  // an attribute as written, before its name is resolved
    std::string_view qname{};
    std::string_view value{};
    std::size_t offset = 0;
  };

  [[nodiscard]] constexpr bool starts(std::string_view p) const noexcept { return s_.substr(i_).starts_with(p); }

  constexpr void skip_space() noexcept {
    while (i_ < s_.size() && detail::is_space(s_[i_])) ++i_;
  }

  /// Checks the characters of [from, to) are XML Chars in UTF-8; the offset of the first bad one.
  constexpr bool chars_ok(std::size_t from, std::size_t to) noexcept {
    for (std::size_t k = from; k < to;) {
      const unsigned char b = static_cast<unsigned char>(s_[k]);
      if (b < 0x80) {
        if (!detail::is_char(b)) return fail(wire_error::invalid_utf8, k), false;
        ++k;
        continue;
      }
      const code_point c = decode_utf8(s_.substr(0, to), k);
      if (c.size == 0 || !detail::is_char(c.value)) return fail(wire_error::invalid_utf8, k), false;
      k += c.size;
    }
    return true;
  }

  /// An XML Name at i_ (without ':' checks); its end, or npos.
  constexpr std::size_t name_end(std::size_t from) noexcept {
    std::size_t k = from;
    bool first = true;
    while (k < s_.size()) {
      const code_point c = decode_utf8(s_, k);
      if (c.size == 0) break;
      if (!(first ? (detail::is_name_start(c.value) || c.value == ':')
                  : (detail::is_name_char(c.value) || c.value == ':')))
        break;
      first = false;
      k += c.size;
    }
    return k;
  }

  /// A QName: NCName or NCName:NCName.
  static constexpr bool qname_ok(std::string_view q) noexcept {
    const std::size_t colon = q.find(':');
    if (colon == std::string_view::npos) return !q.empty();
    return colon > 0 && colon + 1 < q.size() && q.find(':', colon + 1) == std::string_view::npos &&
           name_starts_right(q.substr(colon + 1));
  }
  static constexpr bool name_starts_right(std::string_view local) noexcept {
    const code_point c = decode_utf8(local, 0);
    return c.size != 0 && detail::is_name_start(c.value);
  }

  constexpr void prolog() noexcept {
    if (starts("\xEF\xBB\xBF")) i_ = 3;
    if (starts("<?xml") && i_ + 5 < s_.size() && (detail::is_space(s_[i_ + 5]) || s_[i_ + 5] == '?')) {
      if (!declaration()) return;
    }
    if (!misc()) return;
    if (i_ >= s_.size())
      fail(wire_error::missing_element, i_);
    else if (s_[i_] != '<' || starts("</"))
      fail(wire_error::not_well_formed, i_);
    else if (starts("<!") && !starts("<!--"))
      fail(wire_error::forbidden_markup, i_);
  }

  /// Comments and white space between the declaration and the root, and after the root.
  constexpr bool misc() noexcept {
    for (;;) {
      skip_space();
      if (starts("<!--")) {
        if (!comment()) return false;
        continue;
      }
      if (starts("<?")) return fail(wire_error::forbidden_markup, i_), false;
      return true;
    }
  }

  /// <?xml version="1.x" encoding="UTF-8" standalone="yes|no"?>
  constexpr bool declaration() noexcept {
    const std::size_t at = i_;
    const std::size_t end = s_.find("?>", i_);
    if (end == std::string_view::npos) return fail(wire_error::truncated, s_.size()), false;
    i_ += 5;
    int seen = 0;  // 1 version, 2 encoding, 3 standalone: in this order
    for (;;) {
      const std::size_t before = i_;
      skip_space();
      if (i_ == end) break;
      if (i_ == before) return fail(wire_error::not_well_formed, i_), false;
      const std::size_t name_at = i_;
      const std::size_t ne = name_end(i_);
      const std::string_view name = s_.substr(i_, ne - i_);
      i_ = ne;
      skip_space();
      if (i_ >= end || s_[i_] != '=') return fail(wire_error::not_well_formed, i_), false;
      ++i_;
      skip_space();
      if (i_ >= end || (s_[i_] != '"' && s_[i_] != '\'')) return fail(wire_error::not_well_formed, i_), false;
      const std::size_t close = s_.find(s_[i_], i_ + 1);
      if (close == std::string_view::npos || close >= end) return fail(wire_error::not_well_formed, i_), false;
      const std::string_view value = s_.substr(i_ + 1, close - i_ - 1);
      const int kind = name == "version" ? 1 : name == "encoding" ? 2 : name == "standalone" ? 3 : 0;
      bool good = kind > seen;
      if (kind == 1)
        good = good && value.size() >= 3 && value.starts_with("1.") &&
               value.substr(2).find_first_not_of("0123456789") == std::string_view::npos;
      if (kind == 2) good = good && same_ascii_nocase(value, "UTF-8");
      if (kind == 3) good = good && (value == "yes" || value == "no");
      if (seen == 0 && kind != 1) return fail(wire_error::not_well_formed, name_at), false;  // version first
      if (!good)
        return fail(kind == 2 && kind > seen ? wire_error::invalid_utf8 : wire_error::not_well_formed, name_at), false;
      seen = kind;
      i_ = close + 1;
    }
    if (seen == 0) return fail(wire_error::not_well_formed, at), false;
    i_ = end + 2;
    return true;
  }

  static constexpr bool same_ascii_nocase(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t k = 0; k < a.size(); ++k) {
      const char x = a[k] >= 'a' && a[k] <= 'z' ? static_cast<char>(a[k] - 32) : a[k];
      if (x != b[k]) return false;
    }
    return true;
  }

  /// <!-- ... --> at i_: no "--" inside, not ending in '-'.
  constexpr bool comment() noexcept {
    const std::size_t at = i_;
    const std::size_t end = s_.find("--", i_ + 4);
    if (end == std::string_view::npos) return fail(wire_error::truncated, s_.size()), false;
    if (end + 2 >= s_.size() || s_[end + 2] != '>') return fail(wire_error::not_well_formed, end), false;
    if (!chars_ok(at + 4, end)) return false;
    i_ = end + 3;
    return true;
  }

  /// Checks the references in [from, to) and that no '<' appears (for attribute values, `lt`).
  constexpr bool references_ok(std::size_t from, std::size_t to, bool attribute_value) noexcept {
    for (std::size_t k = from; k < to; ++k) {
      if (s_[k] == '<') return fail(wire_error::not_well_formed, k), false;
      if (s_[k] == '&') {
        const detail::reference r = detail::read_reference(s_.substr(k, to - k));
        if (r.size == 0) return fail(wire_error::unknown_entity, k), false;
        k += r.size - 1;
      } else if (!attribute_value && s_[k] == '>' && k >= from + 2 && s_[k - 1] == ']' && s_[k - 2] == ']') {
        return fail(wire_error::not_well_formed, k - 2), false;  // "]]>" in text (§2.4)
      }
    }
    return chars_ok(from, to);
  }

  constexpr event text() noexcept {
    const std::size_t at = i_;
    std::size_t end = s_.find('<', i_);
    if (end == std::string_view::npos) end = s_.size();
    if (!references_ok(at, end, false)) return {};
    i_ = end;
    if (i_ >= s_.size()) return fail(wire_error::truncated, s_.size());
    return {event_kind::text, {}, {}, s_.substr(at, end - at), at};
  }

  /// The namespace name bound to `prefix` in scope; `found` false when there is none.
  struct lookup {
    std::string_view uri{};
    bool found = false;
  };
  [[nodiscard]] constexpr lookup resolve(std::string_view prefix) const noexcept {
    if (prefix == "xml") return {xml_namespace, true};
    for (std::size_t k = binding_count_; k-- > 0;)
      if (bindings_[k].prefix == prefix) return {bindings_[k].uri, prefix.empty() || !bindings_[k].uri.empty()};
    return {{}, prefix.empty()};
  }

  constexpr event start_tag() noexcept {
    const std::size_t at = i_;
    if (depth_ >= max_depth) return fail(wire_error::too_deep, at);
    ++i_;
    const std::size_t ne = name_end(i_);
    const std::string_view qname = s_.substr(i_, ne - i_);
    if (!qname_ok(qname)) return fail(wire_error::not_well_formed, i_);
    i_ = ne;
    // Attributes, raw: names and values; namespace declarations bind first.
    raw_attribute* const raw = raw_;
    std::size_t count = 0;
    const std::size_t bindings_before = binding_count_;
    bool empty_element = false;
    for (;;) {
      const std::size_t before = i_;
      skip_space();
      if (i_ >= s_.size()) return fail(wire_error::truncated, s_.size());
      if (s_[i_] == '>') {
        ++i_;
        break;
      }
      if (starts("/>")) {
        i_ += 2;
        empty_element = true;
        break;
      }
      if (i_ == before) return fail(wire_error::not_well_formed, i_);
      const std::size_t an_end = name_end(i_);
      const std::string_view aname = s_.substr(i_, an_end - i_);
      if (!qname_ok(aname)) return fail(wire_error::not_well_formed, i_);
      const std::size_t a_at = i_;
      i_ = an_end;
      skip_space();
      if (i_ >= s_.size()) return fail(wire_error::truncated, s_.size());
      if (s_[i_] != '=') return fail(wire_error::not_well_formed, i_);
      ++i_;
      skip_space();
      if (i_ >= s_.size()) return fail(wire_error::truncated, s_.size());
      if (s_[i_] != '"' && s_[i_] != '\'') return fail(wire_error::not_well_formed, i_);
      const std::size_t close = s_.find(s_[i_], i_ + 1);
      if (close == std::string_view::npos) return fail(wire_error::truncated, s_.size());
      if (!references_ok(i_ + 1, close, true)) return {};
      const std::string_view value = s_.substr(i_ + 1, close - i_ - 1);
      i_ = close + 1;
      for (std::size_t k = 0; k < count; ++k)
        if (raw[k].qname == aname) return fail(wire_error::duplicate_attribute, a_at);
      if (count >= max_attributes) return fail(wire_error::too_many_nodes, a_at);
      raw[count++] = {aname, value, a_at};
      if (aname == "xmlns" || aname.starts_with("xmlns:")) {
        const std::string_view prefix = aname == "xmlns" ? std::string_view{} : aname.substr(6);
        // Namespaces in XML 1.0: "xmlns" is never declared, "xml" only to its own name, no other
        // prefix to it or to the xmlns name, and a prefix is never undeclared (xmlns:p="").
        const bool is_xml_ns = same(value, xml_namespace, value_kind::attribute);
        const bool bad = prefix == "xmlns" || (prefix == "xml") != is_xml_ns ||
                         same(value, xmlns_namespace, value_kind::attribute) || (!prefix.empty() && value.empty());
        if (bad) return fail(wire_error::not_well_formed, a_at);
        if (prefix != "xml") {
          if (binding_count_ >= max_bindings) return fail(wire_error::too_many_nodes, a_at);
          bindings_[binding_count_++] = {prefix, value};
        }
      }
    }
    // Resolve the element's and the attributes' names.
    const std::size_t colon = qname.find(':');
    const std::string_view prefix = colon == std::string_view::npos ? std::string_view{} : qname.substr(0, colon);
    const lookup element_ns = resolve(prefix);
    if (!element_ns.found) return fail(wire_error::unbound_prefix, at + 1);
    if (prefix == "xmlns") return fail(wire_error::not_well_formed, at + 1);
    for (std::size_t k = 0; k < count; ++k) {
      const std::string_view q = raw[k].qname;
      if (q == "xmlns" || q.starts_with("xmlns:")) continue;
      const std::size_t c = q.find(':');
      attribute a{{}, q, raw[k].value, raw[k].offset};
      if (c != std::string_view::npos) {
        const lookup ns = resolve(q.substr(0, c));
        if (!ns.found) return fail(wire_error::unbound_prefix, raw[k].offset);
        a.ns = ns.uri;
        a.local = q.substr(c + 1);
      }
      for (std::size_t j = 0; j < attribute_count_; ++j)
        if (attributes_[j].local == a.local && same_ns(attributes_[j].ns, a.ns))
          return fail(wire_error::duplicate_attribute, raw[k].offset);
      attributes_[attribute_count_++] = a;
    }
    const std::string_view local = colon == std::string_view::npos ? qname : qname.substr(colon + 1);
    stack_[depth_++] = {qname, element_ns.uri, local, bindings_before, at};
    pending_end_ = empty_element;
    return {event_kind::start_element, element_ns.uri, local, {}, at};
  }

  constexpr event end_tag() noexcept {
    const std::size_t at = i_;
    i_ += 2;
    const std::size_t ne = name_end(i_);
    const std::string_view qname = s_.substr(i_, ne - i_);
    i_ = ne;
    skip_space();
    if (i_ >= s_.size()) return fail(wire_error::truncated, s_.size());
    if (s_[i_] != '>') return fail(wire_error::not_well_formed, i_);
    if (qname != stack_[depth_ - 1].qname) return fail(wire_error::mismatched_tag, at);
    ++i_;
    event e = close();
    e.offset = at;
    return e;
  }

  constexpr event close() noexcept {
    const open_element& top = stack_[--depth_];
    binding_count_ = top.bindings;
    root_closed_ = depth_ == 0;
    return {event_kind::end_element, top.ns, top.local, {}, top.offset};
  }

  /// After the root: comments and white space, then the end.
  constexpr event epilog() noexcept {
    if (!misc()) return {};
    if (i_ < s_.size()) return fail(s_[i_] == '<' ? wire_error::not_well_formed : wire_error::trailing_data, i_);
    done_ = true;
    return {};
  }

 public:
  /// Whether two namespace names, as written, are the same name.
  static constexpr bool same_ns(std::string_view a, std::string_view b) noexcept {
    if (as_written(a) && as_written(b)) return a == b;
    detail::decoder da{a, value_kind::attribute}, db{b, value_kind::attribute};
    for (;;) {
      const int x = da.next(), y = db.next();
      if (x != y) return false;
      if (x < 0) return true;
    }
  }

 private:
  std::string_view s_;
  std::size_t i_ = 0;
  wire_error error_ = wire_error::none;
  std::size_t error_offset_ = 0;
  bool done_ = false;
  bool pending_end_ = false;
  bool root_closed_ = false;
  std::size_t depth_ = 0;
  open_element stack_[max_depth]{};
  binding bindings_[max_bindings]{};
  std::size_t binding_count_ = 0;
  attribute attributes_[max_attributes]{};
  std::size_t attribute_count_ = 0;
  raw_attribute raw_[max_attributes]{};  // the start tag being read (a member: not cleared per tag)
};

/// The next event of `r` that is not blank text (comments the reader skips already): what the
/// formats on top read between their elements, where white space is layout.
constexpr event next_significant(reader& r) noexcept {
  event e = r.next();
  while (e.kind == event_kind::text && is_blank(e.raw)) e = r.next();
  return e;
}

// ---------------------------------------------------------------- writing

/// Appends `plain` escaped for `kind`: '&', '<', '>' always; quotes, tabs and line ends in
/// attribute values (so that they read back as written); carriage returns everywhere. `out` is a
/// fixed_text, or any text that takes string_views with `<<`.
template <class Out>
constexpr void append_escaped(Out& out, std::string_view plain,
                              value_kind kind = value_kind::text) noexcept(noexcept(out << std::string_view{})) {
  for (std::size_t k = 0; k < plain.size(); ++k) {
    const char c = plain[k];
    const std::string_view one{plain.data() + k, 1};
    if (c == '&')
      out << "&amp;";
    else if (c == '<')
      out << "&lt;";
    else if (c == '>')
      out << "&gt;";
    else if (c == '\r')
      out << "&#13;";
    else if (kind == value_kind::attribute && c == '"')
      out << "&quot;";
    else if (kind == value_kind::attribute && c == '\'')
      out << "&apos;";
    else if (kind == value_kind::attribute && c == '\t')
      out << "&#9;";
    else if (kind == value_kind::attribute && c == '\n')
      out << "&#10;";
    else
      out << one;
  }
}

}  // namespace clearance::inline v0::xml

CLEARANCE_DETAIL_QUIET_SHADOW_END
