// SPDX-License-Identifier: MIT
//
// Labels on the wire, ESS security labels (RFC 2634 §3.4, the label of S/MIME messages and of
// XEP-0258's <esssecuritylabel>), in DER, read and written over the schemes of a registry.
//
//     const clearance::ess_label r = clearance::read_ess(acme::schemes, der_bytes);
//     if (r) decide(r.value); else report(r.error, r.offset);   // offset: in the DER
//     const clearance::ess_result out = clearance::write_ess(acme::schemes, l);  // out.view()
//
//   ESSSecurityLabel ::= SET {                                  (RFC 2634 §3.4.1)
//     security-policy-identifier OBJECT IDENTIFIER,             the scheme: wire::scheme_by_policy_id
//     security-classification INTEGER (0..256) OPTIONAL,        the level's code: level_code
//     privacy-mark ESSPrivacyMark OPTIONAL,                     PrintableString (SIZE (1..128)) | UTF8String
//     security-categories SET SIZE (1..64) OF SecurityCategory OPTIONAL }
//   SecurityCategory ::= SEQUENCE { type [0] OBJECT IDENTIFIER, value [1] ANY DEFINED BY type }
//
// RFC 2634's module has IMPLICIT TAGS: [0] replaces the tag of the OBJECT IDENTIFIER (80), and
// [1] wraps the value (A1): an open type (ANY) cannot be tagged implicitly (X.680 §31.2.7), as the
// X.501 form of the type writes out: "value [1] EXPLICIT SECURITY-CATEGORY.&Type" (Wildboar
// Software asn1-typescript-libraries, packages/x500/.../EnhancedSecurity/SecurityCategory.ta.mts;
// surevine/spiffing acp145.asn, DEFINITIONS IMPLICIT TAGS, "value [1] ANY DEFINED BY type").
//
// Each tag set of the label is one SecurityCategory of the ACP 145(A) type its policy gives it
// (tag_type), as surevine/spiffing writes NATO labels (acp145.asn, src/catutils.cc):
//   RestrictiveTag / PermissiveTag ::= SEQUENCE { tagName OBJECT IDENTIFIER, attributeFlags BIT STRING }
//   EnumeratedTag ::= SEQUENCE { tagName OBJECT IDENTIFIER, attributeList SET OF SecurityAttribute }
//   InformativeTag ::= SEQUENCE { tagName OBJECT IDENTIFIER, field FreeFormField }
//   FreeFormField ::= CHOICE { bitSetAttributes BIT STRING, securityAttributes SET OF SecurityAttribute }
//   SecurityAttribute ::= INTEGER (0..MAX)
// A value's code is its bit in a bit map (bit 0: the first octet's top bit) or its INTEGER.
// Categories by wire::value_of; Context, Releasable To and Only by wire::lists_of and label_from
// (wire/policy.hpp), as STANAG 4774 labels (stanag4774.hpp), so both formats mean the same.
//
// What the reader refuses, beyond DER (der.hpp), with the offset of the part in the DER:
//   - a label without a classification (missing_element): it would decide nothing;
//   - an unknown policy, classification, category type, tag set or value; a tag set written with
//     another type than its policy gives it; a tag set twice; an empty bit map or SET OF;
//   - lists that say the releasability otherwise than the writer writes it (conflicting_parts; a
//     NATO label without its Context: missing_element): one label has one encoding, and a label
//     read and written back gives the same octets;
//   - a label that breaks a rule of its scheme, or is releasable to nobody (invalid_label).
// Missing parts are reported at offset 0 (the label's SET). The privacy mark, which a `label`
// does not hold, is returned beside it (ess_label), never dropped; write_ess takes one.
// Never allocates, never throws; works in constant expressions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../core/categories.hpp"
#include "../core/label.hpp"
#include "../core/parties.hpp"
#include "../core/quiet_shadow.hpp"
#include "../core/registry.hpp"
#include "../core/scheme.hpp"
#include "../core/slice.hpp"
#include "../core/text.hpp"
#include "../text/names.hpp"
#include "base64.hpp"
#include "der.hpp"
#include "policy.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0 {

