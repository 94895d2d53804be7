// SPDX-License-Identifier: MIT
//
// Labels on the wire, stage 5: XEP-0258, security labels in XMPP. A <securitylabel> holds an
// optional display marking with colours, one <label> (a STANAG 4774 label or an ESS label in
// base64) and equivalent labels under other policies; a catalog (urn:xmpp:sec-label:catalog:2)
// offers the labels a sender may choose.
//
//     const clearance::xmpp_label r = clearance::read_xep0258(acme::schemes, stanza_part);
//     const clearance::wire_text out = clearance::write_xep0258(acme::schemes, l, {.equivalents = to_nato});
//
// Reading follows XEP-0258 §3 and §6: the label decides; when its policy is unknown here, the
// first equivalent label of a known policy does (from_equivalent). An equivalent label of a known
// policy lower than the library's own conversion of the label is refused (conflicting_parts):
// nobody lowers a label by claiming an equivalent. An empty <label/> asks for the policy's
// default label, which only the host knows: it is reported as wire_error::default_label, so that
// a host that has none denies. The base64 of an ESS label is read strictly (no white space); an
// error in its DER is reported at the four characters that encode the byte at fault.
#pragma once

#include <cstddef>
#include <string_view>

#include "../core/label.hpp"
#include "../core/quiet_shadow.hpp"
#include "../core/registry.hpp"
#include "../core/slice.hpp"
#include "../decide/equivalence.hpp"
#include "../text/format.hpp"
#include "ess.hpp"
#include "policy.hpp"
#include "stanag4774.hpp"
#include "xml.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0 {

inline constexpr std::string_view xep0258_namespace = "urn:xmpp:sec-label:0";
inline constexpr std::string_view xep0258_ess_namespace = "urn:xmpp:sec-label:ess:0";
inline constexpr std::string_view xep0258_catalog_namespace = "urn:xmpp:sec-label:catalog:2";

/// The form a label travels in inside <label> and <equivalentlabel>.
enum class label_format : int { stanag4774, ess };

inline constexpr std::size_t max_equivalent_labels = 8;

/// An equivalent label read: the label in its policy, and whether the library could check it
/// against its own conversion of the label (it is never lower where it could).
struct equivalent_label {
  label value{};
  bool checked = false;
};

/// An XEP-0258 <securitylabel> read: the label that decides (see wire_result), the format it came
/// in, the display marking as written, and the equivalent labels of known policies.
struct xmpp_label : wire_result {
  label_format format = label_format::stanag4774;
  bool from_equivalent = false;        ///< the label's policy is unknown here: an equivalent decides
  std::string_view display_marking{};  ///< raw text; empty: none
  std::string_view fgcolor{};          ///< raw; empty: none (XEP-0258: black)
  std::string_view bgcolor{};          ///< raw; empty: none (XEP-0258: white)
  equivalent_label equivalents[max_equivalent_labels]{};
  std::size_t equivalent_count = 0;
  std::size_t unknown_equivalents = 0;  ///< equivalent labels of policies unknown here
};

/// What an XEP-0258 label is written with.
struct xep0258_options {
  label_format format = label_format::stanag4774;
  slice<const scheme_id> equivalents{};  ///< schemes to add equivalent labels in (convert())
  conversion_terms terms{};              ///< for those conversions, and for checking them on reading
  language lang = language::en;          ///< of the display marking
};

