// SPDX-License-Identifier: MIT
//
// Security policy files, stage 1: an Open XML SPIF (schema 2.0 and 2.1, namespace
// http://www.xmlspif.org/spif) read into a plain description of what it says, on the strict XML
// reader. Run time only: the description owns its strings.
//
//     const clearance::spif::read_result r = clearance::spif::read(text);
//     if (!r) std::cerr << r.message() << '\n';  // "line 12: tagCategory: unknown attribute 'foo'"
//
// The reader follows the 2.1 schema (see docs/spif.md): elements in the schema's order, required
// attributes present, values of their type, names unique, and every reference (an excludedClass,
// a tagSetRef, a policyRef) naming something the file defines. What it reads:
//   - the policy's name and OID, and the equivalent policies (with their required categories);
//   - classifications: name, lacv, hierarchy, colour, obsolete, marking data per language with
//     its codes, marking qualifiers, required categories, equivalent classifications with the
//     direction they apply in (encrypt: by the originator; decrypt: by the recipient; both);
//   - tag sets, their tags of every type, and the tags' categories with marking data, marking
//     qualifiers, excluded classes, required and excluded categories.
//   - marking data and qualifiers wherever the schema has them: of the policy, its name, the
//     classifications as a whole, each classification and category, and each tag.
// What it does not read is refused with the element named, never skipped: privacy marks,
// category equivalences, the marking data of a default policy, user-input categories and
// validity periods. The
// content of `extensions` is kept only by name (the sample NATO policy holds a STANAG 4778
// binding there); nothing in it is a rule of the policy.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../core/quiet_shadow.hpp"
#include "policy.hpp"
#include "xml.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0::spif {

inline constexpr std::string_view spif_namespace = "http://www.xmlspif.org/spif";
inline constexpr std::string_view xsi_namespace = "http://www.w3.org/2001/XMLSchema-instance";

/// Where an element stood in the file it was read from (none for a document built otherwise).
/// Not part of what a document says: two documents that differ only there compare equal.
struct source_position {
  std::size_t offset = 0;  ///< bytes into the text
  std::size_t line = 0;    ///< 1-based; 0: not read from a file
  friend constexpr bool operator==(const source_position&, const source_position&) noexcept { return true; }
};

/// Where a marking phrase goes (the schema's markingCode). 2.0 added first_line_of_text to
/// water_mark; 2.1 added replace_policy.
enum class marking_code : int {
  page_top,
  page_bottom,
  page_top_bottom,
  document_start,
  document_end,
  no_name_display,
  no_marking_display,
  suppress_class_name,
  first_line_of_text,
  last_line_of_text,
  subject,
  x_header,
  portion_marking,
  input_title,
  water_mark,
  replace_policy,
};

inline constexpr std::string_view marking_code_names[] = {
    "pageTop",          "pageBottom",        "pageTopBottom",   "documentStart",  "documentEnd", "noNameDisplay",
    "noMarkingDisplay", "suppressClassName", "firstLineOfText", "lastLineOfText", "subject",     "xHeader",
    "portionMarking",   "inputTitle",        "waterMark",       "replacePolicy",
};

/// A set of marking codes: bit k is marking_code k.
using marking_codes = std::uint32_t;
constexpr marking_codes code_bit(marking_code c) noexcept { return marking_codes{1} << static_cast<int>(c); }

/// A phrase and where it goes; no phrase: the codes apply to the name of what holds it.
struct marking_data {
  std::optional<std::string> phrase{};
  std::string lang{};  ///< xml:lang; empty: none given
  marking_codes codes = 0;
  source_position where{};
  friend bool operator==(const marking_data&, const marking_data&) = default;
};

enum class qualifier_code : int { prefix, suffix, separator };

struct qualifier {
  std::string text{};
  qualifier_code code{};
  std::string lang{};
  friend bool operator==(const qualifier&, const qualifier&) = default;
};

struct marking_qualifier {
  std::optional<marking_code> code{};
  std::vector<qualifier> qualifiers{};
  source_position where{};
  friend bool operator==(const marking_qualifier&, const marking_qualifier&) = default;
};

/// The schema's tagType, with enumType and tag7Encoding where they apply.
enum class tag_kind : int { not_applicable, restrictive, enumerated, permissive, tag_type7 };
enum class enum_type : int { restrictive, permissive };
enum class tag7_encoding : int { bit_set_attributes, security_attributes };

/// A category or a group of them that a rule names: a tag set by name, a tag type, and one
/// value (lacv) or all of them.
struct category_ref {
  std::string tag_set{};
  tag_kind type{};
  std::optional<enum_type> enumerated{};
  std::optional<std::string> lacv{};
  std::optional<bool> all{};
  source_position where{};
  friend bool operator==(const category_ref&, const category_ref&) = default;
};

enum class operation : int { only_one, one_or_more, all };

/// requiredCategory: `op` of the groups must be present.
struct category_rule {
  operation op{};
  std::vector<category_ref> groups{};
  source_position where{};
  friend bool operator==(const category_rule&, const category_rule&) = default;
};

/// Who applies an equivalence: the originator (encrypt, e.g. before sending), the recipient
/// (decrypt, e.g. before opening), or either.
enum class applied : int { encrypt, decrypt, both };

struct equivalent_classification {
  std::string policy{};  ///< an equivalentPolicy's name
  int lacv = 0;
  applied direction{};
  std::vector<category_rule> required{};
  source_position where{};
  friend bool operator==(const equivalent_classification&, const equivalent_classification&) = default;
};

struct classification {
  std::string name{};
  int lacv = 0;
  int hierarchy = 0;
  std::string color{};
  bool obsolete = false;
  std::vector<equivalent_classification> equivalents{};
  std::vector<marking_data> markings{};
  std::vector<marking_qualifier> qualifiers{};
  std::vector<category_rule> required{};
  source_position where{};
  friend bool operator==(const classification&, const classification&) = default;
};

/// excludedClass: a classification by name.
struct class_ref {
  std::string name{};
  source_position where{};
  friend bool operator==(const class_ref&, const class_ref&) = default;
};

struct tag_category {
  std::string name{};
  std::string lacv{};  ///< the schema allows a string; a policy's values need integers
  std::string required_class{};
  bool obsolete = false;
  std::vector<marking_data> markings{};
  std::vector<marking_qualifier> qualifiers{};
  std::vector<class_ref> excluded_classes{};
  std::vector<category_rule> required{};
  std::vector<category_ref> excluded{};
  source_position where{};
  friend bool operator==(const tag_category&, const tag_category&) = default;
};