/// The longest ESS label read or written, in octets (a NATO label releasable to a list takes
/// about 1.3 kB: its Context bit map reaches bit 10000).
inline constexpr std::size_t max_ess_length = 4096;
/// The longest base64 text of one (RFC 4648: 4 characters for every 3 octets begun).
inline constexpr std::size_t max_ess_base64_length = base64::encoded_size(max_ess_length);
/// The longest privacy mark read or written, in octets: 128 characters of 4 octets (the bound of
/// the PrintableString form; the UTF8String form has none of its own).
inline constexpr std::size_t max_privacy_mark_length = 512;
/// The most SecurityCategory values in a label (RFC 2634: ub-security-categories).
inline constexpr std::size_t max_ess_categories = 64;

/// Which ESSPrivacyMark alternative a privacy mark travels in.
enum class privacy_mark_type : int {
  none,       ///< no privacy mark
  printable,  ///< pString: PrintableString (SIZE (1..128))
  utf8,       ///< utf8String: UTF8String (SIZE (1..MAX))
};

/// A privacy mark: free text shown with the label (RFC 2634 §3.4.1), not part of its meaning.
struct ess_privacy_mark {
  privacy_mark_type type = privacy_mark_type::none;
  std::string_view text{};
};

/// An ESS label read: the label (see wire_result), and its privacy mark as written.
struct ess_label : wire_result {
  privacy_mark_type mark_type = privacy_mark_type::none;
  char mark_chars[max_privacy_mark_length]{};
  std::size_t mark_size = 0;
  /// The privacy mark (a view of this result's own copy); type none: the label had none.
  [[nodiscard]] constexpr ess_privacy_mark privacy_mark() const noexcept {
    return {mark_type, {mark_chars, mark_size}};
  }
};

/// The DER of a label written.
struct ess_bytes {
  std::uint8_t bytes[max_ess_length]{};
  std::size_t size = 0;
  [[nodiscard]] constexpr slice<const std::uint8_t> view() const noexcept { return {bytes, size}; }
};

/// What write_ess produces: the DER, or why it wrote none.
struct ess_result {
  ess_bytes value{};
  wire_error error = wire_error::none;
  [[nodiscard]] constexpr bool ok() const noexcept { return error == wire_error::none; }
  constexpr explicit operator bool() const noexcept { return ok(); }
  [[nodiscard]] constexpr slice<const std::uint8_t> view() const noexcept { return value.view(); }
};

/// What write_ess_base64 produces: the base64 text of the DER, or why it wrote none.
using ess_text = written_text<max_ess_base64_length>;

