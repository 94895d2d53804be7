// SPDX-License-Identifier: MIT
//
// Labels on the wire, stage 3: STANAG 4774 confidentiality labels (ADatP-4774), the XML form
// labels travel in between NATO systems, read and written over the schemes of a registry.
//
//     const clearance::xml_label r = clearance::read_4774(acme::schemes, xml_text);
//     if (r) decide(r.value); else report(r.error, r.offset);
//     const clearance::wire_text out = clearance::write_4774(acme::schemes, l);
//
// What is read (namespace urn:nato:stanag:4774:confidentialitymetadatalabel:1:0):
//   originatorConfidentialityLabel | alternativeConfidentialityLabel   [ReviewDateTime]
//     ConfidentialityInformation
//       PolicyIdentifier [URI | URL = "urn:oid:<policy id>"]  the policy's name ("NATO")
//       Classification                                       the classification's name ("SECRET")
//       PrivacyMark ?                                        free text, returned as written
//       Category TagName Type *                              GenericValue +
//     OriginatorID [IDType] ?   CreationDateTime ?           returned as written
// The root is also read with a capital letter (OriginatorConfidentialityLabel, as the binding in
// the extensions of the ADatP-4774 sample SPIF writes it); written as the Table 17 labels write it.
// Anything else is an error naming where it is: an unknown element, value or tag set is never
// skipped, a text never trimmed. Categories by tag set (see wire/policy.hpp): Context, Releasable
// To and Only (PERMISSIVE), the scheme's category tag sets (RESTRICTIVE or INFORMATIVE as their
// type says), the library's "Compartment" tag set. Never allocates, never throws.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>

#include "../core/date.hpp"
#include "../core/label.hpp"
#include "../core/quiet_shadow.hpp"
#include "../core/registry.hpp"
#include "../core/text.hpp"
#include "../decide/equivalence.hpp"
#include "../text/names.hpp"
#include "policy.hpp"
#include "xml.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0 {

inline constexpr std::string_view stanag4774_namespace = "urn:nato:stanag:4774:confidentialitymetadatalabel:1:0";

/// Which of the two label elements: the originator's label, or the equivalent label in another
/// policy (an alternative label; see alternative_label in equivalence.hpp).
enum class label_role : int { originator, alternative };

/// A STANAG 4774 label read: the label, and what the label type does not hold, as written in the
/// input (read with xml::decode): nothing of the document is silently dropped.
struct xml_label : wire_result {
  label_role role = label_role::originator;
  std::string_view privacy_mark{};        ///< raw text; empty: none
  std::string_view creation_date_time{};  ///< raw xs:dateTime; empty: none
  std::string_view review_date_time{};    ///< raw xs:dateTime; empty: none
  std::string_view originator_id{};       ///< raw text; empty: none
};

/// What the XML writers produce (a label, a binding, a security label): see written_text.
inline constexpr std::size_t max_wire_text = 8192;
using wire_text = written_text<max_wire_text>;

/// Optional parts of a label written.
struct stanag4774_options {
  label_role role = label_role::originator;
  std::string_view privacy_mark{};        ///< plain text
  std::string_view creation_date_time{};  ///< an xs:dateTime; checked
};

namespace detail::x4774 {

/// Whether `s` is an xs:dateTime: YYYY-MM-DDThh:mm:ss[.s+][Z|(+|-)hh:mm], a real calendar day.
constexpr bool is_date_time(std::string_view s) noexcept {
  const auto digits = [&](std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t k = at; k < at + n; ++k) {
      if (k >= s.size() || s[k] < '0' || s[k] > '9') return -1;
      v = v * 10 + (s[k] - '0');
    }
    return v;
  };
  if (s.size() < 19 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':') return false;
  const int y = digits(0, 4), mo = digits(5, 2), d = digits(8, 2), h = digits(11, 2), mi = digits(14, 2),
            sec = digits(17, 2);
  if (y < 1 || mo < 1 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59) return false;
  if (!date{y, mo, d}.valid()) return false;
  std::size_t k = 19;
  if (k < s.size() && s[k] == '.') {
    const std::size_t start = ++k;
    while (k < s.size() && s[k] >= '0' && s[k] <= '9') ++k;
    if (k == start) return false;
  }
  if (k == s.size()) return true;
  if (s[k] == 'Z') return k + 1 == s.size();
  if ((s[k] != '+' && s[k] != '-') || s.size() != k + 6 || s[k + 3] != ':') return false;
  const int zh = digits(k + 1, 2), zm = digits(k + 4, 2);
  return zh >= 0 && zh <= 14 && zm >= 0 && zm <= 59;
}

