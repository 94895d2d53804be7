// SPDX-License-Identifier: MIT
//
// Destinations (peers, rooms, lists), rooms' members, catalogs for an audience, the label of a
// message whose parts are of different schemes, and every reason of a decision.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <clearance/clearance.hpp>
#include <clearance/wire.hpp>

using namespace clearance;

namespace {

constexpr destination peer_de{.id = "xmpp.bund.example", .kind = destination_kind::peer,
                              .cleared = {nato::secret}, .parties = {party::deu}};
constexpr destination peer_atomal{.id = "atomal.nato.example", .kind = destination_kind::peer,
                                  .cleared = {nato::cosmic_top_secret}, .categories = {category::atomal},
                                  .parties = {party::nato}};
constexpr destination peer_de_confidential{.id = "xmpp.bund.example", .kind = destination_kind::peer,
                                           .cleared = {nato::confidential}, .parties = {party::deu}};
constexpr destination room{.id = "ops@rooms.example", .kind = destination_kind::room, .cleared = {nato::secret},
                           .parties = {party::nato}};

constexpr person nl{.nationality = party::nld, .works_for = organisation::government,
                    .clearances = {nld::screening_a, nato::clearance_secret}, .briefed = true};
constexpr person de{.nationality = party::deu, .works_for = organisation::government,
                    .clearances = {deu::ue2, nato::clearance_confidential}, .briefed = true};
constexpr person fr{.nationality = party::fra, .works_for = organisation::government,
                    .clearances = {nato::clearance_secret}, .briefed = true};
constexpr std::array<member, 3> members{member{"nl@example", nl}, member{"de@example", de}, member{"fr@example", fr}};

constexpr std::array<label, 5> nato_labels{label{nato::unclassified}, label{nato::restricted},
                                           label{nato::confidential}, label{nato::secret},
                                           label{nato::cosmic_top_secret}};
constexpr std::array<person, 2> recipients{de, fr};
constexpr std::array<destination, 1> peers{peer_de};
constexpr audience to_room{.sender = nl, .recipients = recipients, .through = peers};

}  // namespace

// ---------------------------------------------------------------- destinations

TEST_CASE("may_deliver: a peer takes a label at or below its clearance - after conversion") {
  CHECK(may_deliver(nato::secret, peer_de).allowed());
  CHECK(may_deliver(nato::restricted, peer_de).allowed());
  // NATO UNCLASSIFIED is a marking: no clearance is asked for, releasability still is.
  CHECK(may_deliver(nato::unclassified, peer_de).allowed());
  const decision above = may_deliver(nato::cosmic_top_secret, peer_de);
  CHECK(above.why == reason::above_destination_clearance);
  CHECK(above.held == level{nato::secret});
  CHECK(std::string(explain(above, peer_de.id).view()) ==
        "denied (above destination clearance): destination xmpp.bund.example is cleared up to NATO SECRET; "
        "label is COSMIC TOP SECRET");
  // A Dutch label released to Germany is compared with the ceiling as its NATO equivalent.
  const label geheim = label{nld::stg_geheim}.releasable({party::nld, party::deu});
  CHECK(may_deliver(geheim, peer_de).allowed());
  const decision zg = may_deliver(label{nld::stg_zeer_geheim}.releasable({party::nld, party::deu}), peer_de);
  CHECK(zg.why == reason::above_destination_clearance);
  CHECK(zg.required == level{nato::cosmic_top_secret});
}

TEST_CASE("may_deliver: the far end must be one the label is releasable to") {
  const decision d = may_deliver(nld::stg_geheim, peer_de);  // Dutch information: to the Netherlands
  CHECK(d.why == reason::destination_not_releasable);
  CHECK(d.parties() == party_set{party::nld});
  CHECK(std::string(explain(d, peer_de.id).view()) ==
        "denied (destination not releasable): label Stg. GEHEIM is releasable to NLD, and destination "
        "xmpp.bund.example is none of them");
  // A peer for NATO as a whole matches a label releasable to NATO, not one for the Netherlands only.
  CHECK(may_deliver(nato::secret, room).allowed());
  CHECK(may_deliver(label{nato::secret}.releasable({party::nld}), room).why == reason::destination_not_releasable);
  // A country peer matches "REL TO NATO" through its membership.
  CHECK(may_deliver(label{nato::secret}.releasable({party::nato}), peer_de).allowed());
}