namespace wire {

/// The ESS attribute that carries the label in CMS (RFC 2634 §3.4.1 id-aa-securityLabel;
/// surevine/spiffing ESSSecurityLabel.asn).
inline constexpr std::string_view id_aa_security_label = "1.2.840.113549.1.9.16.2.2";

/// The security category types of ACP 145(A), under id-commonSecurityCategoriesSyntaxes
/// {2 16 840 1 101 2 1 8 3} (surevine/spiffing at commit 170af8c: acp145.asn, "Object identifier
/// assignment", and src/constants.cc, NATO_RestrictiveBitmap ... NATO_Informative).
namespace acp145 {
/// id-restrictiveAttributes: restrictiveBitMap, a RestrictiveTag.
inline constexpr std::string_view restrictive_attributes = "2.16.840.1.101.2.1.8.3.0";
/// id-enumeratedPermissiveAttributes: an EnumeratedTag.
inline constexpr std::string_view enumerated_permissive_attributes = "2.16.840.1.101.2.1.8.3.1";
/// id-permissiveAttributes: permissivebitMap, a PermissiveTag.
inline constexpr std::string_view permissive_attributes = "2.16.840.1.101.2.1.8.3.2";
/// id-informativeAttributes: an InformativeTag.
inline constexpr std::string_view informative_attributes = "2.16.840.1.101.2.1.8.3.3";
/// id-enumeratedRestrictiveAttributes: an EnumeratedTag.
inline constexpr std::string_view enumerated_restrictive_attributes = "2.16.840.1.101.2.1.8.3.4";
}  // namespace acp145

/// The SecurityCategory type of a tag set of type `t`.
constexpr std::string_view ess_category_type(tag_type t) noexcept {
  switch (t) {
    case tag_type::restrictive: return acp145::restrictive_attributes;
    case tag_type::enumerated_restrictive: return acp145::enumerated_restrictive_attributes;
    case tag_type::permissive: return acp145::permissive_attributes;
    case tag_type::enumerated_permissive: return acp145::enumerated_permissive_attributes;
    case tag_type::informative:
    case tag_type::informative_enumerated: return acp145::informative_attributes;
  }
  return {};
}

/// Whether a tag set of type `t` travels as a bit map (else as a SET OF SecurityAttribute).
constexpr bool is_bit_map(tag_type t) noexcept {
  return t == tag_type::restrictive || t == tag_type::permissive || t == tag_type::informative;
}

/// A SecurityCategory of an ESS label, its syntax checked (parse_ess).
struct ess_category {
  std::size_t offset = 0;       ///< of the SecurityCategory
  std::size_t type_offset = 0;  ///< of its type ([0])
  tag_type type{};              ///< what its type and value say (informative: by the FreeFormField)
  der::element tag_name{};      ///< the tagName OBJECT IDENTIFIER
  der::element values{};        ///< the BIT STRING, or the SET OF SecurityAttribute
};

/// The fields of an ESS label, its syntax checked but not its meaning: what parse_ess reads.
struct ess_fields {
  wire_error error = wire_error::none;
  std::size_t offset = 0;
  der::element policy{};          ///< the OBJECT IDENTIFIER
  der::element classification{};  ///< the INTEGER; tag 0: none
  long long classification_code = 0;
  der::element privacy_mark{};        ///< the PrintableString or UTF8String; tag 0: none
  std::size_t categories_offset = 0;  ///< of the SET OF SecurityCategory
  std::size_t category_count = 0;
  ess_category categories[max_ess_categories]{};
  [[nodiscard]] constexpr bool ok() const noexcept { return error == wire_error::none; }
  constexpr explicit operator bool() const noexcept { return ok(); }
};

namespace detail::ess {

inline constexpr std::size_t npos = static_cast<std::size_t>(-1);

constexpr ess_fields failed(der::status st) noexcept {
  ess_fields f{};
  f.error = st.error;
  f.offset = st.offset;
  return f;
}

/// The tag type the [0] type `name` and the value's syntax say; false for a type ACP 145(A) lacks.
constexpr bool type_of(std::string_view name, bool enumerated, tag_type& out) noexcept {
  if (name == acp145::restrictive_attributes && !enumerated)
    out = tag_type::restrictive;
  else if (name == acp145::permissive_attributes && !enumerated)
    out = tag_type::permissive;
  else if (name == acp145::enumerated_permissive_attributes && enumerated)
    out = tag_type::enumerated_permissive;
  else if (name == acp145::enumerated_restrictive_attributes && enumerated)
    out = tag_type::enumerated_restrictive;
  else if (name == acp145::informative_attributes)
    out = enumerated ? tag_type::informative_enumerated : tag_type::informative;
  else
    return false;
  return true;
}

/// Checks a SET OF SecurityAttribute: not empty, INTEGERs of 0 or more, in DER order, none twice.
constexpr der::status check_attributes(slice<const std::uint8_t> input, const der::element& set) noexcept {
  der::reader r{input, set};
  if (r.at_end()) return {wire_error::missing_element, set.offset};
  slice<const std::uint8_t> previous{};
  for (der::element e{}; !r.at_end();) {
    if (const der::status st = r.expect(der::tag::integer, e); !st) return st;
    long long v = 0;
    if (const der::status st = der::read_integer(e, v); !st) return st;
    if (v < 0) return {wire_error::bad_integer, e.offset};
    if (!previous.empty() && der::compare_encodings(previous, r.encoding(e)) >= 0)
      return {wire_error::set_order, e.offset};
    previous = r.encoding(e);
  }
  return {};
}

/// Reads SecurityCategory `sc` into `out`.
constexpr der::status parse_category(slice<const std::uint8_t> input, const der::element& sc,
                                     ess_category& out) noexcept {
  der::reader r{input, sc};
  der::element type{}, value{}, tagged{}, values{};
  if (const der::status st = r.expect(der::tag::context_primitive(0), type); !st) return st;
  if (const der::status st = r.expect(der::tag::context_constructed(1), value); !st) return st;
  if (const der::status st = r.finish(); !st) return st;
  der::oid_text type_name{};
  if (const der::status st = der::decode_oid(type.content, type.content_offset, type_name); !st) return st;
  der::reader v{input, value};
  if (const der::status st = v.expect(der::tag::sequence, tagged); !st) return st;
  if (const der::status st = v.finish(); !st) return st;
  der::reader t{input, tagged};
  if (const der::status st = t.expect(der::tag::object_identifier, out.tag_name); !st) return st;
  if (const der::status st = der::check_oid(out.tag_name.content, out.tag_name.content_offset); !st) return st;
  // The value's syntax: a SET OF SecurityAttribute, or a BIT STRING (the FreeFormField's choice).
  if (t.at_end()) return {wire_error::missing_element, t.offset()};
  const bool enumerated = t.peek() == der::tag::set;
  if (!type_of(type_name.view(), enumerated, out.type)) {
    // A known type whose value has the other syntax: at the value; an unknown type: at the type.
    tag_type ignored{};
    if (type_of(type_name.view(), !enumerated, ignored)) return {wire_error::bad_tag, t.offset()};
    return {wire_error::bad_value, type.offset};
  }
  if (const der::status st = t.expect(enumerated ? der::tag::set : der::tag::bit_string, values); !st) return st;
  if (enumerated) {
    if (const der::status st = check_attributes(input, values); !st) return st;
  } else {
    der::bits b{};
    if (const der::status st = der::read_bit_string(values, true, b); !st) return st;
    if (b.count == 0) return {wire_error::missing_element, values.offset};
  }
  if (const der::status st = t.finish(); !st) return st;
  out.offset = sc.offset;
  out.type_offset = type.offset;
  out.values = values;
  return {};
}

/// Reads the SET OF SecurityCategory `set` into `f`.
constexpr der::status parse_categories(slice<const std::uint8_t> input, const der::element& set,
                                       ess_fields& f) noexcept {
  der::reader r{input, set};
  f.categories_offset = set.offset;
  if (r.at_end()) return {wire_error::missing_element, set.offset};
  slice<const std::uint8_t> previous{};
  for (der::element sc{}; !r.at_end();) {
    if (const der::status st = r.expect(der::tag::sequence, sc); !st) return st;
    if (f.category_count == max_ess_categories) return {wire_error::too_long, sc.offset};
    if (!previous.empty() && der::compare_encodings(previous, r.encoding(sc)) >= 0)
      return {wire_error::set_order, sc.offset};
    previous = r.encoding(sc);
    if (const der::status st = parse_category(input, sc, f.categories[f.category_count]); !st) return st;
    ++f.category_count;
  }
  return {};
}

}  // namespace detail::ess

/// The fields of the ESS label `der`, with its DER and its syntax checked (not its meaning):
/// the members of the SET in the order of their tags (INTEGER, OBJECT IDENTIFIER, UTF8String,
/// SET, PrintableString: X.690 §10.3, X.680 §8.6), each once; the classification 0..256; the
/// privacy mark 1..128 printable characters or 1..max_privacy_mark_length octets of UTF-8; each
/// SecurityCategory one of ACP 145(A) with a value of its syntax. The policy identifier is
/// required, the classification is not (read_ess requires it).
constexpr ess_fields parse_ess(slice<const std::uint8_t> input) noexcept {
  using detail::ess::failed;
  if (input.empty()) return failed({wire_error::empty, 0});
  if (input.size() > max_ess_length) return failed({wire_error::too_long, max_ess_length});
  der::reader top{input};
  der::element whole{};
  if (const der::status st = top.expect(der::tag::set, whole); !st) return failed(st);
  if (!top.at_end()) return failed({wire_error::trailing_data, top.offset()});
  ess_fields f{};
  der::reader r{input, whole};
  int last = -1;
  bool seen[4]{};  // policy, classification, privacy mark, categories
  for (der::element e{}; !r.at_end();) {
    if (const der::status st = r.next(e); !st) return failed(st);
    int field = -1;
    switch (e.tag) {
      case der::tag::object_identifier: field = 0; break;
      case der::tag::integer: field = 1; break;
      case der::tag::utf8_string:
      case der::tag::printable_string: field = 2; break;
      case der::tag::set: field = 3; break;
      default: return failed({wire_error::bad_tag, e.offset});
    }
    if (seen[field]) return failed({wire_error::duplicate_element, e.offset});
    if (der::tag::canonical_rank(e.tag) < last) return failed({wire_error::set_order, e.offset});
    seen[field] = true;
    last = der::tag::canonical_rank(e.tag);
    if (field == 0) {
      if (const der::status st = der::check_oid(e.content, e.content_offset); !st) return failed(st);
      f.policy = e;
    } else if (field == 1) {
      if (const der::status st = der::read_integer(e, f.classification_code); !st) return failed(st);
      if (f.classification_code < 0 || f.classification_code > 256) return failed({wire_error::bad_integer, e.offset});
      f.classification = e;
    } else if (field == 2) {
      if (e.content.empty() || (e.tag == der::tag::printable_string && e.content.size() > 128))
        return failed({wire_error::bad_string, e.offset});
      if (e.content.size() > max_privacy_mark_length) return failed({wire_error::too_long, e.offset});
      if (const der::status st = der::check_string(e); !st) return failed(st);
      f.privacy_mark = e;
    } else if (const der::status st = detail::ess::parse_categories(input, e, f); !st) {
      return failed(st);
    }
  }
  if (!seen[0]) return failed({wire_error::missing_element, 0});
  return f;
}

namespace detail::ess {

constexpr ess_label refused(wire_error error, std::size_t offset) noexcept {
  ess_label r{};
  r.error = error;
  r.offset = offset;
  return r;
}

/// Calls f(code) for each value of category `c` (checked by parse_ess), lowest first; the first
/// error f returns, at the value's octet (a bit map) or INTEGER.
template <class F>
constexpr der::status for_each_code(slice<const std::uint8_t> input, const ess_category& c, F f) noexcept {
  if (c.values.tag == der::tag::bit_string) {
    der::bits b{};
    (void)der::read_bit_string(c.values, true, b);
    for (std::size_t i = 0; i < b.octets.size(); ++i)
      for (std::size_t k = 0; k < 8 && b.octets[i] != 0; ++k)
        if (b.test(i * 8 + k))
          if (const wire_error e = f(static_cast<long long>(i) * 8 + static_cast<long long>(k)); e != wire_error::none)
            return {e, b.content_offset + i};
    return {};
  }
  der::reader r{input, c.values};
  for (der::element e{}; !r.at_end();) {
    (void)r.next(e);
    long long v = 0;
    (void)der::read_integer(e, v);
    if (const wire_error err = f(v); err != wire_error::none) return {err, e.offset};
  }
  return {};
}

constexpr bool same_octets(slice<const std::uint8_t> a, slice<const std::uint8_t> b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i]) return false;
  return true;
}

