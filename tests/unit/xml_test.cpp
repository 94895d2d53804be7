// SPDX-License-Identifier: MIT
//
// The strict XML reader (wire/xml.hpp): what it reads, and each class of input it refuses, with
// its error kind and offset.
#include <doctest/doctest.h>

#include <clearance/wire/xml.hpp>
#include <string>
#include <string_view>

using namespace clearance;

namespace {

/// The events of a document, one per line: "<{ns}local a=v>", "</local>", "'text'", and the
/// error at the end ("error <kind> @<offset>") when there is one.
std::string events(std::string_view doc) {
  xml::reader r{doc};
  std::string out;
  for (xml::event e = r.next(); e.kind != xml::event_kind::end_of_document; e = r.next()) {
    if (e.kind == xml::event_kind::start_element) {
      out += "<{" + std::string(e.ns) + "}" + std::string(e.local);
      for (std::size_t k = 0; k < r.attribute_count(); ++k) {
        const xml::attribute& a = r.attribute_at(k);
        fixed_text<256> v;
        REQUIRE(xml::decode(a.raw, v, xml::value_kind::attribute));
        out += " {" + std::string(a.ns) + "}" + std::string(a.local) + "=" + std::string(v.view());
      }
      out += ">\n";
    } else if (e.kind == xml::event_kind::end_element) {
      out += "</" + std::string(e.local) + ">\n";
    } else {
      fixed_text<256> v;
      REQUIRE(xml::decode(e.raw, v));
      out += "'" + std::string(v.view()) + "'\n";
    }
  }
  if (!r.ok()) out += "error " + std::string(to_string(r.error())) + " @" + std::to_string(r.offset()) + "\n";
  return out;
}

struct refusal {
  wire_error error;
  std::size_t offset;
};

refusal refused(std::string_view doc) {
  xml::reader r{doc};
  for (xml::event e = r.next(); e.kind != xml::event_kind::end_of_document; e = r.next()) {
  }
  return {r.error(), r.offset()};
}

}  // namespace

TEST_CASE("xml: elements, namespaces, attributes and text as written") {
  CHECK(events("<a xmlns='urn:x' xmlns:p=\"urn:p\" p:k='1' k=\"2\"><p:b/>t&amp;&lt;&#65;&#x42;</a>") ==
        "<{urn:x}a {urn:p}k=1 {}k=2>\n<{urn:p}b>\n</b>\n't&<AB'\n</a>\n");
  // The default namespace does not apply to attributes; xmlns="" undeclares it.
  CHECK(events("<a xmlns='urn:x'><b xmlns='' c='d'/></a>") == "<{urn:x}a>\n<{}b {}c=d>\n</b>\n</a>\n");
  // The declaration, a byte order mark, comments and space around the root.
  CHECK(events("\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"utf-8\" standalone='yes'?>\n<!-- c --><a/>\n<!-- d -->\n") ==
        "<{}a>\n</a>\n");
  // Line ends read as "\n" in text; tabs and line ends as spaces in attribute values, unless
  // written as references.
  CHECK(events("<a k='x\ty\r\nz&#10;'>1\r\n2\r3</a>") == "<{}a {}k=x y z\n>\n'1\n2\n3'\n</a>\n");
  // The xml prefix is bound without a declaration.
  CHECK(events("<a xml:lang='fr'/>") == "<{}a {http://www.w3.org/XML/1998/namespace}lang=fr>\n</a>\n");
  // Non-ASCII names and text.
  CHECK(events("<é>Communicable à</é>") == "<{}é>\n'Communicable à'\n</é>\n");
}

TEST_CASE("xml: same and decode read values as the document means them") {
  CHECK(xml::same("A&amp;B", "A&B"));
  CHECK_FALSE(xml::same("A&amp;B", "A&amp;B"));
  CHECK(xml::same("x\ty", "x y", xml::value_kind::attribute));
  CHECK_FALSE(xml::same("x\ty", "x y"));
  CHECK(xml::same("&#xE0;", "à"));
  static_assert(xml::same("&lt;NATO&gt;", "<NATO>"));
}

TEST_CASE("xml: append_escaped writes what the reader reads back") {
  for (const std::string_view plain : {"a&b<c>d", "quote \" and ' apostrophe", "tab\tline\nreturn\r", "é à"}) {
    for (const xml::value_kind kind : {xml::value_kind::text, xml::value_kind::attribute}) {
      fixed_text<256> doc;
      doc << "<a k=\"";
      xml::append_escaped(doc, plain, xml::value_kind::attribute);
      doc << "\">";
      xml::append_escaped(doc, plain, kind);
      doc << "</a>";
      xml::reader r{doc.view()};
      const xml::event start = r.next();
      REQUIRE(start.kind == xml::event_kind::start_element);
      CHECK(xml::same(r.attribute_at(0).raw, plain, xml::value_kind::attribute));
      const xml::event text = r.next();
      REQUIRE(text.kind == xml::event_kind::text);
      CHECK(xml::same(text.raw, plain));
    }
  }
}

