// SPDX-License-Identifier: MIT
//
// STANAG 4774 labels (wire/stanag4774.hpp): the ADatP-4774 Table 17 examples read as the labels
// of their display markings, labels of every kind written and read back, and each class of bad
// label refused with its error kind and the offset of the part at fault.
#include <doctest/doctest.h>

#include <clearance/clearance.hpp>
#include <clearance/wire/stanag4774.hpp>
#include <string>
#include <string_view>

#include "../support/host_scheme.hpp"

using namespace clearance;

namespace {

/// A label in the 4774 namespace under the prefix "s", around `info` (the content of
/// ConfidentialityInformation) and `after` (what follows it).
std::string doc(std::string_view info, std::string_view after = {}, std::string_view root = "originatorConfidentialityLabel") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<s:" + std::string(root) +
         " xmlns:s=\"urn:nato:stanag:4774:confidentialitymetadatalabel:1:0\">\n <s:ConfidentialityInformation>\n" +
         std::string(info) + " </s:ConfidentialityInformation>\n" + std::string(after) + "</s:" + std::string(root) + ">\n";
}

std::string tag_set(std::string_view tag, std::string_view type, std::initializer_list<std::string_view> values) {
  std::string out = "  <s:Category TagName=\"" + std::string(tag) + "\" Type=\"" + std::string(type) + "\">";
  for (const std::string_view v : values) out += "<s:GenericValue>" + std::string(v) + "</s:GenericValue>";
  return out + "</s:Category>\n";
}

const std::string nato_policy = "  <s:PolicyIdentifier URI=\"urn:oid:1.3.26.1.3.1\">NATO</s:PolicyIdentifier>\n";

std::string nato_info(std::string_view classification, std::string_view categories = {}) {
  return nato_policy + "  <s:Classification>" + std::string(classification) + "</s:Classification>\n" +
         std::string(categories);
}

label marked(std::string_view marking) {
  const marking_result r = parse_marking(marking);
  REQUIRE_MESSAGE(r.ok(), marking);
  return r.value;
}

}  // namespace

TEST_CASE("ADatP-4774 Table 17: each example as a 4774 label reads as its display marking") {
  struct example {
    std::string xml;
    std::string_view display;  // as Table 17 (and the sample policy) display it
  };
  const example examples[] = {
      {doc(nato_info("UNCLASSIFIED", tag_set("Context", "PERMISSIVE", {"NATO", "Releasable"}) +
                                    tag_set("Releasable To", "PERMISSIVE", {"NATO", "ISAF", "KFOR", "RESOLUTE SUPPORT"}))),
       "NATO UNCLASSIFIED Releasable to ISAF, KFOR, RESOLUTE SUPPORT"},
      {doc(nato_info("UNCLASSIFIED", tag_set("Context", "PERMISSIVE", {"NATO"}))), "NATO UNCLASSIFIED"},
      {doc(nato_info("UNCLASSIFIED", tag_set("Context", "PERMISSIVE", {"NATO"}) +
                                    tag_set("Administrative", "INFORMATIVE", {"STAFF"}))),
       "NATO UNCLASSIFIED - STAFF"},
      {doc(nato_info("RESTRICTED", tag_set("Context", "PERMISSIVE", {"NATO", "Releasable"}) +
                                  tag_set("Releasable To", "PERMISSIVE", {"NATO", "JPN", "CHE", "UKR"}))),
       "NATO RESTRICTED Releasable to Japan, Switzerland, Ukraine"},
      {doc(nato_info("CONFIDENTIAL", tag_set("Context", "PERMISSIVE", {"KFOR"}) +
                                    tag_set("Only", "PERMISSIVE", {"NATO", "IRL", "SWE", "UKR"}))),
       "NATO/KFOR CONFIDENTIAL Ireland, Sweden, Ukraine, NATO ONLY"},
      {doc(nato_info("TOP SECRET")), "COSMIC TOP SECRET"},
  };
  for (const example& e : examples) {
    CAPTURE(e.display);
    const xml_label r = read_4774(builtin_schemes, e.xml);
    REQUIRE_MESSAGE(r.ok(), to_string(r.error), " at ", r.offset);
    CHECK(r.value == marked(e.display));
    CHECK(r.role == label_role::originator);
    // And back: written, read, the same label.
    const wire_text w = write_4774(builtin_schemes, r.value);
    REQUIRE(w.ok());
    CHECK(read_4774(builtin_schemes, w.view()).value == r.value);
  }
  // No. 5 is invalid under the sample policy (its EAPC value of Releasable To is excluded at every
  // classified level; a context and a releasability list at once): refused in both forms.
  CHECK(parse_marking("NATO/EAPC CONFIDENTIAL Releasable to ISAF").error == marking_error::conflicting_parts);
  const std::string five = doc(nato_info("CONFIDENTIAL", tag_set("Context", "PERMISSIVE", {"EAPC", "Releasable"}) +
                                                             tag_set("Releasable To", "PERMISSIVE", {"EAPC", "ISAF"})));
  const xml_label r = read_4774(builtin_schemes, five);
  CHECK(r.error == wire_error::conflicting_parts);
  CHECK(r.offset == five.find("<s:ConfidentialityInformation"));
}