constexpr bool same_lists(const wire::label_lists& a, const wire::label_lists& b) noexcept {
  return a.own_context == b.own_context && a.list_follows == b.list_follows && a.contexts == b.contexts &&
         a.releasable_to == b.releasable_to && a.only == b.only;
}

/// The number of a party in the policies' tag sets; 0: none.
constexpr long long party_number(party p) noexcept {
  const found<party_info> info = find_party(p);
  return info && p != party::none ? info->number : 0;
}

}  // namespace detail::ess
}  // namespace wire

/// The label of ESS label `der` over the schemes of `reg`, or the error and its offset in `der`
/// (see the top of this header). The privacy mark comes with it.
constexpr ess_label read_ess(const registry& reg, slice<const std::uint8_t> input) noexcept {
  using wire::detail::ess::refused;
  const wire::ess_fields f = wire::parse_ess(input);
  if (!f) return refused(f.error, f.offset);
  der::oid_text policy{};
  if (const der::status st = der::decode_oid(f.policy.content, f.policy.content_offset, policy); !st)
    return refused(st.error, st.offset);
  const found<scheme> s = wire::scheme_by_policy_id(reg, policy.view());
  if (!s) return refused(wire_error::unknown_policy, f.policy.offset);
  if (f.classification.tag == 0) return refused(wire_error::missing_element, 0);
  const found<level_info> lv = wire::level_by_code(*s, f.classification_code);
  if (!lv) return refused(wire_error::unknown_classification, f.classification.offset);

  const list_tag_sets tags = list_tags_of(*s);
  const long long owner = wire::detail::ess::party_number(s->owner);
  wire::label_lists lists{};
  category_set cats{};
  std::size_t lists_at = wire::detail::ess::npos;
  for (std::size_t k = 0; k < f.category_count; ++k) {
    const wire::ess_category& c = f.categories[k];
    for (std::size_t j = 0; j < k; ++j)
      if (wire::detail::ess::same_octets(f.categories[j].tag_name.content, c.tag_name.content))
        return refused(wire_error::duplicate_element, c.offset);
    der::oid_text name{};
    (void)der::decode_oid(c.tag_name.content, c.tag_name.content_offset, name);
    const std::string_view id = name.view();
    der::status st{};
    if (id == tags.releasable_to || id == tags.only) {
      if (c.type != (id == tags.only ? wire::list_tag_types::only : wire::list_tag_types::releasable_to))
        return refused(wire_error::wrong_tag_type, c.type_offset);
      party_set& into = id == tags.only ? lists.only : lists.releasable_to;
      st = wire::detail::ess::for_each_code(input, c, [&](long long code) {
        const party p = wire::party_by_number(code);
        if (p == party::none) return wire_error::unknown_value;
        into.insert(p);
        return wire_error::none;
      });
      if (lists_at == wire::detail::ess::npos) lists_at = c.offset;
    } else if (!tags.context.empty() && id == tags.context) {
      if (c.type != wire::list_tag_types::context) return refused(wire_error::wrong_tag_type, c.type_offset);
      st = wire::detail::ess::for_each_code(input, c, [&](long long code) {
        if (owner != 0 && code == owner) {
          lists.own_context = true;
          return wire_error::none;
        }
        if (!tags.list_follows.word.empty() && code == tags.list_follows.code) {
          lists.list_follows = true;
          return wire_error::none;
        }
        for (std::size_t i = 0; i < s->contexts.size() && i < 32; ++i)
          if (s->contexts[i].code == code) {
            lists.contexts |= 1U << i;
            return wire_error::none;
          }
        return wire_error::unknown_value;
      });
      if (lists_at == wire::detail::ess::npos) lists_at = c.offset;
    } else {
      const found<tag_set_info> t = wire::find_tag_set(*s, [&](const tag_set_info& x) { return x.id == id; });
      if (!t) return refused(wire_error::unknown_tag_set, c.tag_name.offset);
      if (t->type != c.type) return refused(wire_error::wrong_tag_type, c.type_offset);
      st = wire::detail::ess::for_each_code(input, c, [&](long long code) {
        const category cat = wire::category_by_code(*s, *t, code);
        if (cat == category::invalid) return wire_error::unknown_value;
        cats.insert(cat);
        return wire_error::none;
      });
    }
    if (!st) return refused(st.error, st.offset);
  }

  label l{};
  const std::size_t at_lists = lists_at == wire::detail::ess::npos ? 0 : lists_at;
  if (const wire_error e = wire::label_from(*s, lv->rank, cats, lists, l); e != wire_error::none)
    return refused(e, at_lists);
  if (expand(l.releasable_to).empty()) return refused(wire_error::invalid_label, f.classification.offset);
  // One label, one encoding: the lists must be those write_ess writes for the label.
  if (!wire::detail::ess::same_lists(wire::lists_of(*s, l), lists))
    return refused(lists_at == wire::detail::ess::npos ? wire_error::missing_element : wire_error::conflicting_parts,
                   at_lists);
  if (!is_valid(reg, l)) return refused(wire_error::invalid_label, f.classification.offset);

  ess_label out{};
  out.value = l;
  if (f.privacy_mark.tag != 0) {
    out.mark_type =
        f.privacy_mark.tag == der::tag::printable_string ? privacy_mark_type::printable : privacy_mark_type::utf8;
    for (const std::uint8_t b : f.privacy_mark.content) out.mark_chars[out.mark_size++] = static_cast<char>(b);
  }
  return out;
}