struct tag {
  std::string name{};
  tag_kind type{};
  std::optional<enum_type> enumerated{};
  std::optional<tag7_encoding> encoding{};
  bool single_selection = false;
  std::vector<tag_category> categories{};
  std::vector<marking_qualifier> qualifiers{};
  source_position where{};
  friend bool operator==(const tag&, const tag&) = default;
};

struct tag_set {
  std::string name{};
  std::string id{};  ///< an OID
  std::vector<tag> tags{};
  source_position where{};
  friend bool operator==(const tag_set&, const tag_set&) = default;
};

struct equivalent_policy {
  std::string name{};
  std::string id{};
  std::vector<category_rule> required{};  ///< categories to add when mapping into that policy
  source_position where{};
  friend bool operator==(const equivalent_policy&, const equivalent_policy&) = default;
};

/// An element of `extensions`, by name: kept so that nothing is dropped without a trace.
struct extension {
  std::string ns{};
  std::string local{};
  source_position where{};
  friend bool operator==(const extension&, const extension&) = default;
};

/// What a SPIF says, as written.
struct document {
  std::string schema_version{};  ///< "2.0" or "2.1"
  long long version = 1;
  std::string creation_date{};
  std::string originator_dn{};
  std::string key_identifier{};
  std::string privilege_id{};
  std::string rbac_id{};
  std::string policy_name{};
  std::string policy_id{};  ///< an OID
  /// defaultSecurityPolicyId: the policy for data received without a label (name, OID); empty: none.
  std::string default_policy_name{};
  std::string default_policy_id{};
  std::vector<marking_data> policy_markings{};  ///< of securityPolicyId: how the policy's name is shown
  std::vector<marking_qualifier> policy_qualifiers{};
  std::vector<classification> classifications{};
  std::vector<marking_data> classification_markings{};  ///< of securityClassifications: for every classification
  std::vector<marking_qualifier> classification_qualifiers{};
  std::vector<tag_set> tag_sets{};
  std::vector<equivalent_policy> equivalent_policies{};
  std::vector<marking_data> markings{};  ///< of the SPIF element: for every label
  std::vector<marking_qualifier> qualifiers{};
  std::vector<extension> extensions{};
  friend bool operator==(const document&, const document&) = default;
};

/// A document, or why none was read: the error kind, where, and the element at fault.
struct read_result {
  document policy{};
  wire_error error = wire_error::none;
  std::size_t offset = 0;  ///< bytes into the text
  std::size_t line = 0;    ///< 1-based
  std::string element{};   ///< the element at fault (its local name); empty: the document itself
  std::string detail{};    ///< what about it, e.g. "unknown attribute 'foo'"
  [[nodiscard]] bool ok() const noexcept { return error == wire_error::none; }
  explicit operator bool() const noexcept { return ok(); }
  /// "line 12: tagCategory: unknown attribute 'foo'"
  [[nodiscard]] std::string message() const {
    if (ok()) return "no error";
    std::string out = "line " + std::to_string(line) + ": ";
    if (!element.empty()) out += element + ": ";
    out += detail.empty() ? std::string(to_string(error)) : detail;
    return out;
  }
};

namespace detail {

constexpr std::string_view trim(std::string_view s) noexcept {
  while (!s.empty() && xml::detail::is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && xml::detail::is_space(s.back())) s.remove_suffix(1);
  return s;
}

inline std::string decoded(std::string_view raw, xml::value_kind kind) {
  std::string out;
  xml::detail::decoder d{raw, kind};
  for (int c = d.next(); c >= 0; c = d.next()) out.push_back(static_cast<char>(c));
  return out;
}

/// An OID as the schema writes it: [0-2](.[0-9]+)+.
constexpr bool is_oid(std::string_view s) noexcept {
  if (s.size() < 3 || s[0] < '0' || s[0] > '2' || s[1] != '.') return false;
  bool digit = false;
  for (std::size_t i = 2; i < s.size(); ++i) {
    if (s[i] == '.') {
      if (!digit) return false;
      digit = false;
    } else if (s[i] >= '0' && s[i] <= '9') {
      digit = true;
    } else {
      return false;
    }
  }
  return digit;
}

/// An xs:integer that fits an int: an optional sign and digits.
constexpr std::optional<int> integer(std::string_view s) noexcept {
  if (s.empty()) return std::nullopt;
  const bool negative = s[0] == '-';
  if (s[0] == '-' || s[0] == '+') s.remove_prefix(1);
  if (s.empty()) return std::nullopt;
  long long v = 0;
  for (const char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
    if (v > 2147483648LL) return std::nullopt;
  }
  if (negative) v = -v;
  if (v > 2147483647LL || v < -2147483648LL) return std::nullopt;
  return static_cast<int>(v);
}

/// Finds `word` in `names`; its index, or nothing.
template <std::size_t N>
constexpr std::optional<int> one_of(std::string_view word, const std::string_view (&names)[N]) noexcept {
  for (std::size_t i = 0; i < N; ++i)
    if (names[i] == word) return static_cast<int>(i);
  return std::nullopt;
}

inline constexpr std::string_view tag_kind_names[] = {"notApplicable", "restrictive", "enumerated", "permissive",
                                                      "tagType7"};
inline constexpr std::string_view enum_type_names[] = {"restrictive", "permissive"};
inline constexpr std::string_view tag7_names[] = {"bitSetAttributes", "securityAttributes"};
inline constexpr std::string_view operation_names[] = {"onlyOne", "oneOrMore", "all"};
inline constexpr std::string_view applied_names[] = {"encrypt", "decrypt", "both"};
inline constexpr std::string_view qualifier_names[] = {"prefix", "suffix", "separator"};
/// The schema's color: a W3C name of its list (spelt "fuschia", as XEP-0258 spells it too) or
/// "#RRGGBB"; XEP-0258's list of display colours adds only "orange".
constexpr bool is_colour(std::string_view c) noexcept { return !c.empty() && c != "orange" && is_display_colour(c); }

/// The attributes of one start tag, each taken at most once by name; leftovers are an error.
class attributes {
 public:
  explicit attributes(const xml::reader& r) : r_(r) {}

