// SPDX-License-Identifier: MIT
//
// XEP-0258 (wire/xep0258.hpp): security labels in XMPP with 4774 and ESS payloads, equivalent
// labels that may not lower, the default label, colours from the policy data, catalogs, and
// each class of bad stanza part refused with its kind and offset.
#include <doctest/doctest.h>

#include <clearance/wire.hpp>
#include <string>
#include <string_view>

#include "../support/host_scheme.hpp"

using namespace clearance;

namespace {

constexpr scheme_id nato_only[] = {nato::id};

std::string securitylabel(std::string_view inner) {
  return "<securitylabel xmlns='urn:xmpp:sec-label:0'>" + std::string(inner) + "</securitylabel>";
}

std::string ess(std::string_view base64) {
  return "<esssecuritylabel xmlns='urn:xmpp:sec-label:ess:0'>" + std::string(base64) + "</esssecuritylabel>";
}

}  // namespace

TEST_CASE("xep-0258: a label with an equivalent, in both payload forms, reads back") {
  const label dutch = label{nld::stg_geheim}.releasable({party::nld, party::bel});
  for (const label_format format : {label_format::stanag4774, label_format::ess}) {
    CAPTURE(static_cast<int>(format));
    const wire_text w = write_xep0258(builtin_schemes, dutch, {.format = format, .equivalents = nato_only});
    REQUIRE(w.ok());
    CHECK(w.view().starts_with("<securitylabel xmlns=\"urn:xmpp:sec-label:0\"><displaymarking>Stg. GEHEIM//REL TO BEL, NLD"
                               "</displaymarking><label>"));
    const xmpp_label r = read_xep0258(builtin_schemes, w.view());
    REQUIRE_MESSAGE(r.ok(), to_string(r.error), " at ", r.offset);
    CHECK(r.value == dutch);
    CHECK(r.format == format);
    CHECK_FALSE(r.from_equivalent);
    REQUIRE(r.equivalent_count == 1);
    CHECK(r.equivalents[0].value == to_nato(builtin_schemes, dutch).value);
    CHECK(r.equivalents[0].checked);
    CHECK(xml::same(r.display_marking, "Stg. GEHEIM//REL TO BEL, NLD"));
  }
}

TEST_CASE("xep-0258: an equivalent label lower than the library's conversion is refused") {
  const wire_text primary = write_4774(label{nld::stg_geheim});
  // The conversion keeps the releasability (to the Netherlands): NATO SECRET, releasable to NLD.
  const wire_text lower = write_4774(label{nato::confidential}.releasable({party::nld}), {.role = label_role::alternative});
  const wire_text higher =
      write_4774(label{nato::cosmic_top_secret}.releasable({party::nld}), {.role = label_role::alternative});
  const wire_text wider = write_4774(label{nato::secret}, {.role = label_role::alternative});  // to all of NATO
  const std::string base = "<displaymarking>Stg. GEHEIM</displaymarking><label>" + std::string(primary.view()) + "</label>";
  const std::string lowered = securitylabel(base + "<equivalentlabel>" + std::string(lower.view()) + "</equivalentlabel>");
  const xmpp_label r = read_xep0258(builtin_schemes, lowered);
  CHECK(r.error == wire_error::conflicting_parts);
  CHECK(r.offset == lowered.find("<equivalentlabel>"));
  CHECK(r.value == label{});
  // One releasable to more parties lowers it as well.
  const std::string widened = securitylabel(base + "<equivalentlabel>" + std::string(wider.view()) + "</equivalentlabel>");
  CHECK(read_xep0258(builtin_schemes, widened).error == wire_error::conflicting_parts);
  // A higher one protects more: kept, and checked.
  const xmpp_label h = read_xep0258(builtin_schemes, securitylabel(base + "<equivalentlabel>" + std::string(higher.view()) +
                                                                   "</equivalentlabel>"));
  REQUIRE(h.ok());
  CHECK(h.equivalents[0].checked);
}

TEST_CASE("xep-0258: the label's policy unknown here, a known equivalent decides (XEP-0258 §6)") {
  // The XEP's own example payload: SET { INTEGER 4, OID 1.1 }, policy 1.1, unknown here.
  const wire_text nato_secret = write_4774(label{nato::secret}, {.role = label_role::alternative});
  const std::string stanza = securitylabel("<displaymarking fgcolor='black' bgcolor='red'>SECRET</displaymarking><label>" +
                                           ess("MQYCAQQGASk=") + "</label><equivalentlabel>" +
                                           std::string(nato_secret.view()) + "</equivalentlabel>");
  const xmpp_label r = read_xep0258(builtin_schemes, stanza);
  REQUIRE_MESSAGE(r.ok(), to_string(r.error), " at ", r.offset);
  CHECK(r.from_equivalent);
  CHECK(r.value == label{nato::secret});
  CHECK(r.format == label_format::ess);
  CHECK(r.fgcolor == "black");
  CHECK(r.bgcolor == "red");
  CHECK_FALSE(r.equivalents[0].checked);  // nothing to check it against
  // Without the equivalent: the unknown policy is the answer.
  const std::string alone = securitylabel("<label>" + ess("MQYCAQQGASk=") + "</label>");
  CHECK(read_xep0258(builtin_schemes, alone).error == wire_error::unknown_policy);
  // Equivalents of policies unknown here are counted, not read.
  const std::string unknown_eq = securitylabel("<label>" + std::string(write_4774(label{nato::secret}).view()) +
                                               "</label><equivalentlabel>" + ess("MQYCAQQGASk=") + "</equivalentlabel>");
  const xmpp_label u = read_xep0258(builtin_schemes, unknown_eq);
  REQUIRE(u.ok());
  CHECK(u.unknown_equivalents == 1);
  CHECK(u.equivalent_count == 0);
}