namespace wire::detail::ess {

/// Codes of one tag set, ascending, each once.
struct code_list {
  int codes[category_set::capacity > party_set::capacity ? category_set::capacity : party_set::capacity]{};
  std::size_t size = 0;
  bool bad = false;  ///< a negative code, or one twice: the label holds a value ESS cannot write
  constexpr void add(long long code) noexcept {
    if (code < 0 || code > 0x7FFFFFFF || size == sizeof(codes) / sizeof(codes[0])) {
      bad = true;
      return;
    }
    std::size_t i = size;
    for (; i > 0 && codes[i - 1] >= code; --i) {
      if (codes[i - 1] == code) {
        bad = true;
        return;
      }
    }
    for (std::size_t j = size; j > i; --j) codes[j] = codes[j - 1];
    codes[i] = static_cast<int>(code);
    ++size;
  }
};

/// Writes one SecurityCategory: tag set `name` of type `type` with the values `codes`.
constexpr wire_error put_category(der::writer& w, tag_type type, std::string_view name,
                                  const code_list& codes) noexcept {
  if (codes.bad) return wire_error::no_code;
  const slice<const int> values{codes.codes, codes.size};
  if (is_bit_map(type) && !values.empty() && static_cast<std::size_t>(values.back()) >= 8 * max_ess_length)
    return wire_error::too_long;
  const std::size_t sequence = w.open(der::tag::sequence);
  if (!w.oid(der::tag::context_primitive(0), ess_category_type(type))) return wire_error::bad_oid;
  const std::size_t value = w.open(der::tag::context_constructed(1));
  const std::size_t tagged = w.open(der::tag::sequence);
  if (!w.oid(der::tag::object_identifier, name)) return wire_error::bad_oid;
  if (is_bit_map(type)) {
    w.bit_map(values);
  } else {
    const std::size_t set = w.open(der::tag::set);
    for (const int code : values) w.integer(code);
    w.close(set);
  }
  w.close(tagged);
  w.close(value);
  w.close(sequence);
  return wire_error::none;
}

/// Writes the SecurityCategory of each tag set the label's categories and lists use.
constexpr wire_error put_categories(der::writer& w, const scheme& s, const label& l,
                                    const label_lists& lists) noexcept {
  // The categories, tag set by tag set in the order of their first value.
  found<tag_set_info> done[max_ess_categories]{};
  std::size_t sets = 0;
  wire_error error = wire_error::none;
  l.categories.for_each([&](category c) {
    if (error != wire_error::none) return;
    const category_value v = value_of(s, c);
    if (!v.tag_set) {
      error = wire_error::no_code;
      return;
    }
    for (std::size_t i = 0; i < sets; ++i)
      if (done[i]->id == v.tag_set->id) return;
    if (sets == max_ess_categories) {
      error = wire_error::too_long;
      return;
    }
    done[sets++] = v.tag_set;
    code_list codes{};
    l.categories.for_each([&](category other) {
      const category_value o = value_of(s, other);
      if (o.tag_set && o.tag_set->id == v.tag_set->id) codes.add(o.code);
    });
    error = put_category(w, v.tag_set->type, v.tag_set->id, codes);
  });
  if (error != wire_error::none) return error;

  const list_tag_sets tags = list_tags_of(s);
  if (lists.any_context()) {
    code_list codes{};
    if (lists.own_context) codes.add(party_number(s.owner) == 0 ? -1 : party_number(s.owner));
    if (lists.list_follows) codes.add(tags.list_follows.code);
    for (std::size_t i = 0; i < s.contexts.size() && i < 32; ++i)
      if ((lists.contexts >> i) & 1U) codes.add(s.contexts[i].code);
    if (const wire_error e = put_category(w, list_tag_types::context, tags.context, codes); e != wire_error::none)
      return e;
  }
  const auto put_parties = [&](party_set parties, tag_type type, std::string_view name) {
    if (parties.empty()) return wire_error::none;
    code_list codes{};
    parties.for_each([&](party p) { codes.add(party_number(p) == 0 ? -1 : party_number(p)); });
    return put_category(w, type, name, codes);
  };
  if (const wire_error e = put_parties(lists.releasable_to, list_tag_types::releasable_to, tags.releasable_to);
      e != wire_error::none)
    return e;
  return put_parties(lists.only, list_tag_types::only, tags.only);
}

/// Whether `m` can be written: bad_string for a wrong type, length or character; too_long beyond
/// max_privacy_mark_length.
constexpr wire_error check_mark(const ess_privacy_mark& m) noexcept {
  switch (m.type) {
    case privacy_mark_type::none: return m.text.empty() ? wire_error::none : wire_error::bad_string;
    case privacy_mark_type::printable:
      if (m.text.empty() || m.text.size() > 128) return wire_error::bad_string;
      for (const char c : m.text)
        if (!der::is_printable(static_cast<std::uint8_t>(c))) return wire_error::bad_string;
      return wire_error::none;
    case privacy_mark_type::utf8:
      if (m.text.empty()) return wire_error::bad_string;
      if (m.text.size() > max_privacy_mark_length) return wire_error::too_long;
      for (std::size_t i = 0; i < m.text.size();) {
        const code_point cp = decode_utf8(m.text, i);
        if (cp.size == 0) return wire_error::bad_string;
        i += cp.size;
      }
      return wire_error::none;
  }
  return wire_error::bad_string;
}

}  // namespace wire::detail::ess