  /// The value of attribute `name` (no namespace), decoded; nothing when absent.
  std::optional<std::string> take(std::string_view name) {
    for (std::size_t i = 0; i < r_.attribute_count(); ++i) {
      const xml::attribute& a = r_.attribute_at(i);
      if (a.ns.empty() && a.local == name) {
        used_ |= std::uint64_t{1} << i;
        return decoded(a.raw, xml::value_kind::attribute);
      }
    }
    return std::nullopt;
  }
  [[nodiscard]] bool has(std::string_view name) const noexcept {
    for (std::size_t i = 0; i < r_.attribute_count(); ++i)
      if (r_.attribute_at(i).ns.empty() && r_.attribute_at(i).local == name) return true;
    return false;
  }
  /// The value of attribute `local` in namespace `ns`, decoded; nothing when absent.
  std::optional<std::string> take(std::string_view ns, std::string_view local) {
    for (std::size_t i = 0; i < r_.attribute_count(); ++i) {
      const xml::attribute& a = r_.attribute_at(i);
      if (a.local == local && xml::reader::same_ns(a.ns, ns)) {
        used_ |= std::uint64_t{1} << i;
        return decoded(a.raw, xml::value_kind::attribute);
      }
    }
    return std::nullopt;
  }
  /// xml:lang; empty when absent.
  std::string lang() { return take(xml::xml_namespace, "lang").value_or(std::string{}); }
  /// The first attribute not taken, or null.
  [[nodiscard]] const xml::attribute* left_over() const noexcept {
    for (std::size_t i = 0; i < r_.attribute_count(); ++i)
      if (((used_ >> i) & 1U) == 0) return &r_.attribute_at(i);
    return nullptr;
  }

 private:
  const xml::reader& r_;
  std::uint64_t used_ = 0;
};

/// The reading: one function per element of the schema, each given its start event.
class reading {
 public:
  explicit reading(std::string_view text) : text_(text), r_(text, xml::max_policy_length) {}

  read_result run() {
    read_result out;
    const xml::event root = xml::next_significant(r_);
    if (root.kind == xml::event_kind::start_element) {
      if (!is_spif(root, "SPIF"))
        fail(wire_error::unexpected_element, root.offset, root.local, "not a SPIF (root element)");
      else
        spif(root, out.policy);
    }
    if (!failed_ && r_.ok()) {
      const xml::event after = xml::next_significant(r_);
      if (after.kind != xml::event_kind::end_of_document) fail(wire_error::trailing_data, after.offset, {}, {});
    }
    if (!failed_ && !r_.ok()) fail(r_.error(), r_.offset(), {}, {});
    if (failed_) {
      out.policy = {};
      out.error = error_;
      out.offset = offset_;
      out.line = line_at(offset_);
      out.element = element_;
      out.detail = detail_;
    }
    return out;
  }

 private:
  // ------------------------------------------------------------ failing and positions

  bool fail(wire_error e, std::size_t at, std::string_view element, std::string detail) {
    if (!failed_) {
      failed_ = true;
      error_ = e;
      offset_ = at;
      element_ = std::string(element);
      detail_ = std::move(detail);
      r_.fail(e, at);
    }
    return false;
  }
  /// The line of `offset`, counted on from the last one asked for: the elements come in document
  /// order, so the text is read once, not once per element.
  [[nodiscard]] std::size_t line_at(std::size_t offset) noexcept {
    if (offset < counted_to_) {
      counted_to_ = 0;
      counted_line_ = 1;
    }
    for (; counted_to_ < offset && counted_to_ < text_.size(); ++counted_to_)
      if (text_[counted_to_] == '\n') ++counted_line_;
    return counted_line_;
  }
  [[nodiscard]] source_position where_of(const xml::event& e) noexcept { return {e.offset, line_at(e.offset)}; }

  static bool is_spif(const xml::event& e, std::string_view local) {
    return e.local == local && xml::reader::same_ns(e.ns, spif_namespace);
  }

  // ------------------------------------------------------------ attributes

  /// Fails on the first attribute the element's reader did not take.
  bool no_more(const attributes& a, const xml::event& e) {
    if (const xml::attribute* left = a.left_over()) {
      const std::string name =
          left->ns.empty() ? std::string(left->local)
                           : "{" + decoded(left->ns, xml::value_kind::attribute) + "}" + std::string(left->local);
      return fail(wire_error::unexpected_element, left->offset, e.local, "unknown attribute '" + name + "'");
    }
    return true;
  }
  std::optional<std::string> required(attributes& a, const xml::event& e, std::string_view name) {
    std::optional<std::string> v = a.take(name);
    if (!v) fail(wire_error::missing_element, e.offset, e.local, "attribute '" + std::string(name) + "' missing");
    return v;
  }
  bool bad(const xml::event& e, std::string_view name, std::string_view value, std::string_view expected) {
    return fail(wire_error::bad_value, e.offset, e.local,
                "attribute '" + std::string(name) + "' is '" + std::string(value) + "', not " + std::string(expected));
  }
  /// An optional xs:boolean attribute; `fallback` when absent.
  bool boolean(attributes& a, const xml::event& e, std::string_view name, bool& out, bool fallback = false) {
    out = fallback;
    const std::optional<std::string> v = a.take(name);
    if (!v) return true;
    const std::string_view t = trim(*v);
    if (t == "true" || t == "1")
      out = true;
    else if (t == "false" || t == "0")
      out = false;
    else
      return bad(e, name, *v, "a boolean");
    return true;
  }
  bool int_attribute(attributes& a, const xml::event& e, std::string_view name, int& out) {
    const std::optional<std::string> v = required(a, e, name);
    if (!v) return false;
    const std::optional<int> n = integer(trim(*v));
    if (!n) return bad(e, name, *v, "an integer");
    out = *n;
    return true;
  }
  template <class Enum, std::size_t N>
  bool enum_attribute(attributes& a, const xml::event& e, std::string_view name, const std::string_view (&names)[N],
                      std::optional<Enum>& out, bool needed) {
    const std::optional<std::string> v = needed ? required(a, e, name) : a.take(name);
    if (!v) return !needed;
    const std::optional<int> k = one_of(trim(*v), names);
    if (!k) {
      std::string expected = "one of";
      for (const std::string_view n : names) expected += " " + std::string(n);
      return bad(e, name, *v, expected);
    }
    out = static_cast<Enum>(*k);
    return true;
  }
  template <class Enum, std::size_t N>
  bool enum_attribute(attributes& a, const xml::event& e, std::string_view name, const std::string_view (&names)[N],
                      Enum& out) {
    std::optional<Enum> v;
    if (!enum_attribute(a, e, name, names, v, true)) return false;
    if (v) out = *v;  // always: a needed attribute is read or refused
    return v.has_value();
  }
  bool oid_attribute(attributes& a, const xml::event& e, std::string_view name, std::string& out) {
    const std::optional<std::string> v = required(a, e, name);
    if (!v) return false;
    if (!is_oid(trim(*v))) return bad(e, name, *v, "an OID");
    out = std::string(trim(*v));
    return true;
  }
  /// A name the schema limits to 256 characters (className, policyName, markingPhrase, tagSetName).
  bool name_attribute(attributes& a, const xml::event& e, std::string_view name, std::string& out, bool needed = true) {
    const std::optional<std::string> v = needed ? required(a, e, name) : a.take(name);
    if (!v) return !needed;
    if (v->size() > 256) return bad(e, name, v->substr(0, 16) + "...", "at most 256 characters");
    out = *v;
    return true;
  }

