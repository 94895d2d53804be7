// SPDX-License-Identifier: MIT
//
// Labels on the wire, stage 4: the STANAG 4778 metadata binding (ADatP-4778), which ties 4774
// labels to the data they label: in a sidecar file next to the data, or inside an XML document
// (the common XML profile).
//
//     const clearance::binding_information b = clearance::read_4778(acme::schemes, sidecar_text);
//     for (std::size_t i = 0; i < b.binding_count; ++i) decide(b.bindings[i].originator.value, b.bindings[i].references[0].uri);
//
// What is read (namespace urn:nato:stanag:4778:bindinginformation:1:0; domain-brief §3):
//   BindingInformation
//     MetadataBindingContainer +
//       MetadataBinding [xml:id] +
//         Metadata           one originator 4774 label, then alternative labels
//         DataReference URI  + (an empty URI: the document that holds the binding)
//       ds:Signature *       XML signatures (xmldsig), kept as written: not checked here
//     ds:Signature *
// Signatures are out of this library's scope (it decides, it does not verify cryptography): they
// are preserved, as the byte ranges of the input that hold them, for the host to verify.
#pragma once

#include <cstddef>
#include <string_view>

#include "../core/label.hpp"
#include "../core/quiet_shadow.hpp"
#include "../core/registry.hpp"
#include "../core/slice.hpp"
#include "../decide/equivalence.hpp"
#include "policy.hpp"
#include "stanag4774.hpp"
#include "xml.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0 {

inline constexpr std::string_view stanag4778_namespace = "urn:nato:stanag:4778:bindinginformation:1:0";
inline constexpr std::string_view xmldsig_namespace = "http://www.w3.org/2000/09/xmldsig#";

inline constexpr std::size_t max_metadata_bindings = 8;   ///< per BindingInformation
inline constexpr std::size_t max_data_references = 8;     ///< per MetadataBinding
inline constexpr std::size_t max_alternative_labels = 4;  ///< per Metadata
inline constexpr std::size_t max_signatures = 4;          ///< per BindingInformation

/// A part of the input, by byte offsets: [begin, end).
struct input_range {
  std::size_t begin = 0;
  std::size_t end = 0;
};

struct data_reference {
  std::string_view uri{};  ///< as written (read with xml::decode); empty: the holding document
};

/// One MetadataBinding: a label, its alternatives, and the data it labels.
struct metadata_binding {
  xml_label originator{};  ///< the originator's label, with what the label type does not hold
  label alternatives[max_alternative_labels]{};
  std::size_t alternative_count = 0;
  data_reference references[max_data_references]{};
  std::size_t reference_count = 0;
  std::string_view id{};  ///< xml:id as written; empty: none
};

/// A BindingInformation read: its bindings and where its signatures are, or the first error.
struct binding_information {
  metadata_binding bindings[max_metadata_bindings]{};
  std::size_t binding_count = 0;
  input_range signatures[max_signatures]{};
  std::size_t signature_count = 0;
  wire_error error = wire_error::none;
  std::size_t offset = 0;
  [[nodiscard]] constexpr bool ok() const noexcept { return error == wire_error::none; }
  constexpr explicit operator bool() const noexcept { return ok(); }
};

namespace detail::x4778 {

constexpr bool is(const xml::event& e, std::string_view local, std::string_view ns = stanag4778_namespace) noexcept {
  return e.kind == xml::event_kind::start_element && e.local == local && xml::reader::same_ns(e.ns, ns);
}

struct reading {
  xml::reader& r;
  const registry& reg;
  binding_information out{};

  constexpr bool fail(wire_error e, std::size_t at) noexcept {
    r.fail(e, at);
    return false;
  }
  constexpr bool no_attributes() noexcept {
    return r.attribute_count() == 0 || fail(wire_error::unexpected_element, r.attribute_at(0).offset);
  }