/// The DER of `l` as an ESS label of its scheme's policy, with the privacy mark `mark`. Refuses an
/// invalid label, or one releasable to nobody (invalid_label); a level whose code is outside
/// 0..256 or a value without a code (no_code: a party without a number, such as the EU); a privacy
/// mark that is not one (bad_string, too_long); a label longer than max_ess_length (too_long).
constexpr ess_result write_ess(const registry& reg, const label& l, const ess_privacy_mark& mark = {}) noexcept {
  ess_result out{};
  const auto fail = [&](wire_error e) {
    ess_result r{};
    r.error = e;
    return r;
  };
  const found<scheme> s = reg.find(l.scheme);
  if (!s || !is_valid(reg, l) || expand(l.releasable_to).empty()) return fail(wire_error::invalid_label);
  if (const wire_error e = wire::detail::ess::check_mark(mark); e != wire_error::none) return fail(e);
  const found<level_info> lv = find_level(*s, l.rank);
  const int code = level_code(*lv);
  if (code < 0 || code > 256) return fail(wire_error::no_code);
  fixed_text<der::max_oid_text> policy{};
  append_policy_id(policy, *s);
  const wire::label_lists lists = wire::lists_of(*s, l);

  der::writer w{out.value.bytes};
  const std::size_t top = w.open(der::tag::set);
  w.integer(code);
  if (policy.truncated() || !w.oid(der::tag::object_identifier, policy.view())) return fail(wire_error::bad_oid);
  if (mark.type == privacy_mark_type::utf8) w.string(der::tag::utf8_string, mark.text);
  if (!l.categories.empty() || lists.any_context() || !lists.releasable_to.empty() || !lists.only.empty()) {
    const std::size_t set = w.open(der::tag::set);
    if (const wire_error e = wire::detail::ess::put_categories(w, *s, l, lists); e != wire_error::none) return fail(e);
    if (!w.sort_set_of(set)) return fail(wire_error::too_long);
    w.close(set);
  }
  if (mark.type == privacy_mark_type::printable) w.string(der::tag::printable_string, mark.text);
  w.close(top);
  if (w.overflow()) return fail(wire_error::too_long);
  out.value.size = w.size();
  return out;
}