TEST_CASE("4774: the writer's form, and what the label type does not hold comes back as written") {
  const label l = label{nato::secret}.with(category::atomal).releasable({party::nato, party::jpn});
  const wire_text w = write_4774(builtin_schemes, l, {.privacy_mark = "IN CONFIDENCE & <LOCAL>",
                                                      .creation_date_time = "2026-11-29T10:00:00Z"});
  REQUIRE(w.ok());
  CHECK(w.view() ==
        "<originatorConfidentialityLabel xmlns=\"urn:nato:stanag:4774:confidentialitymetadatalabel:1:0\">"
        "<ConfidentialityInformation><PolicyIdentifier URI=\"urn:oid:1.3.26.1.3.1\">NATO</PolicyIdentifier>"
        "<Classification>SECRET</Classification><PrivacyMark>IN CONFIDENCE &amp; &lt;LOCAL&gt;</PrivacyMark>"
        "<Category TagName=\"Additional Sensitivity\" Type=\"RESTRICTIVE\"><GenericValue>ATOMAL</GenericValue></Category>"
        "<Category TagName=\"Context\" Type=\"PERMISSIVE\"><GenericValue>NATO</GenericValue>"
        "<GenericValue>Releasable</GenericValue></Category>"
        "<Category TagName=\"Releasable To\" Type=\"PERMISSIVE\"><GenericValue>JPN</GenericValue>"
        "<GenericValue>NATO</GenericValue></Category></ConfidentialityInformation>"
        "<CreationDateTime>2026-11-29T10:00:00Z</CreationDateTime></originatorConfidentialityLabel>");
  const xml_label r = read_4774(builtin_schemes, w.view());
  REQUIRE(r.ok());
  CHECK(r.value == l);
  CHECK(xml::same(r.privacy_mark, "IN CONFIDENCE & <LOCAL>"));
  CHECK(r.creation_date_time == "2026-11-29T10:00:00Z");
  // A creation time that is no calendar day is not written.
  CHECK(write_4774(builtin_schemes, l, {.creation_date_time = "2026-02-30T10:00:00Z"}).error == wire_error::bad_value);
}

TEST_CASE("4774: national, compartmented and host labels round-trip through their tag sets") {
  const label dutch = label{nld::stg_geheim}.with(compartment(3)).releasable({party::nld, party::bel});
  const wire_text w = write_4774(builtin_schemes, dutch);
  REQUIRE(w.ok());
  CHECK(w.view().find("<GenericValue>3</GenericValue>") != std::string_view::npos);  // compartment 3
  CHECK(w.view().find("Context") == std::string_view::npos);                          // the Netherlands have none
  CHECK(read_4774(builtin_schemes, w.view()).value == dutch);
  // A host's own categories travel in the tag sets its scheme names.
  const label host = label{exr::secret}.with({exr::dawn, exr::debrief});
  const wire_text hw = write_4774(exr::schemes, host);
  REQUIRE(hw.ok());
  CHECK(hw.view().find("<Category TagName=\"Codewords\" Type=\"RESTRICTIVE\"><GenericValue>DAWN</GenericValue>") !=
        std::string_view::npos);
  CHECK(hw.view().find("<Category TagName=\"Handling Notes\" Type=\"INFORMATIVE\">") != std::string_view::npos);
  CHECK(read_4774(exr::schemes, hw.view()).value == host);
  // The same text over a registry without the host's scheme names an unknown policy.
  CHECK(read_4774(builtin_schemes, hw.view()).error == wire_error::unknown_policy);
}