  /// A ds:Signature whose start was just read: skipped to its end, its range kept.
  constexpr bool signature(const xml::event& start) noexcept {
    if (out.signature_count >= max_signatures) return fail(wire_error::too_many_nodes, start.offset);
    const std::size_t depth = r.depth();
    for (xml::event e = r.next(); r.ok(); e = r.next()) {
      if (e.kind == xml::event_kind::end_element && r.depth() < depth) {
        out.signatures[out.signature_count++] = {start.offset, r.position()};
        return true;
      }
      if (e.kind == xml::event_kind::end_of_document) break;
    }
    return fail(r.ok() ? wire_error::truncated : r.error(), start.offset);
  }

  constexpr bool read_binding(const xml::event& start) noexcept {
    if (out.binding_count >= max_metadata_bindings) return fail(wire_error::too_many_nodes, start.offset);
    clearance::metadata_binding& b = out.bindings[out.binding_count++];
    for (std::size_t k = 0; k < r.attribute_count(); ++k) {
      const xml::attribute& a = r.attribute_at(k);
      if (a.local != "id" || !xml::reader::same_ns(a.ns, xml::xml_namespace))
        return fail(wire_error::unexpected_element, a.offset);
      b.id = a.raw;
    }
    // Metadata: the originator's label, then alternatives.
    xml::event e = xml::next_significant(r);
    if (!is(e, "Metadata")) return fail(r.ok() ? wire_error::missing_element : r.error(), e.offset);
    if (!no_attributes()) return false;
    bool first = true;
    for (e = xml::next_significant(r); e.kind == xml::event_kind::start_element; e = xml::next_significant(r)) {
      if (!detail::x4774::is_label_root(e)) return fail(wire_error::unexpected_element, e.offset);
      const xml_label l = detail::x4774::read_label(reg, r, e);
      if (!r.ok()) return false;
      if (!l.ok()) return fail(l.error, l.offset);
      if (first != (l.role == label_role::originator)) return fail(wire_error::unexpected_element, e.offset);
      if (first) {
        b.originator = l;
      } else {
        if (b.alternative_count >= max_alternative_labels) return fail(wire_error::too_many_nodes, e.offset);
        b.alternatives[b.alternative_count++] = l.value;
      }
      first = false;
    }
    if (e.kind != xml::event_kind::end_element)
      return fail(r.ok() ? wire_error::unexpected_element : r.error(), e.offset);
    if (first) return fail(wire_error::missing_element, e.offset);
    // DataReference +
    for (e = xml::next_significant(r); is(e, "DataReference"); e = xml::next_significant(r)) {
      if (b.reference_count >= max_data_references) return fail(wire_error::too_many_nodes, e.offset);
      const xml::attribute* uri = r.find_attribute("URI");
      for (std::size_t k = 0; k < r.attribute_count(); ++k)
        if (&r.attribute_at(k) != uri) return fail(wire_error::unexpected_element, r.attribute_at(k).offset);
      if (uri == nullptr) return fail(wire_error::missing_element, e.offset);
      b.references[b.reference_count++] = {uri->raw};
      if (const xml::event end = xml::next_significant(r); end.kind != xml::event_kind::end_element)
        return fail(r.ok() ? wire_error::unexpected_element : r.error(), end.offset);
    }
    if (b.reference_count == 0) return fail(r.ok() ? wire_error::missing_element : r.error(), e.offset);
    if (e.kind != xml::event_kind::end_element)
      return fail(r.ok() ? wire_error::unexpected_element : r.error(), e.offset);
    return true;
  }