/// The label of the base64 text of an ESS label (XEP-0258 <esssecuritylabel>). Errors in the
/// base64 (bad_base64; too_long beyond max_ess_base64_length; empty) at their offset in `text`;
/// errors in the DER at their offset in the DER.
constexpr ess_label read_ess_base64(const registry& reg, std::string_view text) noexcept {
  if (text.empty()) return wire::detail::ess::refused(wire_error::empty, 0);
  if (text.size() > max_ess_base64_length)
    return wire::detail::ess::refused(wire_error::too_long, max_ess_base64_length);
  ess_bytes bytes{};
  const base64::decoded d = base64::decode(text, bytes.bytes);
  if (!d) return wire::detail::ess::refused(d.error, d.offset);
  bytes.size = d.size;
  return read_ess(reg, bytes.view());
}

/// The base64 text of write_ess(reg, l, mark).
constexpr ess_text write_ess_base64(const registry& reg, const label& l, const ess_privacy_mark& mark = {}) noexcept {
  ess_text out{};
  const ess_result written = write_ess(reg, l, mark);
  if (!written) {
    out.error = written.error;
    return out;
  }
  base64::encode(written.view(), out.text);
  return out;
}

}  // namespace clearance::inline v0

CLEARANCE_DETAIL_QUIET_SHADOW_END
