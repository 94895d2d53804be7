// SPDX-License-Identifier: MIT
//
// Why a label on the wire was refused: the errors of every reader (XML, STANAG 4774, XEP-0258,
// ESS, SPIF). A value type of the core, so that a decision can hold one (reason::label_unreadable)
// and the text layer can name it.
#pragma once

#include <string_view>

namespace clearance::inline v0 {

/// Why a label on the wire was refused. The reader reports the first; the offset says where.
enum class wire_error : int {
  none = 0,
  // the bytes
  empty,          ///< no input
  too_long,       ///< longer than the reader's bound
  invalid_utf8,   ///< not UTF-8, or a character XML does not allow
  truncated,      ///< the input ends inside a construct
  trailing_data,  ///< bytes after the end of the document or of the DER value
  // XML (xml.hpp)
  not_well_formed,      ///< not XML: a missing quote, a stray '<', text outside the root, ...
  too_deep,             ///< elements nested deeper than the reader's bound
  too_many_nodes,       ///< more elements, attributes or text than the reader's bound
  forbidden_markup,     ///< a DOCTYPE, a processing instruction other than the XML declaration, CDATA
  unknown_entity,       ///< an entity other than the five predefined ones, or a bad character reference
  mismatched_tag,       ///< an end tag that does not close the open element
  duplicate_attribute,  ///< one attribute twice (also after namespace resolution)
  unbound_prefix,       ///< a prefix with no namespace declaration in scope
  // DER (der.hpp)
  bad_tag,         ///< an unexpected or non-minimal tag
  bad_length,      ///< an indefinite, non-minimal or overlong length
  bad_integer,     ///< an empty, non-minimal or out-of-range INTEGER
  bad_oid,         ///< an OBJECT IDENTIFIER that is not minimal or not dotted decimal
  bad_bit_string,  ///< unused bits out of range or not zero, or trailing zero bytes
  bad_string,      ///< a string of the wrong type, length or characters
  set_order,       ///< SET or SET OF members not in DER order, or repeated
  bad_base64,      ///< not canonical base64
  // the document's structure
  unexpected_element,  ///< an element, attribute or field the format does not have there
  missing_element,     ///< a required element, attribute or field is missing
  duplicate_element,   ///< an element or field that may appear once appears twice
  bad_value,           ///< a value of the wrong syntax: a date, a number, a tag type
  // the label's meaning
  unknown_policy,          ///< no scheme of the registry has this policy
  unknown_classification,  ///< the policy has no such classification
  unknown_tag_set,         ///< the policy has no such tag set
  unknown_value,           ///< the tag set has no such value
  wrong_tag_type,          ///< a tag set written with another type than the policy gives it
  conflicting_parts,       ///< parts that contradict each other (a list without its context)
  invalid_label,           ///< the label read breaks a rule of its scheme (validate() says which)
  no_code,                 ///< the label holds a value the format cannot write (no code for it)
  no_equivalent,           ///< no equivalent label in the policy asked for (convert() says why)
  default_label,           ///< an empty XEP-0258 <label/>: the policy's default, which the host supplies
};

constexpr std::string_view to_string(wire_error e) noexcept {
  switch (e) {
    case wire_error::none: return "no error";
    case wire_error::empty: return "empty input";
    case wire_error::too_long: return "input too long";
    case wire_error::invalid_utf8: return "invalid UTF-8 or character";
    case wire_error::truncated: return "input ends too early";
    case wire_error::trailing_data: return "data after the end";
    case wire_error::not_well_formed: return "not well-formed XML";
    case wire_error::too_deep: return "nested too deeply";
    case wire_error::too_many_nodes: return "too many nodes";
    case wire_error::forbidden_markup: return "forbidden markup (DOCTYPE, processing instruction, CDATA)";
    case wire_error::unknown_entity: return "unknown entity or bad character reference";
    case wire_error::mismatched_tag: return "mismatched end tag";
    case wire_error::duplicate_attribute: return "duplicate attribute";
    case wire_error::unbound_prefix: return "undeclared namespace prefix";
    case wire_error::bad_tag: return "unexpected DER tag";
    case wire_error::bad_length: return "bad DER length";
    case wire_error::bad_integer: return "bad DER integer";
    case wire_error::bad_oid: return "bad object identifier";
    case wire_error::bad_bit_string: return "bad DER bit string";
    case wire_error::bad_string: return "bad DER string";
    case wire_error::set_order: return "DER set not in order";
    case wire_error::bad_base64: return "bad base64";
    case wire_error::unexpected_element: return "unexpected element";
    case wire_error::missing_element: return "missing element";
    case wire_error::duplicate_element: return "duplicate element";
    case wire_error::bad_value: return "bad value";
    case wire_error::unknown_policy: return "unknown policy";
    case wire_error::unknown_classification: return "unknown classification";
    case wire_error::unknown_tag_set: return "unknown tag set";
    case wire_error::unknown_value: return "unknown value";
    case wire_error::wrong_tag_type: return "wrong tag type";
    case wire_error::conflicting_parts: return "conflicting parts";
    case wire_error::invalid_label: return "invalid label";
    case wire_error::no_code: return "value without a code in this format";
    case wire_error::no_equivalent: return "no equivalent label in that policy";
    case wire_error::default_label: return "the default label asked for (the host supplies it)";
  }
  return "unknown error";
}

}  // namespace clearance::inline v0