TEST_CASE("xml: every class of malformed input is refused with its kind and offset") {
  struct bad {
    std::string_view doc;
    wire_error error;
    std::size_t offset;
  };
  const bad cases[] = {
      {"", wire_error::empty, 0},
      {"<a>", wire_error::truncated, 3},
      {"<a", wire_error::truncated, 2},
      {"<a>text", wire_error::truncated, 7},
      {"<a k='1>", wire_error::truncated, 8},
      {"<!-- x", wire_error::truncated, 6},
      {"<a>x</b>", wire_error::mismatched_tag, 4},
      {"<a><b></a></b>", wire_error::mismatched_tag, 6},
      {"<!DOCTYPE a [<!ENTITY x 'y'>]><a>&x;</a>", wire_error::forbidden_markup, 0},
      {"<a><!DOCTYPE a></a>", wire_error::forbidden_markup, 3},
      {"<?xml-stylesheet href='x'?><a/>", wire_error::forbidden_markup, 0},
      {"<a><?pi x?></a>", wire_error::forbidden_markup, 3},
      {"<a><![CDATA[x]]></a>", wire_error::forbidden_markup, 3},
      {"<a>&x;</a>", wire_error::unknown_entity, 3},
      {"<a>&#0;</a>", wire_error::unknown_entity, 3},
      {"<a>&#xD800;</a>", wire_error::unknown_entity, 3},
      {"<a>&#x110000;</a>", wire_error::unknown_entity, 3},
      {"<a>& </a>", wire_error::unknown_entity, 3},
      {"<a k='&bad;'/>", wire_error::unknown_entity, 6},
      {"<a k='1' k='2'/>", wire_error::duplicate_attribute, 9},
      {"<a xmlns:p='u' xmlns:q='u' p:k='1' q:k='2'/>", wire_error::duplicate_attribute, 35},
      {"<p:a/>", wire_error::unbound_prefix, 1},
      {"<a p:k='1'/>", wire_error::unbound_prefix, 3},
      {"<a xmlns:p=''/>", wire_error::not_well_formed, 3},
      {"<a xmlns:xmlns='u'/>", wire_error::not_well_formed, 3},
      {"<a xmlns:xml='urn:other'/>", wire_error::not_well_formed, 3},
      {"<a xmlns:p='http://www.w3.org/XML/1998/namespace'/>", wire_error::not_well_formed, 3},
      {"<a>]]></a>", wire_error::not_well_formed, 3},
      {"<a k='<'/>", wire_error::not_well_formed, 6},
      {"<a k=1/>", wire_error::not_well_formed, 5},
      {"<a k/>", wire_error::not_well_formed, 4},
      {"<a k='1'j='2'/>", wire_error::not_well_formed, 8},
      {"<1a/>", wire_error::not_well_formed, 1},
      {"<a:b:c xmlns:a='u'/>", wire_error::not_well_formed, 1},
      {"<a/><b/>", wire_error::not_well_formed, 4},
      {"text<a/>", wire_error::not_well_formed, 0},
      {"<a/>text", wire_error::trailing_data, 4},
      {"<a><!-- a -- b --></a>", wire_error::not_well_formed, 10},
      {"<a>\xC3</a>", wire_error::invalid_utf8, 3},
      {"<a>\xC0\x80</a>", wire_error::invalid_utf8, 3},
      {"<a>\x01</a>", wire_error::invalid_utf8, 3},
      {"<a>\xEF\xBF\xBE</a>", wire_error::invalid_utf8, 3},
      {"<?xml version='1.0' encoding='ISO-8859-1'?><a/>", wire_error::invalid_utf8, 20},
      {"<?xml encoding='UTF-8'?><a/>", wire_error::not_well_formed, 6},
      {"<?xml version='2.0'?><a/>", wire_error::not_well_formed, 6},
      {" <?xml version='1.0'?><a/>", wire_error::forbidden_markup, 1},
  };
  for (const bad& c : cases) {
    CAPTURE(c.doc);
    const refusal r = refused(c.doc);
    CHECK(r.error == c.error);
    CHECK(r.offset == c.offset);
  }
}

TEST_CASE("xml: depth, size and attribute counts are bounded") {
  std::string deep;
  for (std::size_t i = 0; i <= xml::max_depth; ++i) deep += "<a>";
  CHECK(refused(deep).error == wire_error::too_deep);
  CHECK(refused(deep).offset == 3 * xml::max_depth);
  std::string wide = "<a";
  for (std::size_t i = 0; i <= xml::max_attributes; ++i) wide += " k" + std::to_string(i) + "='1'";
  wide += "/>";
  CHECK(refused(wide).error == wire_error::too_many_nodes);
  const std::string big = "<a>" + std::string(xml::max_document_length, 'x') + "</a>";
  CHECK(refused(big).error == wire_error::too_long);
  // The bounds themselves are fine.
  std::string deepest;
  for (std::size_t i = 0; i < xml::max_depth; ++i) deepest += "<a>";
  for (std::size_t i = 0; i < xml::max_depth; ++i) deepest += "</a>";
  CHECK(refused(deepest).error == wire_error::none);
}

TEST_CASE("xml: the reader works in constant expressions") {
  static_assert([] {
    xml::reader r{"<a xmlns='urn:x'><b k='v'>t</b></a>"};
    int starts = 0;
    for (xml::event e = r.next(); e.kind != xml::event_kind::end_of_document; e = r.next())
      starts += e.kind == xml::event_kind::start_element ? 1 : 0;
    return r.ok() && starts == 2;
  }());
  static_assert([] {
    xml::reader r{"<a>&undefined;</a>"};
    while (r.next().kind != xml::event_kind::end_of_document) {
    }
    return r.error() == wire_error::unknown_entity && r.offset() == 3;
  }());
}
