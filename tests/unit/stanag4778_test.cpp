// SPDX-License-Identifier: MIT
//
// STANAG 4778 bindings (wire/stanag4778.hpp): sidecar and embedded bindings read and written,
// signatures kept as written, and each class of bad binding refused with its kind and offset.
#include <doctest/doctest.h>

#include <clearance/wire.hpp>
#include <string>
#include <string_view>

using namespace clearance;

namespace {

constexpr std::string_view signature =
    "<ds:Signature xmlns:ds='http://www.w3.org/2000/09/xmldsig#'><ds:SignedInfo><ds:Reference URI='#b1'/>"
    "</ds:SignedInfo><ds:SignatureValue>AAAA</ds:SignatureValue></ds:Signature>";

std::string binding(std::string_view metadata, std::string_view references = "<b:DataReference URI='memo.odt'/>",
                    std::string_view after = {}) {
  return "<b:BindingInformation xmlns:b='urn:nato:stanag:4778:bindinginformation:1:0'><b:MetadataBindingContainer>"
         "<b:MetadataBinding xml:id='b1'><b:Metadata>" +
         std::string(metadata) + "</b:Metadata>" + std::string(references) + "</b:MetadataBinding>" +
         std::string(after) + "</b:MetadataBindingContainer></b:BindingInformation>";
}

}  // namespace

TEST_CASE("4778: a sidecar binding written and read back, with an alternative label") {
  const label l = label{nld::stg_confidentieel}.with(compartment(1));
  const std::string_view files[] = {"memo.odt", "annex & map.pdf"};
  const scheme_id alternatives[] = {nato::id};
  const wire_text w = write_4778(builtin_schemes, l, {.references = files, .id = "memo-1", .alternatives = alternatives});
  REQUIRE(w.ok());
  const binding_information b = read_4778(builtin_schemes, w.view());
  REQUIRE_MESSAGE(b.ok(), to_string(b.error), " at ", b.offset);
  REQUIRE(b.binding_count == 1);
  CHECK(b.bindings[0].originator.value == l);
  CHECK(b.bindings[0].id == "memo-1");
  REQUIRE(b.bindings[0].alternative_count == 1);
  CHECK(b.bindings[0].alternatives[0] == to_nato(builtin_schemes, l).value);
  REQUIRE(b.bindings[0].reference_count == 2);
  CHECK(b.bindings[0].references[0].uri == "memo.odt");
  CHECK(xml::same(b.bindings[0].references[1].uri, "annex & map.pdf", xml::value_kind::attribute));
  // Without references: the document that holds the binding.
  const binding_information self = read_4778(builtin_schemes, write_4778(builtin_schemes, l).view());
  REQUIRE(self.ok());
  CHECK(self.bindings[0].references[0].uri.empty());
}

TEST_CASE("4778: signatures are kept as written, in the container or after it") {
  const std::string label_text(write_4774(label{nato::secret}).view());
  const std::string doc = binding(label_text, "<b:DataReference URI=''/>", signature);
  const binding_information b = read_4778(builtin_schemes, doc);
  REQUIRE_MESSAGE(b.ok(), to_string(b.error), " at ", b.offset);
  REQUIRE(b.signature_count == 1);
  CHECK(doc.substr(b.signatures[0].begin, b.signatures[0].end - b.signatures[0].begin) == signature);
}

TEST_CASE("4778: a binding inside the document it labels (common XML profile)") {
  const std::string label_text(write_4774(label{nato::restricted}).view());
  const std::string doc = "<memo xmlns='urn:example:memo'><header>" + binding(label_text, "<b:DataReference URI=''/>") +
                          "</header><body>text</body></memo>";
  xml::reader r{doc};
  binding_information found{};
  for (xml::event e = r.next(); e.kind != xml::event_kind::end_of_document; e = r.next())
    if (e.kind == xml::event_kind::start_element && e.local == "BindingInformation") found = read_4778(builtin_schemes, r);
  CHECK(r.ok());
  REQUIRE(found.ok());
  CHECK(found.bindings[0].originator.value == label{nato::restricted});
}

TEST_CASE("4778: every class of bad binding is refused with its kind and offset") {
  const std::string good(write_4774(label{nato::secret}).view());
  const std::string alternative(write_4774(label{nato::secret}, {.role = label_role::alternative}).view());
  struct bad {
    std::string xml;
    wire_error error;
    std::string at;
  };
  const bad cases[] = {
      {"<BindingInformation/>", wire_error::unexpected_element, "<BindingInformation/>"},
      {binding(""), wire_error::missing_element, "</b:Metadata>"},
      {binding(alternative), wire_error::unexpected_element, "<alternative"},
      {binding(good + good), wire_error::unexpected_element, good + "</b:Metadata>"},
      {binding(good, ""), wire_error::missing_element, "</b:MetadataBinding>"},
      {binding(good, "<b:DataReference/>"), wire_error::missing_element, "<b:DataReference/>"},
      {binding(good, "<b:DataReference URI='x' Type='y'/>"), wire_error::unexpected_element, "Type='y'"},
      {binding(good, "<b:DataReference URI='x'/><b:Other/>"), wire_error::unexpected_element, "<b:Other/>"},
      {binding("<x/>"), wire_error::unexpected_element, "<x/>"},
      {binding(good.substr(0, good.find("SECRET")) + "SEKRET" + good.substr(good.find("SECRET") + 6)),
       wire_error::unknown_classification, "<Classification>"},
      {"<b:BindingInformation xmlns:b='urn:nato:stanag:4778:bindinginformation:1:0'/>", wire_error::missing_element,
       "<b:BindingInformation"},  // an empty element ends where it starts
  };
  for (const bad& c : cases) {
    CAPTURE(c.xml);
    const binding_information b = read_4778(builtin_schemes, c.xml);
    CHECK(b.error == c.error);
    CHECK(b.binding_count == 0);
    const std::size_t expected = c.xml.find(c.at);
    REQUIRE(expected != std::string::npos);
    CHECK(b.offset == expected);
  }
}