TEST_CASE("may_deliver: restrictive categories must be held by the destination") {
  const label atomal = label{nato::secret}.with(category::atomal);
  const decision d = may_deliver(atomal, peer_de);
  CHECK(d.why == reason::destination_lacks_category);
  CHECK(d.categories() == category_set{category::atomal});
  CHECK(may_deliver(atomal, peer_atomal).allowed());
  // An informative category asks nothing of the destination.
  CHECK(may_deliver(label{nato::secret}.with(category::staff), peer_de).allowed());
}

TEST_CASE("may_deliver: every destination rule is checked - deny by default") {
  CHECK(may_deliver(nato::restricted, destination{}).why == reason::invalid_destination);
  const auto rule_of = [](const destination& d) { return static_cast<destination_rule>(may_deliver(nato::restricted, d).detail); };
  CHECK(rule_of(destination{}) == destination_rule::missing_id);
  destination d = peer_de;
  d.kind = static_cast<destination_kind>(7);
  CHECK(rule_of(d) == destination_rule::undefined_kind);
  d = peer_de;
  d.cleared = {};
  CHECK(rule_of(d) == destination_rule::no_clearance);
  d.cleared = {level{static_cast<scheme_id>(999), 1}};
  CHECK(rule_of(d) == destination_rule::unknown_clearance_scheme);
  d.cleared = {level{nato::id, 9}};
  CHECK(rule_of(d) == destination_rule::unknown_clearance_level);
  d.cleared = {nato::secret, nato::restricted};
  CHECK(rule_of(d) == destination_rule::duplicate_clearance_scheme);
  d = peer_de;
  d.categories = category_set::from_words(0, std::uint64_t{1} << 40);  // a host category no scheme defines
  CHECK(rule_of(d) == destination_rule::undefined_category);
  d = peer_de;
  d.parties = {};
  CHECK(rule_of(d) == destination_rule::undefined_party);
  d.parties = party_set::from_words(0, std::uint64_t{1} << 62);
  CHECK(rule_of(d) == destination_rule::undefined_party);
  CHECK(check_destination(peer_de) == destination_rule::none);
  // A rank-0 clearance admits unclassified information only.
  d = peer_de;
  d.cleared = {level{nato::id, 0}};
  CHECK(may_deliver(nato::unclassified, d).allowed());
  CHECK(may_deliver(nato::restricted, d).why == reason::above_destination_clearance);
  // The terms of the conversions are validated too.
  CHECK(may_deliver(nato::secret, peer_de, {date{2026, 2, 30}}).why == reason::invalid_date);
  CHECK(may_deliver(label{}, peer_de).why == reason::unknown_scheme);
  for (int r = 0; r <= static_cast<int>(last_destination_rule); ++r)
    CHECK(to_string(static_cast<destination_rule>(r)) != "unknown destination rule");
}

TEST_CASE("deliverable: the compile-time door of may_deliver") {
  static_assert(deliverable<label{nato::secret}, peer_de>);
  static_assert(!deliverable<label{nato::cosmic_top_secret}, peer_de>);
  static_assert(require<may_deliver(nato::secret, room)>);
  CHECK(deliverable<label{nato::restricted}, room>);
}

// ---------------------------------------------------------------- rooms

TEST_CASE("deliver_to_members: only cleared members receive, the others are reported with a reason") {
  std::vector<std::string> got, refused;
  const room_delivery r = deliver_to_members(nato::secret, room, members, [&](const member& m, const decision& d) {
    (d ? got : refused).push_back(std::string(m.id) + (d ? "" : ": " + std::string(to_string(d.why))));
  });
  CHECK(r.allowed());
  CHECK(r.cleared == 2);
  CHECK(r.refused == 1);
  CHECK(got == std::vector<std::string>{"nl@example", "fr@example"});
  CHECK(refused == std::vector<std::string>{"de@example: clearance below label"});
}