  /// The BindingInformation whose start was just read, to its end.
  constexpr bool read_all() noexcept {
    if (!no_attributes()) return false;
    xml::event e = xml::next_significant(r);
    bool containers = false;
    for (; is(e, "MetadataBindingContainer"); e = xml::next_significant(r)) {
      if (!no_attributes()) return false;
      containers = true;
      bool any = false;
      xml::event c = xml::next_significant(r);
      for (; is(c, "MetadataBinding"); c = xml::next_significant(r)) {
        if (!read_binding(c)) return false;
        any = true;
      }
      for (; is(c, "Signature", xmldsig_namespace); c = xml::next_significant(r))
        if (!signature(c)) return false;
      if (!any) return fail(r.ok() ? wire_error::missing_element : r.error(), c.offset);
      if (c.kind != xml::event_kind::end_element)
        return fail(r.ok() ? wire_error::unexpected_element : r.error(), c.offset);
    }
    if (!containers) return fail(r.ok() ? wire_error::missing_element : r.error(), e.offset);
    for (; is(e, "Signature", xmldsig_namespace); e = xml::next_significant(r))
      if (!signature(e)) return false;
    if (e.kind != xml::event_kind::end_element)
      return fail(r.ok() ? wire_error::unexpected_element : r.error(), e.offset);
    return true;
  }
};

constexpr binding_information failed(const xml::reader& r) noexcept {
  binding_information f{};
  f.error = r.error();
  f.offset = r.offset();
  return f;
}

}  // namespace detail::x4778

/// Reads the BindingInformation whose start `r` has just given (the common XML profile: inside
/// the document it labels), up to its end tag.
constexpr binding_information read_4778(const registry& reg, xml::reader& r) noexcept {
  detail::x4778::reading rd{r, reg};
  if (!rd.read_all()) return detail::x4778::failed(r);
  return rd.out;
}

/// Reads a BindingInformation document (the sidecar profile: a file beside the data).
constexpr binding_information read_4778(const registry& reg, std::string_view text) noexcept {
  xml::reader r{text};
  const xml::event start = r.next();
  if (!detail::x4778::is(start, "BindingInformation")) {
    r.fail(wire_error::unexpected_element, start.offset);
    return detail::x4778::failed(r);
  }
  binding_information out = read_4778(reg, r);
  if (!out) return out;
  if (const xml::event end = r.next(); end.kind != xml::event_kind::end_of_document || !r.ok()) {
    if (r.ok()) r.fail(wire_error::trailing_data, end.offset);
    return detail::x4778::failed(r);
  }
  return out;
}

/// What a binding is written with.
struct binding_options {
  slice<const std::string_view> references{};  ///< the data's URIs (plain text); none: "" (this document)
  std::string_view id{};                       ///< the MetadataBinding's xml:id (plain text); empty: none
  slice<const scheme_id> alternatives{};       ///< schemes to add alternative labels in (convert())
  conversion_terms terms{};                    ///< for those conversions
};

/// Writes a BindingInformation binding `l` to the data `options.references` name, with an
/// alternative label in each scheme of `options.alternatives` (refused as a whole, no_equivalent,
/// where convert() refuses one).
constexpr wire_text write_4778(const registry& reg, const label& l, const binding_options& options = {}) noexcept {
  wire_text result;
  const wire_text label_text = write_4774(reg, l);
  if (!label_text) {
    result.error = label_text.error;
    return result;
  }
  auto& out = result.text;
  out << "<BindingInformation xmlns=\"" << stanag4778_namespace << "\"><MetadataBindingContainer><MetadataBinding";
  if (!options.id.empty()) {
    out << " xml:id=\"";
    xml::append_escaped(out, options.id, xml::value_kind::attribute);
    out << "\"";
  }
  out << "><Metadata>" << label_text.view();
  for (const scheme_id target : options.alternatives) {
    const wire_text alt = write_alternative_4774(reg, l, target, options.terms);
    if (!alt) {
      result = {};
      result.error = alt.error;
      return result;
    }
    out << alt.view();
  }
  out << "</Metadata>";
  if (options.references.empty()) out << "<DataReference URI=\"\"/>";
  for (const std::string_view uri : options.references) {
    out << "<DataReference URI=\"";
    xml::append_escaped(out, uri, xml::value_kind::attribute);
    out << "\"/>";
  }
  out << "</MetadataBinding></MetadataBindingContainer></BindingInformation>";
  if (out.truncated()) {
    result = {};
    result.error = wire_error::too_long;
  }
  return result;
}

}  // namespace clearance::inline v0

CLEARANCE_DETAIL_QUIET_SHADOW_END