namespace detail::x0258 {

/// The label inside a <label> or <equivalentlabel> whose start `r` has just read, up to its end.
struct payload {
  wire_result read{};
  label_format format = label_format::stanag4774;
  bool empty = false;  ///< <label/>: the default label
};

constexpr payload read_payload(const registry& reg, xml::reader& r) noexcept {
  payload out;
  xml::event e = xml::next_significant(r);
  if (e.kind == xml::event_kind::end_element) {
    out.empty = true;
    return out;
  }
  const auto fail = [&](wire_error err, std::size_t at) {
    r.fail(err, at);
    out.read.error = r.error();
    out.read.offset = r.offset();
    return out;
  };
  if (!r.ok() || e.kind != xml::event_kind::start_element) return fail(wire_error::unexpected_element, e.offset);
  if (detail::x4774::is_label_root(e)) {
    const xml_label l = detail::x4774::read_label(reg, r, e);
    out.read.value = l.value;
    out.read.error = l.error;
    out.read.offset = l.offset;
    if (!r.ok()) return out;
  } else if (e.local == "esssecuritylabel" && xml::reader::same_ns(e.ns, xep0258_ess_namespace)) {
    out.format = label_format::ess;
    if (r.attribute_count() != 0) return fail(wire_error::unexpected_element, r.attribute_at(0).offset);
    const xml::event text = r.next();
    if (text.kind != xml::event_kind::text) return fail(wire_error::bad_base64, e.offset);
    if (r.next().kind != xml::event_kind::end_element) return fail(wire_error::unexpected_element, text.offset);
    const ess_label l = read_ess_base64(reg, text.raw);  // entities have no place in base64
    out.read.value = l.value;
    out.read.error = l.error;
    // A base64 error is at a character of the text; a DER error at a byte of the DER, which is in
    // the group of four characters that encodes its group of three bytes.
    const bool in_text = l.error == wire_error::bad_base64 || l.error == wire_error::too_long;
    const std::size_t at = in_text ? l.offset : l.offset / 3 * 4;
    out.read.offset = l.error == wire_error::none ? 0 : text.offset + (at <= text.raw.size() ? at : text.raw.size());
  } else {
    return fail(wire_error::unexpected_element, e.offset);
  }
  // The label element ends after its one child.
  e = xml::next_significant(r);
  if (e.kind != xml::event_kind::end_element) return fail(wire_error::unexpected_element, e.offset);
  return out;
}

constexpr bool is(const xml::event& e, std::string_view local) noexcept {
  return e.kind == xml::event_kind::start_element && e.local == local && xml::reader::same_ns(e.ns, xep0258_namespace);
}

/// Reads the <securitylabel> whose start `r` has just read, up to its end: for a label inside a
/// message stanza.
constexpr xmpp_label read_securitylabel(const registry& reg, xml::reader& r, const conversion_terms& terms) noexcept {
  xmpp_label out;
  const auto fail = [&](wire_error err, std::size_t at) {
    r.fail(err, at);
    xmpp_label failed;
    failed.error = r.error();
    failed.offset = r.offset();
    return failed;
  };
  const auto refuse = [&](wire_error err, std::size_t at) {
    xmpp_label failed;
    failed.error = err;
    failed.offset = at;
    return failed;
  };
  if (r.attribute_count() != 0) return fail(wire_error::unexpected_element, r.attribute_at(0).offset);
  xml::event e = xml::next_significant(r);
  if (is(e, "displaymarking")) {
    for (std::size_t k = 0; k < r.attribute_count(); ++k) {
      const xml::attribute& a = r.attribute_at(k);
      const bool fg = a.ns.empty() && a.local == "fgcolor", bg = a.ns.empty() && a.local == "bgcolor";
      if (!fg && !bg) return fail(wire_error::unexpected_element, a.offset);
      if (!is_display_colour(a.raw) || a.raw.empty()) return fail(wire_error::bad_value, a.offset);
      (fg ? out.fgcolor : out.bgcolor) = a.raw;
    }
    const xml::event text = r.next();
    if (text.kind == xml::event_kind::text) {
      out.display_marking = text.raw;
      if (r.next().kind != xml::event_kind::end_element) return fail(wire_error::unexpected_element, text.offset);
    } else if (text.kind != xml::event_kind::end_element) {
      return fail(wire_error::unexpected_element, text.offset);
    }
    e = xml::next_significant(r);
  }
  if (!is(e, "label")) return fail(r.ok() ? wire_error::missing_element : r.error(), e.offset);
  if (r.attribute_count() != 0) return fail(wire_error::unexpected_element, r.attribute_at(0).offset);
  const std::size_t label_at = e.offset;
  const payload primary = read_payload(reg, r);
  if (!r.ok()) return fail(r.error(), r.offset());
  const bool primary_unknown = primary.read.error == wire_error::unknown_policy;
  if (!primary.empty && !primary.read.ok() && !primary_unknown) return refuse(primary.read.error, primary.read.offset);
  out.format = primary.format;

  // Equivalent labels, then the end of <securitylabel>.
  for (e = xml::next_significant(r); is(e, "equivalentlabel"); e = xml::next_significant(r)) {
    if (r.attribute_count() != 0) return fail(wire_error::unexpected_element, r.attribute_at(0).offset);
    const std::size_t at = e.offset;
    const payload eq = read_payload(reg, r);
    if (!r.ok()) return fail(r.error(), r.offset());
    if (eq.empty) return refuse(wire_error::missing_element, at);
    if (eq.read.error == wire_error::unknown_policy) {
      ++out.unknown_equivalents;
      continue;
    }
    if (!eq.read.ok()) return refuse(eq.read.error, eq.read.offset);
    if (out.equivalent_count >= max_equivalent_labels) return refuse(wire_error::too_many_nodes, at);
    equivalent_label& slot = out.equivalents[out.equivalent_count++];
    slot.value = eq.read.value;
    if (primary.read.ok()) {
      // Never lower than the library's own equivalent of the label.
      const conversion c = convert(reg, primary.read.value, eq.read.value.scheme, terms);
      if (c.ok()) {
        if (!dominates(reg, eq.read.value, c.value)) return refuse(wire_error::conflicting_parts, at);
        slot.checked = true;
      }
    }
  }
  if (e.kind != xml::event_kind::end_element)
    return fail(r.ok() ? wire_error::unexpected_element : r.error(), e.offset);

  if (primary.empty) return refuse(wire_error::default_label, label_at);
  if (primary.read.ok()) {
    out.value = primary.read.value;
    return out;
  }
  // The label's policy is unknown here: the first equivalent of a known policy decides (§6).
  if (out.equivalent_count == 0) return refuse(primary.read.error, primary.read.offset);
  out.value = out.equivalents[0].value;
  out.from_equivalent = true;
  return out;
}

template <std::size_t N>
constexpr wire_error write_payload(const registry& reg, fixed_text<N>& out, const label& l, label_format format,
                                   label_role role) noexcept {
  if (format == label_format::ess) {
    const ess_text t = write_ess_base64(reg, l);
    if (!t) return t.error;
    out << "<esssecuritylabel xmlns=\"" << xep0258_ess_namespace << "\">" << t.view() << "</esssecuritylabel>";
    return wire_error::none;
  }
  const wire_text t = write_4774(reg, l, {.role = role});
  if (!t) return t.error;
  out << t.view();
  return wire_error::none;
}

}  // namespace detail::x0258