constexpr std::string_view type_word(tag_type t) noexcept {
  if (is_restrictive(t)) return "RESTRICTIVE";
  if (is_informative(t)) return "INFORMATIVE";
  return "PERMISSIVE";
}

/// The policy identifier as 4774 writes it: "urn:oid:<oid>".
inline constexpr std::string_view urn_oid = "urn:oid:";

/// Which tag set a Category names.
enum class slot : int { none, context, releasable_to, only, categories };

struct reading {
  xml::reader& r;
  const registry& reg;
  xml_label out{};

  constexpr bool fail(wire_error e, std::size_t at) noexcept {
    r.fail(e, at);
    return false;
  }

  constexpr bool is(const xml::event& e, std::string_view local) const noexcept {
    return e.kind == xml::event_kind::start_element && e.local == local &&
           xml::reader::same_ns(e.ns, stanag4774_namespace);
  }

  /// The text of a simple element whose start was just read: no attributes other than `allowed`,
  /// no child element; up to its end tag. An element with no text has an empty one.
  constexpr bool simple_text(const xml::event& start, std::string_view& text, std::string_view allowed = {}) noexcept {
    for (std::size_t k = 0; k < r.attribute_count(); ++k)
      if (allowed.empty() || r.attribute_at(k).local != allowed || !r.attribute_at(k).ns.empty())
        return fail(wire_error::unexpected_element, r.attribute_at(k).offset);
    text = {};
    for (;;) {
      const xml::event e = r.next();
      if (e.kind == xml::event_kind::text) {
        if (!text.empty()) return fail(wire_error::unexpected_element, e.offset);  // text, comment, text
        text = e.raw;
        continue;
      }
      if (e.kind == xml::event_kind::end_element) return true;
      if (e.kind == xml::event_kind::start_element) return fail(wire_error::unexpected_element, e.offset);
      return fail(r.ok() ? wire_error::truncated : r.error(), start.offset);
    }
  }
};

}  // namespace detail::x4774