TEST_CASE("deliver_to_members: a room that may not take the label asks no member") {
  int asked = 0;
  const room_delivery r =
      deliver_to_members(nato::cosmic_top_secret, room, members, [&](const member&, const decision&) { ++asked; });
  CHECK(!r);
  CHECK(r.room.why == reason::above_destination_clearance);
  CHECK(asked == 0);
  CHECK(r.cleared + r.refused == 0);
}

TEST_CASE("relabel_room: raising a room's label names who may no longer stay") {
  std::vector<std::string> leave;
  const auto must_leave = [&](const member& m, const decision& d) {
    CHECK(!d);
    leave.emplace_back(m.id);
  };
  CHECK(relabel_room(nato::restricted, room, members, must_leave).refused == 0);
  CHECK(leave.empty());
  const room_delivery up = relabel_room(nato::secret, room, members, must_leave);
  CHECK(up.allowed());
  CHECK(leave == std::vector<std::string>{"de@example"});
  // A label the room is not cleared for is refused as a whole.
  leave.clear();
  CHECK(relabel_room(nato::cosmic_top_secret, room, members, must_leave).room.why == reason::above_destination_clearance);
  CHECK(leave.empty());
}

TEST_CASE("rooms at compile time: a constexpr count of the members cleared") {
  constexpr std::size_t cleared = deliver_to_members(nato::secret, room, members, [](const member&, const decision&) {}).cleared;
  static_assert(cleared == 2);
  CHECK(cleared == 2);
}

// ---------------------------------------------------------------- audiences and catalogs

TEST_CASE("may_reach: the first party that cannot take the label decides, and is named") {
  CHECK(may_reach(nato::confidential, to_room).allowed());
  const reach_decision ns = may_reach(nato::secret, to_room);
  CHECK(ns.role == audience_role::recipient);
  CHECK(ns.index == 0);  // the German recipient holds NATO CONFIDENTIAL
  CHECK(ns.outcome == can_access(de, nato::secret));
  const reach_decision cts = may_reach(nato::cosmic_top_secret, to_room);
  CHECK(cts.role == audience_role::sender);
  // No sender: a default-constructed person, denied.
  CHECK(may_reach(nato::restricted, audience{}).outcome.why == reason::no_person);
  // The channel and the peers are parties too.
  const audience over_webex{.sender = nl, .via = channels::cisco_webex};
  CHECK(may_reach(nato::restricted, over_webex).role == audience_role::channel);
  const audience via_peer{.sender = nl, .through = peers};
  CHECK(may_reach(label{nato::secret}.with(category::atomal), via_peer).role == audience_role::sender);
  CHECK(may_reach(nld::stg_geheim, via_peer).role == audience_role::destination);
  CHECK(to_string(audience_role::destination) == "destination");
}

TEST_CASE("make_catalog: what every party can take, highest first, with the policy's default") {
  constexpr label_catalog<5> c = make_catalog(nato_labels, nato::restricted, to_room);
  static_assert(c.outcome.allowed());
  REQUIRE(c.offered == 3);
  CHECK(c.offered_labels()[0] == label{nato::confidential});
  CHECK(c.offered_labels()[1] == label{nato::restricted});
  CHECK(c.offered_labels()[2] == label{nato::unclassified});
  CHECK(c.has_default());
  CHECK(c.labels[c.default_index] == label{nato::restricted});
  // The refused follow, highest first, each with the party that refuses it.
  REQUIRE(c.size == 5);
  CHECK(c.entries[3].value == label{nato::cosmic_top_secret});
  CHECK(c.entries[3].verdict.role == audience_role::sender);
  CHECK(c.entries[4].value == label{nato::secret});
  CHECK(c.entries[4].verdict.role == audience_role::recipient);
  // Choosing: what is offered is allowed; what is not says why.
  static_assert(require<c.choose(nato::confidential)>);
  CHECK(c.choose(nato::secret) == can_access(de, nato::secret));
  CHECK(c.choose(nld::stg_geheim).why == reason::not_offered);
  CHECK(std::string(explain(c.choose(nld::stg_geheim)).view()) ==
        "denied (not offered): label Stg. GEHEIM is not one of the catalog's labels");
}