/// Reads the <securitylabel> element whose start `r` has just given (inside a message stanza the
/// host reads), up to its end tag.
constexpr xmpp_label read_xep0258(const registry& reg, xml::reader& r, const conversion_terms& terms = {}) noexcept {
  return detail::x0258::read_securitylabel(reg, r, terms);
}

/// Reads an XEP-0258 <securitylabel> element (the whole text) over the schemes of `reg`.
/// `terms` are those under which equivalent labels are checked against the library's conversions.
constexpr xmpp_label read_xep0258(const registry& reg, std::string_view text,
                                  const conversion_terms& terms = {}) noexcept {
  xml::reader r{text};
  const xml::event start = r.next();
  if (!detail::x0258::is(start, "securitylabel")) {
    xmpp_label failed;
    failed.error = r.ok() ? wire_error::unexpected_element : r.error();
    failed.offset = r.ok() ? start.offset : r.offset();
    return failed;
  }
  xmpp_label out = detail::x0258::read_securitylabel(reg, r, terms);
  if (!out) return out;
  if (const xml::event end = r.next(); end.kind != xml::event_kind::end_of_document || !r.ok()) {
    xmpp_label failed;
    failed.error = r.ok() ? wire_error::trailing_data : r.error();
    failed.offset = r.ok() ? end.offset : r.offset();
    return failed;
  }
  return out;
}

/// Writes `l` as an XEP-0258 <securitylabel>: the display marking (the banner of its scheme, with
/// the level's colours where its data has them), the label in `options.format`, and an
/// equivalent label in each scheme of `options.equivalents` (refused as a whole, no_equivalent,
/// where convert() refuses one).
constexpr wire_text write_xep0258(const registry& reg, const label& l, const xep0258_options& options = {}) noexcept {
  wire_text result;
  const marking_text banner = format_marking(reg, l, marking_form::banner, options.lang);
  if (!is_valid(reg, l) || banner.size() == 0) {
    result.error = wire_error::invalid_label;
    return result;
  }
  const level_info& lv = *find_level(*reg.find(l.scheme), l.rank);
  auto& out = result.text;
  out << "<securitylabel xmlns=\"" << xep0258_namespace << "\"><displaymarking";
  if (!lv.fgcolor.empty()) out << " fgcolor=\"" << lv.fgcolor << "\"";
  if (!lv.bgcolor.empty()) out << " bgcolor=\"" << lv.bgcolor << "\"";
  out << ">";
  xml::append_escaped(out, banner.view());
  out << "</displaymarking><label>";
  if (const wire_error e = detail::x0258::write_payload(reg, out, l, options.format, label_role::originator);
      e != wire_error::none) {
    result = {};
    result.error = e;
    return result;
  }
  out << "</label>";
  for (const scheme_id target : options.equivalents) {
    const conversion c = convert(reg, l, target, options.terms);
    if (!c) {
      result = {};
      result.error = wire_error::no_equivalent;
      return result;
    }
    out << "<equivalentlabel>";
    if (const wire_error e = detail::x0258::write_payload(reg, out, c.value, options.format, label_role::alternative);
        e != wire_error::none) {
      result = {};
      result.error = e;
      return result;
    }
    out << "</equivalentlabel>";
  }
  out << "</securitylabel>";
  if (out.truncated()) {
    result = {};
    result.error = wire_error::too_long;
  }
  return result;
}