  // ------------------------------------------------------------ children

  /// The children of an element, in the schema's order: `read(child, k)` is called for each with
  /// the position k of its name in `names`; a child out of order, a second one where one is
  /// allowed, text, or an unknown element is an error. Returns at the element's end tag.
  template <std::size_t N, class Read>
  bool children(const xml::event& parent, const std::string_view (&names)[N], const bool (&repeatable)[N],
                Read&& read) {
    std::size_t last = N;  // none yet
    for (xml::event e = xml::next_significant(r_);; e = xml::next_significant(r_)) {
      if (failed_ || !r_.ok()) return false;
      switch (e.kind) {
        case xml::event_kind::end_element: return true;
        case xml::event_kind::end_of_document: return fail(wire_error::truncated, text_.size(), parent.local, {});
        case xml::event_kind::text:
          return fail(wire_error::unexpected_element, e.offset, parent.local, "text where only elements may stand");
        case xml::event_kind::start_element: break;
      }
      if (!xml::reader::same_ns(e.ns, spif_namespace))
        return fail(wire_error::unexpected_element, e.offset, e.local,
                    "not in the SPIF namespace, inside " + std::string(parent.local));
      const std::optional<int> k = one_of(e.local, names);
      if (!k)
        return fail(wire_error::unexpected_element, e.offset, e.local, "not allowed in " + std::string(parent.local));
      const auto at = static_cast<std::size_t>(*k);
      if (last != N && at < last)
        return fail(wire_error::unexpected_element, e.offset, e.local,
                    "out of order: " + std::string(names[at]) + " comes before " + std::string(names[last]));
      if (at == last && !repeatable[at])
        return fail(wire_error::duplicate_element, e.offset, e.local, "may appear once");
      last = at;
      if (!read(e, at)) return false;
    }
  }

  /// Elements that hold nothing: their end tag must follow.
  bool empty_element(const xml::event& e) {
    const xml::event next = xml::next_significant(r_);
    if (failed_ || !r_.ok()) return false;
    if (next.kind != xml::event_kind::end_element)
      return fail(wire_error::unexpected_element, next.offset, e.local, "must be empty");
    return true;
  }

  /// The text of a simple element (comments may split it); its end tag follows.
  bool simple_text(const xml::event& e, std::string& out) {
    out.clear();
    for (xml::event t = r_.next();; t = r_.next()) {
      if (failed_ || !r_.ok()) return false;
      if (t.kind == xml::event_kind::text)
        out += decoded(t.raw, xml::value_kind::text);
      else if (t.kind == xml::event_kind::end_element)
        return true;
      else
        return fail(wire_error::unexpected_element, t.offset, e.local, "must hold text only");
    }
  }

  /// Skips an element and everything in it (an extension).
  bool skip(const xml::event& e) {
    const std::size_t depth = r_.depth();
    for (xml::event t = r_.next(); r_.ok(); t = r_.next())
      if (t.kind == xml::event_kind::end_element && r_.depth() < depth) return true;
    return fail(r_.error(), r_.offset(), e.local, {});
  }

  // ------------------------------------------------------------ the elements

  bool spif(const xml::event& e, document& d) {
    attributes a{r_};
    const std::optional<std::string> version = required(a, e, "schemaVersion");
    if (!version) return false;
    d.schema_version = std::string(trim(*version));
    if (d.schema_version != "2.0" && d.schema_version != "2.1")
      return bad(e, "schemaVersion", *version, "2.0 or 2.1 (1.0 is not read)");
    if (const std::optional<std::string> v = a.take("version")) {
      const std::optional<int> n = integer(trim(*v));
      if (!n) return bad(e, "version", *v, "an integer");
      d.version = *n;
    }
    const std::optional<std::string> created = required(a, e, "creationDate");
    const std::optional<std::string> originator = created ? required(a, e, "originatorDN") : std::nullopt;
    const std::optional<std::string> key = originator ? required(a, e, "keyIdentifier") : std::nullopt;
    if (!key || !oid_attribute(a, e, "privilegeId", d.privilege_id) || !oid_attribute(a, e, "rbacId", d.rbac_id))
      return false;
    // Where a validator may find the schemas: a hint with no meaning for the policy.
    a.take(xsi_namespace, "schemaLocation");
    d.creation_date = *created;
    d.originator_dn = *originator;
    d.key_identifier = *key;
    if (!no_more(a, e)) return false;
    version_21_ = d.schema_version == "2.1";

    static constexpr std::string_view names[] = {
        "defaultSecurityPolicyId", "securityPolicyId", "updateInfo",         "securityClassifications",
        "securityCategoryTagSets", "privacyMarks",     "equivalentPolicies", "markingData",
        "markingQualifier",        "extensions"};
    static constexpr bool many[] = {false, false, false, false, false, false, false, true, true, false};
    bool have_policy = false, have_classifications = false;
    const bool read = children(e, names, many, [&](const xml::event& c, std::size_t k) {
      switch (k) {
        case 0: return policy_id(c, d.default_policy_name, d.default_policy_id, nullptr, nullptr);
        case 1:
          have_policy = true;
          return policy_id(c, d.policy_name, d.policy_id, &d.policy_markings, &d.policy_qualifiers);
        case 2: return empty_attributes(c) && empty_element(c);  // updateInfo: "not currently used"
        case 3: have_classifications = true; return classifications(c, d);
        case 4: return tag_sets(c, d);
        case 6: return equivalent_policies(c, d);
        case 7: d.markings.emplace_back(); return marking(c, d.markings.back());
        case 8: d.qualifiers.emplace_back(); return qualifiers(c, d.qualifiers.back());
        case 9: return extensions(c, d);
        default: return unsupported(c);
      }
    });
    if (!read) return false;
    if (!have_policy) return fail(wire_error::missing_element, e.offset, e.local, "securityPolicyId missing");
    if (!have_classifications)
      return fail(wire_error::missing_element, e.offset, e.local, "securityClassifications missing");
    return references(d);
  }

  bool unsupported(const xml::event& e) {
    return fail(wire_error::unexpected_element, e.offset, e.local, "not read by this library (docs/spif.md)");
  }
  bool empty_attributes(const xml::event& e) {
    attributes a{r_};
    return no_more(a, e);
  }