TEST_CASE("make_catalog: a default nobody can take is not offered - the user chooses") {
  const label_catalog<5> c = make_catalog(nato_labels, nato::secret, to_room);
  CHECK(c.outcome.allowed());
  CHECK(!c.has_default());
  CHECK(c.default_index == c.none);
}

TEST_CASE("make_catalog: a policy whose labels are not of one scheme, or not valid, offers nothing") {
  const std::array<label, 2> mixed{label{nato::secret}, label{nld::stg_geheim}};
  const label_catalog<2> c = make_catalog(mixed, nato::secret, to_room);
  CHECK(c.outcome.why == reason::different_schemes);
  CHECK(c.offered == 0);
  CHECK(c.choose(nato::secret).why == reason::different_schemes);
  const std::array<label, 2> invalid{label{nato::secret}, label{nato::restricted}.with(category::atomal)};
  CHECK(make_catalog(invalid, nato::secret, to_room).outcome.why == reason::category_not_allowed_at_level);
  // More labels than the capacity: no catalog, never a shortened one.
  const label_catalog<2> small = make_catalog<2>(slice<const label>{nato_labels}, nato::restricted, to_room);
  CHECK(small.outcome.why == reason::undecided);
  CHECK(small.size == 0);
  CHECK(make_catalog<4>(slice<const label>{}, nato::restricted, to_room).outcome.why == reason::undecided);
}

TEST_CASE("make_catalog writes an XEP-0258 catalog") {
  const label_catalog<5> c = make_catalog(nato_labels, nato::restricted, to_room);
  const catalog_text text = write_catalog(builtin_schemes, c.offered_labels(), c.default_index);
  REQUIRE(text.ok());
  const std::string xml(text.view());
  CHECK(xml.find("size=\"3\"") != std::string::npos);
  CHECK(xml.find("default=\"true\"") != std::string::npos);
  CHECK(xml.find("NATO SECRET") == std::string::npos);
}

// ---------------------------------------------------------------- messages with parts

TEST_CASE("message_label: parts of different schemes joined in a common scheme, never lower") {
  const std::array<label, 2> parts{label{nld::stg_confidentieel}, label{nato::secret}};
  const label_result in_nato = message_label(parts, nato::id);
  REQUIRE(in_nato.ok());
  CHECK(level_of(in_nato.value) == level{nato::secret});
  const label_result in_nld = message_label(parts, nld::id);
  REQUIRE(in_nld.ok());
  CHECK(level_of(in_nld.value) == level{nld::stg_geheim});
  // Categories and releasability of every part are kept.
  const std::array<label, 2> with_atomal{label{nld::stg_confidentieel}, label{nato::secret}.with(category::atomal)};
  CHECK(message_label(with_atomal, nato::id).value.categories.contains(category::atomal));
}

TEST_CASE("message_label: refused when a part has no equivalent in the common scheme") {
  const std::array<label, 2> parts{label{fra::diffusion_restreinte}, label{nato::secret}};
  CHECK(message_label(parts, nato::id).outcome.why == reason::not_a_classification);
  const std::array<label, 1> invalid{label{nato::restricted}.with(category::atomal)};
  CHECK(message_label(invalid, nato::id).outcome.why == reason::category_not_allowed_at_level);
  CHECK(message_label(slice<const label>{}, nato::id).outcome.why == reason::undecided);
  const std::array<label, 1> none{label{}};
  CHECK(message_label(none, nato::id).outcome.why == reason::unknown_scheme);
}

// ---------------------------------------------------------------- every reason