TEST_CASE("xep-0258: an empty <label/> asks for the default label, which only the host has") {
  const std::string stanza = securitylabel("<displaymarking>UNCLASSIFIED</displaymarking><label/>");
  const xmpp_label r = read_xep0258(builtin_schemes, stanza);
  CHECK(r.error == wire_error::default_label);
  CHECK(r.offset == stanza.find("<label/>"));
  CHECK(r.value == label{});  // denied everywhere unless the host substitutes its default
}

TEST_CASE("xep-0258: a received label is decided on first: read, unreadable or missing, never a default") {
  const label dutch = label{nld::stg_geheim}.releasable({party::nld});
  const wire_text w = write_xep0258(builtin_schemes, dutch);
  REQUIRE(w.ok());
  const decision read = label_intake(read_xep0258(builtin_schemes, w.view()));
  CHECK(read.allowed());
  CHECK(read.label_level == level_of(dutch));

  // unreadable: the reader's error is held and named, whatever it is
  for (const std::string_view part : {std::string_view{"<securitylabel xmlns='urn:xmpp:sec-label:0'><label>?</label></securitylabel>"},
                                      std::string_view{"<securitylabel xmlns='urn:xmpp:sec-label:0'><label>"}}) {
    CAPTURE(part);
    const xmpp_label r = read_xep0258(builtin_schemes, part);
    REQUIRE_FALSE(r.ok());
    const decision d = label_intake(r);
    CHECK(d.why == reason::label_unreadable);
    CHECK(d.wire_fault() == r.error);
    CHECK(explain(d).view() == "denied (label unreadable): the message's security label cannot be read: " + std::string(to_string(r.error)));
  }
  // the default label asked for is no label until the host supplies one
  const decision asked_default = label_intake(read_xep0258(builtin_schemes, securitylabel("<label/>")));
  CHECK(asked_default.why == reason::label_unreadable);
  CHECK(asked_default.wire_fault() == wire_error::default_label);

  // a label that reaches intake without a reader (forged by a host) is validated, not trusted
  wire_result forged{};
  forged.value.scheme = nato::id;
  forged.value.rank = 99;
  CHECK(label_intake(forged).why == reason::unknown_level);

  constexpr decision missing = label_intake(no_label);
  static_assert(missing.why == reason::label_missing);
  CHECK(explain(missing).view() == "denied (label missing): the message carries no security label, and every message must carry one");
}

TEST_CASE("xep-0258: display colours come from the policy data") {
  const wire_text w = write_xep0258(exr::schemes, label{exr::secret});
  REQUIRE(w.ok());
  CHECK(w.view().find("<displaymarking fgcolor=\"#FFFFFF\" bgcolor=\"red\">EXERCISE SECRET</displaymarking>") !=
        std::string_view::npos);
  // The built-in schemes have no sourced colours: the XEP's defaults apply.
  CHECK(write_xep0258(builtin_schemes, label{nato::secret}).view().find("<displaymarking>NATO SECRET<") !=
        std::string_view::npos);
}

TEST_CASE("xep-0258: every class of bad security label is refused with its kind and offset") {
  const std::string good = std::string(write_4774(label{nato::secret}).view());
  struct bad {
    std::string xml;
    wire_error error;
    std::string_view at;
  };
  const bad cases[] = {
      {"<label/>", wire_error::unexpected_element, "<label/>"},
      {securitylabel("<displaymarking>X</displaymarking>"), wire_error::missing_element, "</securitylabel>"},
      {securitylabel("<label>" + good + "</label><extra/>"), wire_error::unexpected_element, "<extra/>"},
      {securitylabel("<label>" + good + good + "</label>"), wire_error::unexpected_element, "<originatorConfidentialityLabel xmlns=\"urn:nato:stanag:4774:confidentialitymetadatalabel:1:0\"><ConfidentialityInformation><PolicyIdentifier URI=\"urn:oid:1.3.26.1.3.1\">NATO</PolicyIdentifier><Classification>SECRET</Classification><Category TagName=\"Context\" Type=\"PERMISSIVE\"><GenericValue>NATO</GenericValue></Category></ConfidentialityInformation></originatorConfidentialityLabel></label>"},
      {securitylabel("<label><other xmlns='urn:x'/></label>"), wire_error::unexpected_element, "<other"},
      {securitylabel("<displaymarking fgcolor='pink'>X</displaymarking><label>" + good + "</label>"),
       wire_error::bad_value, "fgcolor"},
      {securitylabel("<displaymarking size='2'>X</displaymarking><label>" + good + "</label>"),
       wire_error::unexpected_element, "size"},
      {securitylabel("<label>" + ess("MQYCAQQGASk") + "</label>"), wire_error::bad_base64, "</esssecuritylabel>"},
      {securitylabel("<label>" + ess(" MQYCAQQGASk=") + "</label>"), wire_error::bad_base64, " MQYCAQQGASk="},
      {securitylabel("<label>" + good + "</label><equivalentlabel/>"), wire_error::missing_element, "<equivalentlabel/>"},
      {securitylabel("<label>" + good + "</label>") + "<x/>", wire_error::not_well_formed, "<x/>"},
  };
  for (const bad& c : cases) {
    CAPTURE(c.xml);
    const xmpp_label r = read_xep0258(builtin_schemes, c.xml);
    CHECK(r.error == c.error);
    CHECK(r.value == label{});
    const std::size_t expected = c.xml.find(c.at);
    REQUIRE(expected != std::string::npos);
    CHECK(r.offset == expected);
  }
}