  /// securityPolicyId, defaultSecurityPolicyId (whose marking data is not read: null lists).
  bool policy_id(const xml::event& e, std::string& name, std::string& id, std::vector<marking_data>* markings,
                 std::vector<marking_qualifier>* quals) {
    attributes a{r_};
    if (!name_attribute(a, e, "name", name) || !oid_attribute(a, e, "id", id) || !no_more(a, e)) return false;
    return markings_only(e, markings, quals);
  }

  /// The children of an element that holds only marking data and qualifiers.
  bool markings_only(const xml::event& e, std::vector<marking_data>* markings, std::vector<marking_qualifier>* quals) {
    static constexpr std::string_view names[] = {"markingData", "markingQualifier"};
    static constexpr bool many[] = {true, true};
    return children(e, names, many, [&](const xml::event& c, std::size_t k) {
      if (markings == nullptr) return unsupported(c);
      if (k == 0) {
        markings->emplace_back();
        return marking(c, markings->back());
      }
      quals->emplace_back();
      return qualifiers(c, quals->back());
    });
  }

  bool classifications(const xml::event& e, document& d) {
    attributes a{r_};
    std::string name;
    if (!name_attribute(a, e, "name", name, false)) return false;
    if (!name.empty()) return bad(e, "name", name, "absent (a name for the list is not read)");
    if (!no_more(a, e)) return false;
    static constexpr std::string_view names[] = {"securityClassification", "markingData", "markingQualifier"};
    static constexpr bool many[] = {true, true, true};
    const bool read = children(e, names, many, [&](const xml::event& c, std::size_t k) {
      switch (k) {
        case 0: d.classifications.emplace_back(); return classification_of(c, d.classifications.back());
        case 1: d.classification_markings.emplace_back(); return marking(c, d.classification_markings.back());
        default: d.classification_qualifiers.emplace_back(); return qualifiers(c, d.classification_qualifiers.back());
      }
    });
    if (!read) return false;
    if (d.classifications.empty())
      return fail(wire_error::missing_element, e.offset, e.local, "no securityClassification");
    return true;
  }

  bool classification_of(const xml::event& e, classification& c) {
    c.where = where_of(e);
    attributes a{r_};
    if (!name_attribute(a, e, "name", c.name) || !int_attribute(a, e, "lacv", c.lacv) ||
        !int_attribute(a, e, "hierarchy", c.hierarchy) || !boolean(a, e, "obsolete", c.obsolete))
      return false;
    if (std::optional<std::string> colour = a.take("color")) {
      if (!is_colour(trim(*colour))) return bad(e, "color", *colour, "a colour of the schema's list or #RRGGBB");
      c.color = std::string(trim(*colour));
    }
    if (!no_more(a, e)) return false;
    static constexpr std::string_view names[] = {"equivalentClassification", "markingData", "markingQualifier",
                                                 "requiredCategory"};
    static constexpr bool many[] = {true, true, true, true};
    return children(e, names, many, [&](const xml::event& x, std::size_t k) {
      switch (k) {
        case 0: c.equivalents.emplace_back(); return equivalent(x, c.equivalents.back());
        case 1: c.markings.emplace_back(); return marking(x, c.markings.back());
        case 2: c.qualifiers.emplace_back(); return qualifiers(x, c.qualifiers.back());
        default: c.required.emplace_back(); return rule(x, c.required.back());
      }
    });
  }

  bool equivalent(const xml::event& e, equivalent_classification& q) {
    q.where = where_of(e);
    attributes a{r_};
    if (!name_attribute(a, e, "policyRef", q.policy) || !int_attribute(a, e, "lacv", q.lacv) ||
        !enum_attribute(a, e, "applied", applied_names, q.direction) || !no_more(a, e))
      return false;
    static constexpr std::string_view names[] = {"requiredCategory"};
    static constexpr bool many[] = {true};
    return children(e, names, many, [&](const xml::event& x, std::size_t) {
      q.required.emplace_back();
      return rule(x, q.required.back());
    });
  }

  bool marking(const xml::event& e, marking_data& m) {
    m.where = where_of(e);
    attributes a{r_};
    m.lang = a.lang();
    if (std::optional<std::string> phrase = a.take("phrase")) {
      if (phrase->size() > 256) return bad(e, "phrase", phrase->substr(0, 16) + "...", "at most 256 characters");
      m.phrase = std::move(*phrase);
    }
    if (!no_more(a, e)) return false;
    static constexpr std::string_view names[] = {"code"};
    static constexpr bool many[] = {true};
    bool any = false;
    const bool read = children(e, names, many, [&](const xml::event& x, std::size_t) {
      if (!empty_attributes(x)) return false;
      std::string word;
      if (!simple_text(x, word)) return false;
      const std::optional<marking_code> code = marking_code_of(x, trim(word));
      if (!code) return false;
      m.codes |= code_bit(*code);
      any = true;
      return true;
    });
    if (!read) return false;
    if (!any) return fail(wire_error::missing_element, e.offset, e.local, "no code");
    return true;
  }

  std::optional<marking_code> marking_code_of(const xml::event& e, std::string_view word) {
    const std::optional<int> k = one_of(word, marking_code_names);
    if (!k || (static_cast<marking_code>(*k) == marking_code::replace_policy && !version_21_)) {
      fail(wire_error::bad_value, e.offset, e.local,
           "'" + std::string(word) + "' is no marking code" + (k ? " of schema 2.0 (replacePolicy is 2.1)" : ""));
      return std::nullopt;
    }
    return static_cast<marking_code>(*k);
  }

  bool qualifiers(const xml::event& e, marking_qualifier& m) {
    m.where = where_of(e);
    attributes a{r_};
    if (std::optional<std::string> code = a.take("markingCode")) {
      const std::optional<marking_code> c = marking_code_of(e, trim(*code));
      if (!c) return false;
      m.code = c;
    }
    if (!no_more(a, e)) return false;
    static constexpr std::string_view names[] = {"qualifier"};
    static constexpr bool many[] = {true};
    const bool read = children(e, names, many, [&](const xml::event& x, std::size_t) {
      qualifier q;
      attributes b{r_};
      q.lang = b.lang();
      if (!name_attribute(b, x, "markingQualifier", q.text) ||
          !enum_attribute(b, x, "qualifierCode", qualifier_names, q.code) || !no_more(b, x) || !empty_element(x))
        return false;
      m.qualifiers.push_back(std::move(q));
      return true;
    });
    if (!read) return false;
    if (m.qualifiers.empty()) return fail(wire_error::missing_element, e.offset, e.local, "no qualifier");
    return true;
  }