TEST_CASE("access_reasons: every failing rule, in order - the first is can_access's") {
  const person tanaka{.nationality = party::jpn};
  const label l = label{nato::secret}.with(compartment(0));
  const decision_list all = access_reasons(tanaka, l);
  REQUIRE(all.size() == 5);
  CHECK(all.first() == can_access(tanaka, l));
  const reason expected[] = {reason::not_releasable, reason::no_authorising_organisation, reason::not_briefed,
                             reason::clearance_below_label, reason::missing_need_to_know};
  for (std::size_t i = 0; i < all.size(); ++i) CHECK(all.view()[i].why == expected[i]);
  // An allowed decision is a list of one: the allowance.
  const decision_list ok = access_reasons(nl, nato::secret);
  REQUIRE(ok.size() == 1);
  CHECK(ok.first().allowed());
  // A fault in what was asked ends the list.
  CHECK(access_reasons(person{}, nato::secret).size() == 1);
}

TEST_CASE("transmit_reasons and delivery_reasons: every failing rule, in order") {
  const decision_list webex = transmit_reasons(nld::stg_geheim, channels::cisco_webex);
  REQUIRE(webex.size() == 2);
  CHECK(webex.first() == may_transmit(nld::stg_geheim, channels::cisco_webex));
  CHECK(webex.view()[1].why == reason::condition_not_met);
  const label l = label{nld::stg_zeer_geheim}.with(category::atomal);
  const decision_list peer = delivery_reasons(l, peer_de);
  REQUIRE(peer.size() == 3);
  CHECK(peer.first() == may_deliver(l, peer_de));
  CHECK(peer.view()[1].why == reason::above_destination_clearance);
  CHECK(peer.view()[2].why == reason::destination_lacks_category);
  CHECK(store_reasons(nato::restricted, channels::ios_unmanaged).first() == may_store(nato::restricted, channels::ios_unmanaged));
}

TEST_CASE("explain_all: one sentence per reason, the first the decision's") {
  const decision_list all = access_reasons(person{.nationality = party::jpn}, nato::secret);
  const std::string text = explain_all(builtin_schemes, all, "Tanaka");
  const std::string first(explain(all.first(), "Tanaka").view());
  CHECK(text.substr(0, first.size()) == first);
  std::size_t lines = 1;
  for (const char c : text) lines += c == '\n' ? 1 : 0;
  CHECK(lines == all.size());
  CHECK(text.find("denied (not briefed): Tanaka has had no security briefing") != std::string::npos);
}

namespace {
template <const destination& D, class V>
concept can_deliver = requires(const V& v) {
  { deliver<D>(v) } -> std::same_as<const std::string&>;
};
}  // namespace

TEST_CASE("deliver<D>: a labelled value reaches a destination's transport only when may_deliver allows") {
  using note_t = labeled<std::string, label{nato::secret}>;
  using plan_t = labeled<std::string, label{nato::cosmic_top_secret}>;
  const note_t note{"Move at dawn."};
  CHECK(deliver<peer_de>(note) == "Move at dawn.");
  // The forbidden path is a type error; generic code sees it as not callable.
  static_assert(can_deliver<peer_de, note_t>);
  static_assert(!can_deliver<peer_de, plan_t>);
  static_assert(can_deliver<peer_atomal, plan_t>);
  CHECK(!can_deliver<room, plan_t>);
}

TEST_CASE("combined_reasons: the reasons of a decision that needs two to allow") {
  const label ns = nato::secret;
  const decision_list access_ok = access_reasons(nl, ns), access_no = access_reasons(de, ns);
  const decision_list peer_ok = delivery_reasons(ns, peer_atomal), peer_no = delivery_reasons(ns, peer_de_confidential);
  CHECK(combined_reasons(access_ok, peer_ok).first().allowed());
  CHECK(combined_reasons(access_ok, peer_ok).size() == 1);
  CHECK(combined_reasons(access_no, peer_ok).view()[0] == access_no.first());
  CHECK(combined_reasons(access_ok, peer_no).first() == peer_no.first());
  const decision_list both_no = combined_reasons(access_no, peer_no);
  REQUIRE(both_no.size() == access_no.size() + peer_no.size());
  CHECK(both_no.first() == access_no.first());
  CHECK(both_no.view()[access_no.size()] == peer_no.first());
}