namespace detail::x4774 {

constexpr bool is_label_root(const xml::event& e) noexcept {
  if (e.kind != xml::event_kind::start_element || !xml::reader::same_ns(e.ns, stanag4774_namespace)) return false;
  return e.local == "originatorConfidentialityLabel" || e.local == "OriginatorConfidentialityLabel" ||
         e.local == "alternativeConfidentialityLabel" || e.local == "AlternativeConfidentialityLabel";
}

/// Reads the label whose root element `root` (is_label_root) `r` has just read, up to and with
/// its end tag: for a 4774 label inside another document (an XEP-0258 stanza, a 4778 binding).
constexpr xml_label read_label(const registry& reg, xml::reader& r, const xml::event& root) noexcept {
  reading rd{r, reg};
  xml_label& out = rd.out;
  const auto finish = [&]() -> xml_label {
    xml_label failed{};
    failed.error = r.ok() ? wire_error::missing_element : r.error();
    failed.offset = r.ok() ? 0 : r.offset();
    return failed;
  };

  // The root's one attribute.
  out.role =
      root.local.starts_with("a") || root.local.starts_with("A") ? label_role::alternative : label_role::originator;
  for (std::size_t k = 0; k < r.attribute_count(); ++k) {
    const xml::attribute& a = r.attribute_at(k);
    if (!a.ns.empty() || a.local != "ReviewDateTime" || !is_date_time(a.raw)) {
      rd.fail(a.local == "ReviewDateTime" ? wire_error::bad_value : wire_error::unexpected_element, a.offset);
      return finish();
    }
    out.review_date_time = a.raw;
  }

  // ConfidentialityInformation
  const xml::event info = xml::next_significant(r);
  if (!rd.is(info, "ConfidentialityInformation") || r.attribute_count() != 0) {
    if (r.ok())
      rd.fail(
          info.kind == xml::event_kind::start_element ? wire_error::unexpected_element : wire_error::missing_element,
          info.offset);
    return finish();
  }

  // PolicyIdentifier
  const xml::event pol = xml::next_significant(r);
  if (!rd.is(pol, "PolicyIdentifier")) {
    if (r.ok()) rd.fail(wire_error::missing_element, pol.offset);
    return finish();
  }
  const xml::attribute* uri = r.find_attribute("URI");
  const xml::attribute* url = r.find_attribute("URL");
  if (uri && url) {
    rd.fail(wire_error::duplicate_attribute, url->offset);
    return finish();
  }
  if (!uri) uri = url;
  const std::size_t pol_at = pol.offset;
  const std::string_view uri_raw = uri ? uri->raw : std::string_view{};
  const std::size_t uri_at = uri ? uri->offset : 0;
  std::string_view policy_text{};
  if (!rd.simple_text(pol, policy_text, uri == url ? "URL" : "URI")) return finish();
  found<scheme> s{};
  for (const scheme* candidate : reg.schemes())
    if (xml::same(policy_text, candidate->name)) s = *candidate;
  if (!s && policy_text.empty()) {
    rd.fail(wire_error::missing_element, pol_at);
    return finish();
  }
  if (!s) {
    rd.fail(wire_error::unknown_policy, pol_at);
    return finish();
  }
  if (uri) {
    // "urn:oid:1.3.26.1.3.1": the scheme's identifier (entities are not used in identifiers).
    const std::string_view id = uri_raw;
    if (!id.starts_with(urn_oid)) {
      rd.fail(wire_error::bad_value, uri_at);
      return finish();
    }
    if (!wire::has_policy_id(*s, id.substr(urn_oid.size()))) {
      rd.fail(wire::scheme_by_policy_id(reg, id.substr(urn_oid.size())) ? wire_error::conflicting_parts
                                                                        : wire_error::unknown_policy,
              uri_at);
      return finish();
    }
  }

  // Classification
  const xml::event cls = xml::next_significant(r);
  if (!rd.is(cls, "Classification")) {
    if (r.ok()) rd.fail(wire_error::missing_element, cls.offset);
    return finish();
  }
  std::string_view cls_name{};
  if (!rd.simple_text(cls, cls_name)) return finish();
  found<level_info> lv{};
  for (const level_info& i : s->levels)
    if (xml::same(cls_name, policy_name(i))) lv = i;
  if (!lv) {
    rd.fail(wire_error::unknown_classification, cls.offset);
    return finish();
  }

  // PrivacyMark and Category, to the end of ConfidentialityInformation.
  wire::label_lists lists{};
  category_set cats{};
  bool seen[4]{};                   // the lists: context, releasable to, only; [0] unused
  std::uint64_t tag_sets_seen = 0;  // bit k: the k-th tag set of the library's and the scheme's
  for (;;) {
    const xml::event e = xml::next_significant(r);
    if (e.kind == xml::event_kind::end_element) break;
    if (rd.is(e, "PrivacyMark")) {
      if (!out.privacy_mark.empty()) {
        rd.fail(wire_error::duplicate_element, e.offset);
        return finish();
      }
      std::string_view mark{};
      if (!rd.simple_text(e, mark)) return finish();
      if (mark.empty()) {
        rd.fail(wire_error::bad_value, e.offset);
        return finish();
      }
      out.privacy_mark = mark;
      continue;
    }
    if (!rd.is(e, "Category")) {
      if (r.ok())
        rd.fail(e.kind == xml::event_kind::start_element || e.kind == xml::event_kind::text
                    ? wire_error::unexpected_element
                    : wire_error::truncated,
                e.offset);
      return finish();
    }
    // TagName and Type
    const xml::attribute* tag_name = nullptr;
    const xml::attribute* type = nullptr;
    for (std::size_t k = 0; k < r.attribute_count(); ++k) {
      const xml::attribute& a = r.attribute_at(k);
      if (a.ns.empty() && a.local == "TagName")
        tag_name = &a;
      else if (a.ns.empty() && a.local == "Type")
        type = &a;
      else {
        rd.fail(wire_error::unexpected_element, a.offset);
        return finish();
      }
    }
    if (!tag_name || !type) {
      rd.fail(wire_error::missing_element, e.offset);
      return finish();
    }
    const std::string_view name_raw = tag_name->raw, type_raw = type->raw;
    const std::size_t name_at = tag_name->offset, type_at = type->offset;
    slot which = slot::none;
    found<tag_set_info> set{};
    tag_type expected = tag_type::enumerated_permissive;
    if (wire::has_context_tag(*s) && xml::same(name_raw, list_tag_names::context, xml::value_kind::attribute))
      which = slot::context, expected = wire::list_tag_types::context;
    else if (xml::same(name_raw, list_tag_names::releasable_to, xml::value_kind::attribute))
      which = slot::releasable_to, expected = wire::list_tag_types::releasable_to;
    else if (xml::same(name_raw, list_tag_names::only, xml::value_kind::attribute))
      which = slot::only, expected = wire::list_tag_types::only;
    else {
      set = wire::find_tag_set(
          *s, [&](const tag_set_info& t) { return xml::same(name_raw, t.name, xml::value_kind::attribute); });
      if (set) which = slot::categories, expected = set->type;
    }
    if (which == slot::none) {
      rd.fail(wire_error::unknown_tag_set, name_at);
      return finish();
    }
    if (!xml::same(type_raw, type_word(expected), xml::value_kind::attribute)) {
      const bool known = xml::same(type_raw, "PERMISSIVE", xml::value_kind::attribute) ||
                         xml::same(type_raw, "RESTRICTIVE", xml::value_kind::attribute) ||
                         xml::same(type_raw, "INFORMATIVE", xml::value_kind::attribute);
      rd.fail(known ? wire_error::wrong_tag_type : wire_error::bad_value, type_at);
      return finish();
    }
    if (which != slot::categories) {
      bool& once = seen[static_cast<int>(which)];
      if (once) {
        rd.fail(wire_error::duplicate_element, e.offset);
        return finish();
      }
      once = true;
    } else {
      // A tag set once: remembered by its position in the library's and the scheme's tables.
      std::size_t position = 0;
      for (const tag_set_info& t : library_tag_sets) {
        if (&t == set.get()) break;
        ++position;
      }
      if (position == std::size(library_tag_sets))
        for (const tag_set_info& t : s->tag_sets) {
          if (&t == set.get()) break;
          ++position;
        }
      const std::uint64_t bit = std::uint64_t{1} << (position < 63 ? position : 63);
      if (tag_sets_seen & bit) {
        rd.fail(wire_error::duplicate_element, e.offset);
        return finish();
      }
      tag_sets_seen |= bit;
    }
    // GenericValue +
    std::size_t values = 0;
    for (;;) {
      const xml::event v = xml::next_significant(r);
      if (v.kind == xml::event_kind::end_element) break;
      if (!rd.is(v, "GenericValue")) {
        if (r.ok())
          rd.fail(v.kind == xml::event_kind::end_of_document ? wire_error::truncated : wire_error::unexpected_element,
                  v.offset);
        return finish();
      }
      std::string_view raw{};
      if (!rd.simple_text(v, raw)) return finish();
      ++values;
      // The value as the document means it: the raw text itself unless it holds a reference or a
      // line end; a value too long for the buffer is no value of any table.
      fixed_text<64> decoded;
      const bool plain = xml::as_written(raw);
      const bool fits = plain || xml::decode(raw, decoded);
      const std::string_view value = plain ? raw : decoded.view();
      bool fresh = true;
      bool known = false;
      switch (fits ? which : slot::none) {
        case slot::context: {
          const found<party_info> owner = find_party(s->owner);
          const context_value follows = list_tags_of(*s).list_follows;
          if (owner && value == owner->code) {
            fresh = !lists.own_context;
            lists.own_context = known = true;
          } else if (!follows.word.empty() && value == follows.word) {
            fresh = !lists.list_follows;
            lists.list_follows = known = true;
          } else {
            for (std::size_t i = 0; i < s->contexts.size() && i < 32 && !known; ++i)
              if (value == s->contexts[i].word) {
                fresh = ((lists.contexts >> i) & 1U) == 0;
                lists.contexts |= 1U << i;
                known = true;
              }
          }
          break;
        }
        case slot::releasable_to:
        case slot::only: {
          const party p = wire::party_by_code(value);
          if (p == party::none) break;
          party_set& list = which == slot::only ? lists.only : lists.releasable_to;
          fresh = !list.contains(p);
          list.insert(p);
          known = true;
          break;
        }
        case slot::categories: {
          const category c = wire::category_by_name(*s, *set, value);
          if (c == category::invalid) break;
          fresh = !cats.contains(c);
          cats.insert(c);
          known = true;
          break;
        }
        case slot::none: break;
      }
      if (!known || !fresh) {
        rd.fail(known ? wire_error::duplicate_element : wire_error::unknown_value, v.offset);
        return finish();
      }
    }
    if (values == 0) {
      rd.fail(wire_error::missing_element, e.offset);
      return finish();
    }
  }

  // OriginatorID ?  CreationDateTime ?  then the root's end.
  xml::event e = xml::next_significant(r);
  if (rd.is(e, "OriginatorID")) {
    std::string_view id{};
    if (!rd.simple_text(e, id, "IDType")) return finish();
    out.originator_id = id;
    e = xml::next_significant(r);
  }
  if (rd.is(e, "CreationDateTime")) {
    std::string_view when{};
    if (!rd.simple_text(e, when)) return finish();
    if (!is_date_time(when)) {
      rd.fail(wire_error::bad_value, e.offset);
      return finish();
    }
    out.creation_date_time = when;
    e = xml::next_significant(r);
  }
  if (e.kind != xml::event_kind::end_element) {
    if (r.ok()) rd.fail(wire_error::unexpected_element, e.offset);
    return finish();
  }

  label l{};
  if (const wire_error le = wire::label_from(*s, lv->rank, cats, lists, l); le != wire_error::none) {
    xml_label failed{};
    failed.error = le;
    failed.offset = info.offset;
    return failed;
  }
  if (!is_valid(reg, l)) {
    xml_label failed{};
    failed.error = wire_error::invalid_label;
    failed.offset = cls.offset;
    return failed;
  }
  out.value = l;
  return out;
}

}  // namespace detail::x4774