  /// categoryGroup and excludedCategory: the schema's optionalCategoryData.
  bool reference(const xml::event& e, category_ref& c) {
    c.where = where_of(e);
    attributes a{r_};
    if (!name_attribute(a, e, "tagSetRef", c.tag_set) || !enum_attribute(a, e, "tagType", tag_kind_names, c.type) ||
        !enum_attribute(a, e, "enumType", enum_type_names, c.enumerated, false))
      return false;
    if (std::optional<std::string> lacv = a.take("lacv")) c.lacv = std::move(*lacv);
    if (a.has("all")) {
      bool all = false;
      if (!boolean(a, e, "all", all)) return false;
      c.all = all;
    }
    return no_more(a, e) && empty_element(e);
  }

  bool rule(const xml::event& e, category_rule& q) {
    q.where = where_of(e);
    attributes a{r_};
    // Optional in one revision of the 2.1 schema, required in the one xmlspif.org served: a rule
    // without it is refused rather than guessed.
    if (!enum_attribute(a, e, "operation", operation_names, q.op) || !no_more(a, e)) return false;
    static constexpr std::string_view names[] = {"categoryGroup"};
    static constexpr bool many[] = {true};
    const bool read = children(e, names, many, [&](const xml::event& x, std::size_t) {
      q.groups.emplace_back();
      return reference(x, q.groups.back());
    });
    if (!read) return false;
    if (q.groups.empty()) return fail(wire_error::missing_element, e.offset, e.local, "no categoryGroup");
    return true;
  }

  bool tag_sets(const xml::event& e, document& d) {
    if (!empty_attributes(e)) return false;
    static constexpr std::string_view names[] = {"securityCategoryTagSet"};
    static constexpr bool many[] = {true};
    const bool read = children(e, names, many, [&](const xml::event& x, std::size_t) {
      d.tag_sets.emplace_back();
      return tag_set_of(x, d.tag_sets.back());
    });
    if (!read) return false;
    if (d.tag_sets.empty()) return fail(wire_error::missing_element, e.offset, e.local, "no securityCategoryTagSet");
    return true;
  }

  bool tag_set_of(const xml::event& e, tag_set& s) {
    s.where = where_of(e);
    attributes a{r_};
    if (!name_attribute(a, e, "name", s.name) || !oid_attribute(a, e, "id", s.id) || !no_more(a, e)) return false;
    static constexpr std::string_view names[] = {"securityCategoryTag", "equivalentSecurityCategoryTagSet"};
    static constexpr bool many[] = {true, true};
    const bool read = children(e, names, many, [&](const xml::event& x, std::size_t k) {
      if (k != 0) return unsupported(x);
      s.tags.emplace_back();
      return tag_of(x, s.tags.back());
    });
    if (!read) return false;
    if (s.tags.empty()) return fail(wire_error::missing_element, e.offset, e.local, "no securityCategoryTag");
    return true;
  }

  bool tag_of(const xml::event& e, tag& t) {
    t.where = where_of(e);
    attributes a{r_};
    if (!name_attribute(a, e, "name", t.name, false) || !enum_attribute(a, e, "tagType", tag_kind_names, t.type) ||
        !enum_attribute(a, e, "enumType", enum_type_names, t.enumerated, false) ||
        !enum_attribute(a, e, "tag7Encoding", tag7_names, t.encoding, false) ||
        !boolean(a, e, "singleSelection", t.single_selection) || !no_more(a, e))
      return false;
    // The schema does not tie enumType and tag7Encoding to a tagType; their meaning needs them.
    if ((t.type == tag_kind::enumerated) != t.enumerated.has_value())
      return fail(wire_error::bad_value, e.offset, e.local, "enumType goes with tagType enumerated, and only there");
    if ((t.type == tag_kind::tag_type7) != t.encoding.has_value())
      return fail(wire_error::bad_value, e.offset, e.local, "tag7Encoding goes with tagType tagType7, and only there");
    static constexpr std::string_view names[] = {"tagCategory", "markingQualifier"};
    static constexpr bool many[] = {true, true};
    return children(e, names, many, [&](const xml::event& x, std::size_t k) {
      if (k == 1) {
        t.qualifiers.emplace_back();
        return qualifiers(x, t.qualifiers.back());
      }
      t.categories.emplace_back();
      return category_of(x, t.categories.back());
    });
  }

  bool category_of(const xml::event& e, tag_category& c) {
    c.where = where_of(e);
    attributes a{r_};
    if (!name_attribute(a, e, "name", c.name) || !required_lacv(a, e, c.lacv) ||
        !name_attribute(a, e, "requiredClass", c.required_class, false) || !boolean(a, e, "obsolete", c.obsolete))
      return false;
    for (const std::string_view not_read : {"userInput", "dateFormat", "notBefore", "notAfter"})
      if (a.take(not_read))
        return fail(wire_error::unexpected_element, e.offset, e.local,
                    "attribute '" + std::string(not_read) + "' is not read by this library (docs/spif.md)");
    if (!no_more(a, e)) return false;
    static constexpr std::string_view names[] = {"equivalentSecCategoryTag", "markingData",
                                                 "markingQualifier",         "excludedClass",
                                                 "requiredCategory",         "excludedCategory"};
    static constexpr bool many[] = {true, true, true, true, true, true};
    return children(e, names, many, [&](const xml::event& x, std::size_t k) {
      switch (k) {
        case 0: return unsupported(x);
        case 1: c.markings.emplace_back(); return marking(x, c.markings.back());
        case 2: c.qualifiers.emplace_back(); return qualifiers(x, c.qualifiers.back());
        case 3: {
          if (!empty_attributes(x)) return false;
          std::string name;
          if (!simple_text(x, name)) return false;
          c.excluded_classes.push_back({std::string(trim(name)), where_of(x)});
          return true;
        }
        case 4: c.required.emplace_back(); return rule(x, c.required.back());
        default: c.excluded.emplace_back(); return reference(x, c.excluded.back());
      }
    });
  }

  bool required_lacv(attributes& a, const xml::event& e, std::string& out) {
    const std::optional<std::string> v = required(a, e, "lacv");
    if (!v) return false;
    out = *v;
    return true;
  }

  bool equivalent_policies(const xml::event& e, document& d) {
    if (!empty_attributes(e)) return false;
    static constexpr std::string_view names[] = {"equivalentPolicy"};
    static constexpr bool many[] = {true};
    const bool read = children(e, names, many, [&](const xml::event& x, std::size_t) {
      equivalent_policy p;
      p.where = where_of(x);
      attributes a{r_};
      if (!name_attribute(a, x, "name", p.name) || !oid_attribute(a, x, "id", p.id)) return false;
      for (const std::string_view not_read : {"userRefURI", "docRefURI"}) a.take(not_read);  // references for people
      if (!no_more(a, x)) return false;
      static constexpr std::string_view inner[] = {"requiredCategory"};
      static constexpr bool inner_many[] = {true};
      const bool ok = children(x, inner, inner_many, [&](const xml::event& y, std::size_t) {
        p.required.emplace_back();
        return rule(y, p.required.back());
      });
      d.equivalent_policies.push_back(std::move(p));
      return ok;
    });
    if (!read) return false;
    if (d.equivalent_policies.empty())
      return fail(wire_error::missing_element, e.offset, e.local, "no equivalentPolicy");
    return true;
  }