TEST_CASE("4774: alternative labels are the library's conversions, never lower") {
  const label l{nld::stg_geheim};
  const wire_text w = write_alternative_4774(builtin_schemes, l, nato::id);
  REQUIRE(w.ok());
  const xml_label r = read_4774(builtin_schemes, w.view());
  REQUIRE(r.ok());
  CHECK(r.role == label_role::alternative);
  CHECK(r.value == to_nato(builtin_schemes, l).value);
  CHECK(r.value.rank >= nato::secret.rank);
  // No equivalent: refused, not lowered.
  CHECK(write_alternative_4774(builtin_schemes, label{nld::dep_vertrouwelijk}.with(category::atomal), nato::id).error !=
        wire_error::none);
}

TEST_CASE("4774: refused labels on writing") {
  CHECK(write_4774(builtin_schemes, label{}).error == wire_error::invalid_label);
  CHECK(write_4774(builtin_schemes, label{nato::restricted}.with(category::atomal)).error == wire_error::invalid_label);
  CHECK(write_4774(builtin_schemes, label{nato::secret}.releasable({})).error == wire_error::invalid_label);
}

TEST_CASE("4774: every class of bad label is refused with its kind, at the part at fault") {
  const std::string context = tag_set("Context", "PERMISSIVE", {"NATO"});
  struct bad {
    std::string xml;
    wire_error error;
    std::string_view at;  // the text the offset points at
  };
  const bad cases[] = {
      {"<a/>", wire_error::unexpected_element, "<a/>"},
      {doc(nato_info("SECRET"), {}, "label"), wire_error::unexpected_element, "<s:label"},
      {doc("  <s:Classification>SECRET</s:Classification>\n"), wire_error::missing_element, "<s:Classification"},
      {doc(nato_policy), wire_error::missing_element, "</s:ConfidentialityInformation"},
      {doc("  <s:PolicyIdentifier>ACME</s:PolicyIdentifier><s:Classification>SECRET</s:Classification>"),
       wire_error::unknown_policy, "<s:PolicyIdentifier"},
      {doc("  <s:PolicyIdentifier URI=\"urn:oid:1.2.3\">NATO</s:PolicyIdentifier><s:Classification>SECRET</s:Classification>"),
       wire_error::unknown_policy, "URI"},
      {doc("  <s:PolicyIdentifier URI=\"1.3.26.1.3.1\">NATO</s:PolicyIdentifier><s:Classification>SECRET</s:Classification>"),
       wire_error::bad_value, "URI"},
      {doc("  <s:PolicyIdentifier URI=\"urn:oid:1.3.26.1.3.1\" URL=\"urn:oid:1.3.26.1.3.1\">NATO</s:PolicyIdentifier>"),
       wire_error::duplicate_attribute, "URL"},
      {doc("  <s:PolicyIdentifier Version=\"2\">NATO</s:PolicyIdentifier>"), wire_error::unexpected_element, "Version"},
      {doc(nato_info("NATO SECRET", context)), wire_error::unknown_classification, "<s:Classification"},
      {doc(nato_info("SECRET", context) + "  <s:Extra/>\n"), wire_error::unexpected_element, "<s:Extra"},
      {doc(nato_info("SECRET", context) + "  stray text\n"), wire_error::unexpected_element, "\n  stray"},
      {doc(nato_info("SECRET", tag_set("Caveats", "RESTRICTIVE", {"X"}))), wire_error::unknown_tag_set, "TagName"},
      {doc(nato_info("SECRET", tag_set("Releasable To", "RESTRICTIVE", {"JPN"}))), wire_error::wrong_tag_type, "Type"},
      {doc(nato_info("SECRET", tag_set("Releasable To", "permissive", {"JPN"}))), wire_error::bad_value, "Type"},
      {doc(nato_info("SECRET", tag_set("Additional Sensitivity", "RESTRICTIVE", {"ATOMIC"}))), wire_error::unknown_value,
       "<s:GenericValue>ATOMIC"},
      {doc(nato_info("SECRET", tag_set("Additional Sensitivity", "RESTRICTIVE", {"ATOMAL", "ATOMAL"}))),
       wire_error::duplicate_element, "<s:GenericValue>ATOMAL</s:GenericValue></s:Category>"},
      {doc(nato_info("SECRET", context + context)), wire_error::duplicate_element, "<s:Category TagName=\"Context\" Type=\"PERMISSIVE\"><s:GenericValue>NATO</s:GenericValue></s:Category>\n </s:Conf"},
      {doc(nato_info("SECRET", tag_set("Context", "PERMISSIVE", {" NATO"}))), wire_error::unknown_value, "<s:GenericValue> NATO"},
      {doc(nato_info("SECRET", tag_set("Context", "PERMISSIVE", {}))), wire_error::missing_element, "<s:Category"},
      {doc(nato_info("SECRET", "  <s:Category TagName=\"Context\"><s:GenericValue>NATO</s:GenericValue></s:Category>")),
       wire_error::missing_element, "<s:Category"},
      {doc(nato_info("SECRET", tag_set("Context", "PERMISSIVE", {"<s:b/>"}))), wire_error::unexpected_element, "<s:b/>"},
      // A Releasable To list without the context value that announces it, and the reverse.
      {doc(nato_info("SECRET", tag_set("Context", "PERMISSIVE", {"NATO"}) + tag_set("Releasable To", "PERMISSIVE", {"JPN"}))),
       wire_error::conflicting_parts, "<s:ConfidentialityInformation"},
      {doc(nato_info("SECRET", tag_set("Context", "PERMISSIVE", {"NATO", "Releasable"}))), wire_error::conflicting_parts,
       "<s:ConfidentialityInformation"},
      {doc(nato_info("SECRET", tag_set("Context", "PERMISSIVE", {"KFOR", "ISAF"}))), wire_error::conflicting_parts,
       "<s:ConfidentialityInformation"},
      {doc(nato_info("SECRET", tag_set("Context", "PERMISSIVE", {"NATO", "KFOR"}))), wire_error::conflicting_parts,
       "<s:ConfidentialityInformation"},
      // Valid pieces, invalid label: ATOMAL cannot accompany NATO RESTRICTED.
      {doc(nato_info("RESTRICTED", context + tag_set("Additional Sensitivity", "RESTRICTIVE", {"ATOMAL"}))),
       wire_error::invalid_label, "<s:Classification"},
      {doc(nato_info("SECRET", context) + "  <s:PrivacyMark>a</s:PrivacyMark><s:PrivacyMark>b</s:PrivacyMark>\n"),
       wire_error::duplicate_element, "<s:PrivacyMark>b"},
      {doc(nato_info("SECRET", context), "<s:CreationDateTime>2026-13-01T00:00:00Z</s:CreationDateTime>"),
       wire_error::bad_value, "<s:CreationDateTime"},
      {doc(nato_info("SECRET", context), "<s:Signature/>"), wire_error::unexpected_element, "<s:Signature"},
      {doc(nato_info("SECRET", context)) + "<s:x/>", wire_error::not_well_formed, "<s:x/>"},
      {doc(nato_info("SECRET", context)).substr(0, 200), wire_error::truncated, ""},
  };
  for (const bad& c : cases) {
    CAPTURE(c.xml);
    const xml_label r = read_4774(builtin_schemes, c.xml);
    CHECK(r.error == c.error);
    CHECK(r.value == label{});
    const std::size_t expected = c.at.empty() ? c.xml.size() : c.xml.find(c.at);
    REQUIRE(expected != std::string::npos);
    CHECK(r.offset == expected);
  }
}

TEST_CASE("4774: a label written and read at compile time") {
  static_assert([] {
    const label l = label{nato::confidential}.with(category::crypto).only_for({party::nato, party::irl});
    const wire_text w = write_4774(builtin_schemes, l);
    return w.ok() && read_4774(builtin_schemes, w.view()).value == l;
  }());
}