/// Reads a STANAG 4774 label over the schemes of `reg`: the label, or the first error and its byte
/// offset. The label read must be valid in its scheme (else invalid_label).
constexpr xml_label read_4774(const registry& reg, std::string_view text) noexcept {
  xml::reader r{text};
  const xml::event root = r.next();  // the reader gives the prolog's space and comments as nothing
  if (!detail::x4774::is_label_root(root)) {
    xml_label failed{};
    failed.error = r.ok() ? wire_error::unexpected_element : r.error();
    failed.offset = r.ok() ? root.offset : r.offset();
    return failed;
  }
  xml_label out = detail::x4774::read_label(reg, r, root);
  if (!out) return out;
  if (const xml::event end = r.next(); end.kind != xml::event_kind::end_of_document || !r.ok()) {
    xml_label failed{};
    failed.error = r.ok() ? wire_error::trailing_data : r.error();
    failed.offset = r.ok() ? end.offset : r.offset();
    return failed;
  }
  return out;
}

namespace detail::x4774 {

template <std::size_t N>
constexpr void open_category(fixed_text<N>& out, std::string_view tag_name, tag_type type) noexcept {
  out << "<Category TagName=\"";
  xml::append_escaped(out, tag_name, xml::value_kind::attribute);
  out << "\" Type=\"" << type_word(type) << "\">";
}

template <std::size_t N>
constexpr void value(fixed_text<N>& out, std::string_view text) noexcept {
  out << "<GenericValue>";
  xml::append_escaped(out, text);
  out << "</GenericValue>";
}

/// The parties of `set` as GenericValues, in the order markings list them (by number).
template <std::size_t N>
constexpr void party_values(fixed_text<N>& out, party_set set) noexcept {
  for (const party p : parties_by_number)
    if (set.contains(p)) value(out, parties[static_cast<std::size_t>(p)].code);
}

}  // namespace detail::x4774

