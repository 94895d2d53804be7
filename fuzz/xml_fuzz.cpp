// SPDX-License-Identifier: MIT
//
// libFuzzer target: the strict XML reader against libxml2 as an oracle (clang, ASan + UBSan;
// libxml2 is a test-only dependency). Every document the reader accepts, libxml2 must parse to
// the same elements (namespace, local name), attributes (namespace, local name, value; namespace
// declarations apart) and text (adjacent texts joined). A refusal must point inside the input.
// See scripts/fuzz.sh.
#include <clearance/wire/xml.hpp>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "promise.hpp"

using namespace clearance;
using fuzz::expect;

namespace {


std::string decoded(std::string_view raw, xml::value_kind kind) {
  fixed_text<xml::max_document_length> out;
  expect(xml::decode(raw, out, kind));
  return std::string(out.view());
}

/// One line per node: "S{ns}name" then its attributes sorted "A{ns}name=value", "T<text>", "E".
struct canon {
  std::vector<std::string> lines;
  std::string text;
  void flush() {
    if (!text.empty()) lines.push_back("T" + text);
    text.clear();
  }
};

std::string ours(std::string_view doc, bool& accepted) {
  xml::reader r{doc};
  canon c;
  for (xml::event e = r.next(); e.kind != xml::event_kind::end_of_document; e = r.next()) {
    if (e.kind == xml::event_kind::text) {
      c.text += decoded(e.raw, xml::value_kind::text);
      continue;
    }
    c.flush();
    if (e.kind == xml::event_kind::start_element) {
      c.lines.push_back("S{" + decoded(e.ns, xml::value_kind::attribute) + "}" + std::string(e.local));
      std::vector<std::string> attributes;
      for (std::size_t k = 0; k < r.attribute_count(); ++k) {
        const xml::attribute& a = r.attribute_at(k);
        attributes.push_back("A{" + decoded(a.ns, xml::value_kind::attribute) + "}" + std::string(a.local) + "=" +
                             decoded(a.raw, xml::value_kind::attribute));
      }
      std::sort(attributes.begin(), attributes.end());
      c.lines.insert(c.lines.end(), attributes.begin(), attributes.end());
    } else {
      c.lines.push_back("E");
    }
  }
  accepted = r.ok();
  if (!accepted) expect(r.offset() <= doc.size());
  std::string out;
  for (const std::string& l : c.lines) out += l + "\n";
  return out;
}

std::string str(const xmlChar* s) { return s != nullptr ? reinterpret_cast<const char*>(s) : ""; }

/// A namespace name as libxml2 keeps it: with '&' and '<' it read from references written back as
/// decimal character references ("&#38;"); read those again.
std::string href(const xmlNs* ns) {
  const std::string raw = ns != nullptr ? str(ns->href) : "";
  std::string out;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const std::size_t end = raw.find(';', i);
    if (raw.compare(i, 2, "&#") == 0 && end != std::string::npos && end - i <= 6) {
      out += static_cast<char>(std::stoi(raw.substr(i + 2, end - i - 2)));
      i = end;
    } else {
      out += raw[i];
    }
  }
  return out;
}

void walk(xmlNodePtr node, canon& c) {
  for (; node != nullptr; node = node->next) {
    if (node->type == XML_TEXT_NODE) {
      c.text += str(node->content);
      continue;
    }
    if (node->type != XML_ELEMENT_NODE) continue;  // comments
    c.flush();
    c.lines.push_back("S{" + href(node->ns) + "}" + str(node->name));
    std::vector<std::string> attributes;
    for (xmlAttrPtr a = node->properties; a != nullptr; a = a->next) {
      xmlChar* value = xmlNodeListGetString(node->doc, a->children, 1);
      attributes.push_back("A{" + href(a->ns) + "}" + str(a->name) + "=" + str(value));
      xmlFree(value);
    }
    std::sort(attributes.begin(), attributes.end());
    c.lines.insert(c.lines.end(), attributes.begin(), attributes.end());
    walk(node->children, c);
    c.flush();
    c.lines.push_back("E");
  }
}

std::string theirs(std::string_view doc, bool& parsed) {
  xmlDocPtr d = xmlReadMemory(doc.data(), static_cast<int>(doc.size()), "fuzz.xml", nullptr,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  parsed = d != nullptr;
  if (!parsed) return {};
  canon c;
  walk(xmlDocGetRootElement(d), c);
  xmlFreeDoc(d);
  std::string out;
  for (const std::string& l : c.lines) out += l + "\n";
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  xmlInitParser();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view doc(reinterpret_cast<const char*>(data), size);
  bool accepted = false;
  const std::string mine = ours(doc, accepted);
  if (!accepted) return 0;
  bool parsed = false;
  const std::string oracle = theirs(doc, parsed);
  expect(parsed);          // what we accept is XML
  expect(mine == oracle);  // and means the same
  return 0;
}