TEST_CASE("xep-0258: a catalog offers the labels asked for, with one default, and reads back") {
  const label choices[] = {label{nato::unclassified}, label{nato::restricted}, label{nato::secret}.with(category::atomal)};
  const catalog_text c = write_catalog(builtin_schemes, choices, 1, {.to = "example.com", .name = "NATO & partners"});
  REQUIRE(c.ok());
  CHECK(c.view().starts_with("<catalog xmlns=\"urn:xmpp:sec-label:catalog:2\" to=\"example.com\" "
                             "name=\"NATO &amp; partners\" size=\"3\" restrict=\"true\">"));
  CHECK(c.view().find("<item selector=\"Classified|NATO RESTRICTED\" default=\"true\">") != std::string_view::npos);
  CHECK(c.view().find("<item selector=\"NATO UNCLASSIFIED\">") != std::string_view::npos);
  // Each item's label reads back as offered.
  xml::reader r{c.view()};
  std::size_t found = 0;
  for (xml::event e = r.next(); e.kind != xml::event_kind::end_of_document; e = r.next()) {
    if (e.kind != xml::event_kind::start_element || e.local != "securitylabel") continue;
    const xmpp_label l = read_xep0258(builtin_schemes, r);
    REQUIRE(l.ok());
    CHECK(l.value == choices[found++]);
  }
  CHECK(r.ok());
  CHECK(found == 3);
  // A label that cannot be written refuses the catalog.
  const label with_invalid[] = {label{nato::secret}, label{}};
  CHECK(write_catalog(builtin_schemes, with_invalid, 0).error == wire_error::invalid_label);
}

TEST_CASE("xep-0258: a catalog built from a policy offers what the sender and the channel allow") {
  // A Dutch official with a NATO SECRET clearance, sending over Cisco Webex (approved up to
  // Dep. VERTROUWELIJK): of NATO's levels, those the sender may hold and Webex may carry.
  const person sender{.nationality = party::nld, .works_for = organisation::government,
                      .clearances = {nld::screening_a, nato::clearance_secret}, .briefed = true};
  const deployment webex{.meets = {condition::client_deployment}};
  const std::array<label, 5> policy{label{nato::unclassified}, label{nato::restricted}, label{nato::confidential},
                                    label{nato::secret}, label{nato::cosmic_top_secret}};
  const label_catalog<5> catalog =
      make_catalog(policy, nato::restricted, {.sender = sender, .via = channels::cisco_webex, .deployed = webex});
  const slice<const label> offered = catalog.offered_labels();
  REQUIRE(!offered.empty());
  for (const label& l : offered) {
    CHECK(can_access(sender, l).allowed());
    CHECK(may_transmit(l, channels::cisco_webex, webex).allowed());
  }
  // Nothing the channel cannot carry is offered: NATO SECRET is above Webex's ceiling.
  for (const label& l : offered) CHECK(l.rank < nato::secret.rank);
  const catalog_text c = write_catalog(builtin_schemes, offered, catalog.default_index, {.to = "webex"});
  REQUIRE(c.ok());
  CHECK(c.view().find("default=\"true\"") != std::string_view::npos);
}

TEST_CASE("xep-0258: catalog requests") {
  const catalog_request q = read_catalog_request("<catalog xmlns='urn:xmpp:sec-label:catalog:2' to='example.com'/>");
  REQUIRE(q.ok());
  CHECK(q.to == "example.com");
  CHECK(read_catalog_request("<catalog xmlns='urn:xmpp:sec-label:catalog:2'/>").error == wire_error::missing_element);
  CHECK(read_catalog_request("<catalog xmlns='urn:xmpp:sec-label:catalog:1' to='x'/>").error ==
        wire_error::unexpected_element);
  CHECK(read_catalog_request("<catalog xmlns='urn:xmpp:sec-label:catalog:2' to='x' at='y'/>").error ==
        wire_error::unexpected_element);
}
