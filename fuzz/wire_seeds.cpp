// SPDX-License-Identifier: MIT
//
// Writes seed corpora for the wire-format fuzz targets, from the library's own writers: given a
// folder, a STANAG 4774 label for each level of each built-in scheme with a category and a list,
// XEP-0258 security labels and 4778 bindings; given no folder, prints the 4774 fuzz dictionary (element, attribute,
// tag set and value names from the tables). Generated, so it follows the data.
#include <clearance/wire.hpp>
#include <cstdio>
#include <fstream>
#include <set>
#include <string>

#include "promise.hpp"

using namespace clearance;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::set<std::string> words{"originatorConfidentialityLabel", "alternativeConfidentialityLabel",
                                "ConfidentialityInformation", "PolicyIdentifier", "Classification", "PrivacyMark",
                                "Category", "GenericValue", "TagName", "Type", "URI", "URL", "ReviewDateTime",
                                "CreationDateTime", "OriginatorID", "IDType", "PERMISSIVE", "RESTRICTIVE",
                                "INFORMATIVE", std::string(stanag4774_namespace), "xmlns", "urn:oid:", "&amp;",
                                "&#x", "<!--", "-->", "<?xml version=\"1.0\"?>", "Releasable To", "Only", "Context",
                                "</", "/>", "=\"", "xmlns:s=", "s:", "xml:lang", "&lt;", "&gt;", "&quot;", "&apos;",
                                "&#10;", "<![CDATA[", "]]>", "<!DOCTYPE", "<?", "?>", "\r\n", "encoding=\"UTF-8\"",
                                "securitylabel", "displaymarking", "label", "equivalentlabel", "esssecuritylabel",
                                "fgcolor", "bgcolor", "urn:xmpp:sec-label:0", "urn:xmpp:sec-label:ess:0",
                                "BindingInformation", "MetadataBindingContainer", "MetadataBinding", "Metadata",
                                "DataReference", "xml:id", "urn:nato:stanag:4778:bindinginformation:1:0",
                                "ds:Signature", "http://www.w3.org/2000/09/xmldsig#"};
    for (const scheme* s : builtin_schemes.schemes()) {
      words.insert(std::string(s->name));
      for (const level_info& info : s->levels) words.insert(std::string(policy_name(info)));
      for (const marking_context& c : s->contexts) words.insert(std::string(c.word));
    }
    for (const category_info& c : categories) words.insert(std::string(c.name));
    for (const tag_set_info& t : library_tag_sets) words.insert(std::string(t.name));
    for (const party_info& p : parties) words.insert(std::string(p.code));
    words.erase("");
    for (const std::string& w : words) std::printf("%s\n", fuzz::quoted(w).c_str());
    return 0;
  }
  int n = 0;
  const auto seed = [&](std::string_view text) {
    std::ofstream(std::string(argv[1]) + "/4774-" + std::to_string(n++)) << text;
  };
  for (const scheme* s : builtin_schemes.schemes())
    for (const level_info& info : s->levels) {
      const label l{level_of(*s, info.rank)};
      for (const label& v : {l, l.with(compartment(2)).releasable({party::nato, party::jpn}),
                             l.with(category::staff).only_for({party::irl, party::nld})})
        if (const wire_text w = write_4774(v, {.privacy_mark = "PM", .creation_date_time = "2026-01-01T00:00:00Z"}))
          seed(w.view());
    }
  // XEP-0258 security labels (both payload forms, with an equivalent) and 4778 bindings.
  const scheme_id to_nato[] = {nato::id};
  for (const label& l : {label{nld::stg_geheim}, label{nato::secret}.with(category::atomal).releasable({party::nld}),
                         label{nato::confidential}.releasable({party::kfor}).only_for({party::irl})}) {
    for (const label_format format : {label_format::stanag4774, label_format::ess})
      if (const wire_text w = write_xep0258(l, {.format = format, .equivalents = l.scheme == nato::id
                                                                                     ? slice<const scheme_id>{}
                                                                                     : slice<const scheme_id>{to_nato}}))
        seed(w.view());
    if (const wire_text w = write_4778(l)) seed(w.view());
  }
  std::printf("%d seeds\n", n);
  return 0;
}