  bool extensions(const xml::event& e, document& d) {
    if (!empty_attributes(e)) return false;
    for (xml::event x = xml::next_significant(r_);; x = xml::next_significant(r_)) {
      if (failed_ || !r_.ok()) return false;
      if (x.kind == xml::event_kind::end_element) return true;
      if (x.kind != xml::event_kind::start_element)
        return fail(wire_error::unexpected_element, x.offset, e.local, "text where only elements may stand");
      d.extensions.push_back({decoded(x.ns, xml::value_kind::attribute), std::string(x.local), where_of(x)});
      if (!skip(x)) return false;
    }
  }

  // ------------------------------------------------------------ the schema's keys and references

  bool at(const source_position& where, wire_error kind, std::string_view element, std::string detail) {
    return fail(kind, where.offset, element, std::move(detail));
  }

  bool references(const document& d) {
    const auto& cs = d.classifications;
    for (std::size_t i = 0; i < cs.size(); ++i)
      for (std::size_t j = 0; j < i; ++j) {
        if (cs[i].name == cs[j].name)
          return at(cs[i].where, wire_error::duplicate_element, "securityClassification",
                    "name '" + cs[i].name + "' used twice");
        if (cs[i].lacv == cs[j].lacv)
          return at(cs[i].where, wire_error::duplicate_element, "securityClassification",
                    "lacv " + std::to_string(cs[i].lacv) + " used twice");
        if (!cs[i].color.empty() && cs[i].color == cs[j].color)
          return at(cs[i].where, wire_error::duplicate_element, "securityClassification",
                    "color '" + cs[i].color + "' used twice");
      }
    const auto& ts = d.tag_sets;
    for (std::size_t i = 0; i < ts.size(); ++i)
      for (std::size_t j = 0; j < i; ++j) {
        if (ts[i].name == ts[j].name)
          return at(ts[i].where, wire_error::duplicate_element, "securityCategoryTagSet",
                    "name '" + ts[i].name + "' used twice");
        if (ts[i].id == ts[j].id)  // a key of 2.1, and what a label names a tag set by in ESS
          return at(ts[i].where, wire_error::duplicate_element, "securityCategoryTagSet",
                    "id " + ts[i].id + " used twice");
      }
    // The schema's keys over the equivalent policies and the default policy: names and OIDs unique.
    const auto& ps = d.equivalent_policies;
    for (std::size_t i = 0; i < ps.size(); ++i)
      for (std::size_t j = 0; j <= i; ++j) {
        const bool same_name = j < i ? ps[i].name == ps[j].name : ps[i].name == d.default_policy_name;
        const bool same_id = j < i ? ps[i].id == ps[j].id : ps[i].id == d.default_policy_id;
        if (same_name || same_id)
          return at(ps[i].where, wire_error::duplicate_element, "equivalentPolicy",
                    "policy '" + ps[i].name + "' (" + ps[i].id + ") given twice");
      }

    const auto class_named = [&](std::string_view n) {
      for (const classification& c : cs)
        if (c.name == n) return true;
      return false;
    };
    const auto tag_set_named = [&](std::string_view n) {
      for (const tag_set& s : ts)
        if (s.name == n) return true;
      return false;
    };
    const auto policy_named = [&](std::string_view n) {
      if (!d.default_policy_name.empty() && n == d.default_policy_name) return true;
      for (const equivalent_policy& p : ps)
        if (p.name == n) return true;
      return false;
    };
    const auto rules_ok = [&](const std::vector<category_rule>& rules) {
      for (const category_rule& r : rules)
        for (const category_ref& g : r.groups)
          if (!tag_set_named(g.tag_set))
            return at(g.where, wire_error::unknown_tag_set, "categoryGroup",
                      "tagSetRef '" + g.tag_set + "' names no tag set of the policy");
      return true;
    };
    for (const classification& c : cs) {
      if (!rules_ok(c.required)) return false;
      for (const equivalent_classification& q : c.equivalents) {
        if (!policy_named(q.policy))
          return at(q.where, wire_error::unknown_policy, "equivalentClassification",
                    "policyRef '" + q.policy + "' names no equivalentPolicy");
        if (!rules_ok(q.required)) return false;
      }
    }
    for (const equivalent_policy& p : ps)
      if (!rules_ok(p.required)) return false;
    for (const tag_set& s : ts)
      for (const tag& t : s.tags)
        for (const tag_category& c : t.categories) {
          if (!c.required_class.empty() && !class_named(c.required_class))
            return at(c.where, wire_error::unknown_classification, "tagCategory",
                      "requiredClass '" + c.required_class + "' names no classification");
          for (const class_ref& n : c.excluded_classes)
            if (!class_named(n.name))
              return at(n.where, wire_error::unknown_classification, "excludedClass",
                        "'" + n.name + "' names no classification of the policy");
          if (!rules_ok(c.required)) return false;
          for (const category_ref& g : c.excluded)
            if (!tag_set_named(g.tag_set))
              return at(g.where, wire_error::unknown_tag_set, "excludedCategory",
                        "tagSetRef '" + g.tag_set + "' names no tag set of the policy");
        }
    return true;
  }

  std::string_view text_;
  xml::reader r_;
  std::size_t counted_to_ = 0;    // line_at: the offset counted up to,
  std::size_t counted_line_ = 1;  // and its line
  bool version_21_ = false;
  bool failed_ = false;
  wire_error error_ = wire_error::none;
  std::size_t offset_ = 0;
  std::string element_{};
  std::string detail_{};
};

}  // namespace detail

/// Reads an Open XML SPIF (schema 2.0 or 2.1, at most xml::max_policy_length bytes).
inline read_result read(std::string_view text) { return detail::reading{text}.run(); }