// ---------------------------------------------------------------- catalogs

/// A label a catalog offers: its place in the menu ("Classified|SECRET") comes from the policy.
struct catalog_options {
  std::string_view to{};    ///< the JID the catalog is for (the request's to=)
  std::string_view name{};  ///< the catalog's name
  std::string_view desc{};  ///< its description
  bool restrict = true;     ///< the sender must choose one of its labels (deny by default)
  xep0258_options label{};  ///< how each label is written
};

/// A catalog written (see written_text).
inline constexpr std::size_t max_catalog_text = 32768;
using catalog_text = written_text<max_catalog_text>;

/// The catalog response (urn:xmpp:sec-label:catalog:2, XEP-0258 §4) offering `labels`, the one at
/// `default_index` marked as the default (none when out of range). Each item's selector is the
/// label's banner marking, under "Classified|" for classified levels (as the XEP's example). A
/// label that cannot be written refuses the catalog: it never offers less than asked silently.
constexpr catalog_text write_catalog(const registry& reg, slice<const label> labels, std::size_t default_index,
                                     const catalog_options& options = {}) noexcept {
  catalog_text result;
  auto& out = result.text;
  out << "<catalog xmlns=\"" << xep0258_catalog_namespace << "\"";
  const auto attribute = [&](std::string_view name, std::string_view value) {
    if (value.empty()) return;
    out << " " << name << "=\"";
    xml::append_escaped(out, value, xml::value_kind::attribute);
    out << "\"";
  };
  attribute("to", options.to);
  attribute("name", options.name);
  attribute("desc", options.desc);
  out << " size=\"" << static_cast<int>(labels.size()) << "\" restrict=\"" << (options.restrict ? "true" : "false")
      << "\">";
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const wire_text item = write_xep0258(reg, labels[i], options.label);
    if (!item) {
      result = {};
      result.error = item.error;
      return result;
    }
    const found<level_info> lv = find_level(*reg.find(labels[i].scheme), labels[i].rank);
    fixed_text<max_marking_length + 16> selector;
    if (lv->classified) selector << "Classified|";
    selector << format_marking(reg, labels[i], marking_form::banner, options.label.lang).view();
    out << "<item";
    attribute("selector", selector.view());
    if (i == default_index) out << " default=\"true\"";
    out << ">" << item.view() << "</item>";
  }
  out << "</catalog>";
  if (out.truncated()) {
    result = {};
    result.error = wire_error::too_long;
  }
  return result;
}

/// A catalog request (<catalog xmlns='urn:xmpp:sec-label:catalog:2' to='...'/>) read: whom it asks
/// for, as written.
struct catalog_request {
  std::string_view to{};
  std::string_view from{};
  wire_error error = wire_error::none;
  std::size_t offset = 0;
  [[nodiscard]] constexpr bool ok() const noexcept { return error == wire_error::none; }
  constexpr explicit operator bool() const noexcept { return ok(); }
};

/// Reads a catalog request element (the whole text: the <catalog/> child of the IQ get).
constexpr catalog_request read_catalog_request(std::string_view text) noexcept {
  xml::reader r{text};
  catalog_request out;
  const xml::event e = r.next();
  const auto fail = [&](wire_error err, std::size_t at) {
    r.fail(err, at);
    return catalog_request{{}, {}, r.error(), r.offset()};
  };
  if (e.kind != xml::event_kind::start_element || e.local != "catalog" ||
      !xml::reader::same_ns(e.ns, xep0258_catalog_namespace))
    return fail(r.ok() ? wire_error::unexpected_element : r.error(), r.ok() ? e.offset : r.offset());
  for (std::size_t k = 0; k < r.attribute_count(); ++k) {
    const xml::attribute& a = r.attribute_at(k);
    if (a.ns.empty() && a.local == "to")
      out.to = a.raw;
    else if (a.ns.empty() && a.local == "from")
      out.from = a.raw;
    else
      return fail(wire_error::unexpected_element, a.offset);
  }
  const xml::event end = xml::next_significant(r);
  if (end.kind != xml::event_kind::end_element)
    return fail(r.ok() ? wire_error::unexpected_element : r.error(), end.offset);
  if (const xml::event done = r.next(); done.kind != xml::event_kind::end_of_document || !r.ok())
    return fail(r.ok() ? wire_error::trailing_data : r.error(), done.offset);
  if (out.to.empty()) return fail(wire_error::missing_element, e.offset);
  return out;
}

}  // namespace clearance::inline v0

CLEARANCE_DETAIL_QUIET_SHADOW_END