/// Writes `l` as a STANAG 4774 label over the schemes of `reg`: compact, the namespace on the
/// root. Refuses (invalid_label) a label that is not valid or is releasable to nobody, and a
/// creation time that is no xs:dateTime (bad_value). read_4774 reads it back as `l`.
constexpr wire_text write_4774(const registry& reg, const label& l, const stanag4774_options& options = {}) noexcept {
  using namespace detail::x4774;
  wire_text result;
  if (!is_valid(reg, l) || expand(l.releasable_to).empty()) {
    result.error = wire_error::invalid_label;
    return result;
  }
  if (!options.creation_date_time.empty() && !is_date_time(options.creation_date_time)) {
    result.error = wire_error::bad_value;
    return result;
  }
  const scheme& s = *reg.find(l.scheme);
  const level_info& lv = *find_level(s, l.rank);
  auto& out = result.text;
  const std::string_view root =
      options.role == label_role::alternative ? "alternativeConfidentialityLabel" : "originatorConfidentialityLabel";
  out << "<" << root << " xmlns=\"" << stanag4774_namespace << "\"><ConfidentialityInformation>"
      << "<PolicyIdentifier URI=\"" << urn_oid;
  append_policy_id(out, s);
  out << "\">";
  xml::append_escaped(out, s.name);
  out << "</PolicyIdentifier><Classification>";
  xml::append_escaped(out, policy_name(lv));
  out << "</Classification>";
  if (!options.privacy_mark.empty()) {
    out << "<PrivacyMark>";
    xml::append_escaped(out, options.privacy_mark);
    out << "</PrivacyMark>";
  }
  // The categories, tag set by tag set: restrictive ones, the lists, informative ones.
  const auto write_tag_sets = [&](bool informative) {
    const auto one = [&](const tag_set_info& t) {
      if (is_informative(t.type) != informative) return;
      bool open = false;
      l.categories.for_each([&](category c) {
        const wire::category_value v = wire::value_of(s, c);
        if (!v.tag_set || v.tag_set->id != t.id) return;
        if (!open) open_category(out, t.name, t.type);
        open = true;
        if (v.name.empty()) {
          fixed_text<12> n;
          n << v.code;
          value(out, n.view());
        } else {
          value(out, v.name);
        }
      });
      if (open) out << "</Category>";
    };
    for (const tag_set_info& t : library_tag_sets) one(t);
    for (const tag_set_info& t : s.tag_sets) one(t);
  };
  write_tag_sets(false);
  const wire::label_lists lists = wire::lists_of(s, l);
  if (lists.any_context()) {
    open_category(out, list_tag_names::context, wire::list_tag_types::context);
    if (lists.own_context) value(out, find_party(s.owner)->code);
    for (std::size_t i = 0; i < s.contexts.size() && i < 32; ++i)
      if ((lists.contexts >> i) & 1U) value(out, s.contexts[i].word);
    if (lists.list_follows) value(out, list_tags_of(s).list_follows.word);
    out << "</Category>";
  }
  if (!lists.releasable_to.empty()) {
    open_category(out, list_tag_names::releasable_to, wire::list_tag_types::releasable_to);
    party_values(out, lists.releasable_to);
    out << "</Category>";
  }
  if (!lists.only.empty()) {
    open_category(out, list_tag_names::only, wire::list_tag_types::only);
    party_values(out, lists.only);
    out << "</Category>";
  }
  write_tag_sets(true);
  out << "</ConfidentialityInformation>";
  if (!options.creation_date_time.empty())
    out << "<CreationDateTime>" << options.creation_date_time << "</CreationDateTime>";
  out << "</" << root << ">";
  if (out.truncated()) {
    result = {};
    result.error = wire_error::too_long;
  }
  return result;
}

/// The equivalent of `l` in the scheme `target`, as an alternativeConfidentialityLabel: the label
/// convert() gives on the day and in the context of `terms` (never lower; refused where it
/// refuses, with no_equivalent).
constexpr wire_text write_alternative_4774(const registry& reg, const label& l, scheme_id target,
                                           const conversion_terms& terms = {}) noexcept {
  const conversion c = convert(reg, l, target, terms);
  if (!c) {
    wire_text refused;
    refused.error = is_valid(reg, l) ? wire_error::no_equivalent : wire_error::invalid_label;
    return refused;
  }
  return write_4774(reg, c.value, {.role = label_role::alternative});
}

}  // namespace clearance::inline v0

CLEARANCE_DETAIL_QUIET_SHADOW_END