namespace detail {

/// The text a SPIF is written into.
struct spif_text {
  std::string text{};
  spif_text& operator<<(std::string_view s) {
    text += s;
    return *this;
  }
};

/// Writes a document in the schema's order: its default namespace, two spaces per level.
class writing {
 public:
  std::string run(const document& d) {
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    open("SPIF");
    attr("xmlns", spif_namespace);
    attr("schemaVersion", d.schema_version);
    attr("version", std::to_string(d.version));
    attr("creationDate", d.creation_date);
    attr("originatorDN", d.originator_dn);
    attr("keyIdentifier", d.key_identifier);
    attr("privilegeId", d.privilege_id);
    attr("rbacId", d.rbac_id);
    if (!d.default_policy_id.empty()) {
      open("defaultSecurityPolicyId");
      attr("name", d.default_policy_name);
      attr("id", d.default_policy_id);
      close();
    }
    open("securityPolicyId");
    attr("name", d.policy_name);
    attr("id", d.policy_id);
    markings(d.policy_markings, d.policy_qualifiers);
    close();
    open("securityClassifications");
    for (const classification& c : d.classifications) classification_of(c);
    markings(d.classification_markings, d.classification_qualifiers);
    close();
    if (!d.tag_sets.empty()) {
      open("securityCategoryTagSets");
      for (const tag_set& t : d.tag_sets) tag_set_of(t);
      close();
    }
    if (!d.equivalent_policies.empty()) {
      open("equivalentPolicies");
      for (const equivalent_policy& p : d.equivalent_policies) {
        open("equivalentPolicy");
        attr("name", p.name);
        attr("id", p.id);
        rules(p.required);
        close();
      }
      close();
    }
    markings(d.markings, d.qualifiers);
    close();
    return std::move(out_.text);
  }

 private:
  /// `<name` on a line of its own; its attributes follow until body() or close().
  void open(std::string_view name) {
    if (in_tag_) out_ << ">\n";
    out_ << std::string(2 * stack_.size(), ' ') << "<" << name;
    stack_.push_back(name);
    in_tag_ = true;
  }
  void attr(std::string_view name, std::string_view value) {
    out_ << " " << name << "=\"";
    xml::append_escaped(out_, value, xml::value_kind::attribute);
    out_ << "\"";
  }
  void close() {
    const std::string_view name = stack_.back();
    stack_.pop_back();
    if (in_tag_)
      out_ << "/>\n";
    else
      out_ << std::string(2 * stack_.size(), ' ') << "</" << name << ">\n";
    in_tag_ = false;
  }
  /// `<name>text</name>` on one line.
  void simple(std::string_view name, std::string_view text) {
    if (in_tag_) out_ << ">\n";
    in_tag_ = false;
    out_ << std::string(2 * stack_.size(), ' ') << "<" << name << ">";
    xml::append_escaped(out_, text);
    out_ << "</" << name << ">\n";
  }

  void markings(const std::vector<marking_data>& data, const std::vector<marking_qualifier>& quals) {
    for (const marking_data& m : data) {
      open("markingData");
      if (!m.lang.empty()) attr("xml:lang", m.lang);
      if (m.phrase) attr("phrase", *m.phrase);
      for (std::size_t k = 0; k < std::size(marking_code_names); ++k)
        if ((m.codes >> k) & 1U) simple("code", marking_code_names[k]);
      close();
    }
    for (const marking_qualifier& q : quals) {
      open("markingQualifier");
      if (q.code) attr("markingCode", marking_code_names[static_cast<std::size_t>(*q.code)]);
      for (const qualifier& one : q.qualifiers) {
        open("qualifier");
        if (!one.lang.empty()) attr("xml:lang", one.lang);
        attr("markingQualifier", one.text);
        attr("qualifierCode", qualifier_names[static_cast<std::size_t>(one.code)]);
        close();
      }
      close();
    }
  }

  void reference(std::string_view element, const category_ref& r) {
    open(element);
    attr("tagSetRef", r.tag_set);
    attr("tagType", tag_kind_names[static_cast<std::size_t>(r.type)]);
    if (r.enumerated) attr("enumType", enum_type_names[static_cast<std::size_t>(*r.enumerated)]);
    if (r.lacv) attr("lacv", *r.lacv);
    if (r.all) attr("all", *r.all ? "true" : "false");
    close();
  }

  void rules(const std::vector<category_rule>& list) {
    for (const category_rule& r : list) {
      open("requiredCategory");
      attr("operation", operation_names[static_cast<std::size_t>(r.op)]);
      for (const category_ref& g : r.groups) reference("categoryGroup", g);
      close();
    }
  }

  void classification_of(const classification& c) {
    open("securityClassification");
    attr("name", c.name);
    attr("lacv", std::to_string(c.lacv));
    attr("hierarchy", std::to_string(c.hierarchy));
    if (!c.color.empty()) attr("color", c.color);
    if (c.obsolete) attr("obsolete", "true");
    for (const equivalent_classification& q : c.equivalents) {
      open("equivalentClassification");
      attr("policyRef", q.policy);
      attr("lacv", std::to_string(q.lacv));
      attr("applied", applied_names[static_cast<std::size_t>(q.direction)]);
      rules(q.required);
      close();
    }
    markings(c.markings, c.qualifiers);
    rules(c.required);
    close();
  }

  void tag_set_of(const tag_set& s) {
    open("securityCategoryTagSet");
    attr("name", s.name);
    attr("id", s.id);
    for (const tag& t : s.tags) {
      open("securityCategoryTag");
      if (!t.name.empty()) attr("name", t.name);
      attr("tagType", tag_kind_names[static_cast<std::size_t>(t.type)]);
      if (t.enumerated) attr("enumType", enum_type_names[static_cast<std::size_t>(*t.enumerated)]);
      if (t.encoding) attr("tag7Encoding", tag7_names[static_cast<std::size_t>(*t.encoding)]);
      if (t.single_selection) attr("singleSelection", "true");
      for (const tag_category& c : t.categories) {
        open("tagCategory");
        attr("name", c.name);
        attr("lacv", c.lacv);
        if (!c.required_class.empty()) attr("requiredClass", c.required_class);
        if (c.obsolete) attr("obsolete", "true");
        markings(c.markings, c.qualifiers);
        for (const class_ref& x : c.excluded_classes) simple("excludedClass", x.name);
        rules(c.required);
        for (const category_ref& x : c.excluded) reference("excludedCategory", x);
        close();
      }
      markings({}, t.qualifiers);
      close();
    }
    close();
  }

  spif_text out_{};
  std::vector<std::string_view> stack_{};
  bool in_tag_ = false;  ///< the last start tag is not closed by '>' yet
};

}  // namespace detail

/// Writes `d` as an Open XML SPIF in the schema's order, which read() gives back equal. The
/// extensions are not written: a document holds only their names.
inline std::string write(const document& d) { return detail::writing{}.run(d); }

}  // namespace clearance::inline v0::spif

CLEARANCE_DETAIL_QUIET_SHADOW_END
