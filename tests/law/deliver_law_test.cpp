// SPDX-License-Identifier: MIT
//
// Laws of delivery, catalogs, messages with parts and every-reason lists, over every label of
// every scheme and small universes of destinations, readers and audiences.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "universe.hpp"

using namespace universe;

namespace {

/// Peers and rooms: cleared at each NATO level and in national schemes, with and without
/// ATOMAL, for one country, for NATO, for a country outside it.
std::vector<destination> destinations() {
  std::vector<destination> out;
  const std::array<level, 4> clearances[] = {
      {level{nato::id, 0}}, {nato::restricted}, {nato::secret}, {nato::cosmic_top_secret},
      {nld::stg_confidentieel}, {deu::geheim, nato::confidential}, {eu::secret, nato::restricted},
  };
  for (const auto& cleared : clearances)
    for (const category_set& held : {category_set{}, category_set{category::atomal, compartment(0)}})
      for (const party_set& parties : {party_set{party::deu}, party_set{party::nato}, party_set{party::nld, party::irl},
                                       party_set{party::jpn}})
        out.push_back({.id = "peer.example", .kind = destination_kind::peer, .cleared = cleared, .categories = held,
                       .parties = parties});
  return out;
}

std::vector<person> readers() {
  std::vector<person> out{person{}};
  const std::array<clearance_grant, 4> clearance_sets[] = {
      {}, {nld::screening_c}, {nld::screening_a, nato::clearance_secret}, {deu::ue2, nato::clearance_confidential},
      {nato::clearance_cosmic_top_secret, eu::clearance_top_secret}};
  for (party nationality : {party::nld, party::deu, party::irl})
    for (organisation o : {organisation::none, organisation::government})
      for (bool briefed : {false, true})
        for (const auto& clearances : clearance_sets)
          for (const category_set& held : {category_set{}, category_set{category::atomal, compartment(0)}})
            out.push_back(person{nationality, o, clearances, held, briefed, {}});
  return out;
}

/// Each level of every scheme, as its owner's label: the parts of messages.
std::vector<label> levels() {
  std::vector<label> out;
  for (const scheme* s : builtin_schemes.schemes())
    for (const level_info& info : s->levels) out.push_back(label{level_of(*s, info.rank)});
  return out;
}

}  // namespace

TEST_CASE("law: delivery is monotone - a destination that takes a label takes every label it dominates") {
  const std::vector<destination> ds = destinations();
  long checks = 0;
  for (const scheme* s : builtin_schemes.schemes()) {
    const std::vector<label> ls = labels_of(*s);
    for (const destination& d : ds) {
      std::vector<bool> allowed(ls.size());
      for (std::size_t i = 0; i < ls.size(); ++i) allowed[i] = may_deliver(ls[i], d).allowed();
      for (std::size_t i = 0; i < ls.size(); ++i)
        if (allowed[i])
          for (std::size_t k = 0; k < ls.size(); ++k)
            if (dominates(ls[i], ls[k])) {
              CAPTURE(explain(may_deliver(ls[k], d)).view());
              REQUIRE(allowed[k]);
              ++checks;
            }
    }
  }
  MESSAGE("monotonicity checks: " << checks);
  CHECK(checks > 0);
}

TEST_CASE("law: every reason list starts with the decision, and holds denials only when it is one") {
  const std::vector<label> ls = all_labels();
  const std::vector<destination> ds = destinations();
  const std::vector<person> ps = readers();
  long lists = 0;
  const auto check = [&](const decision& d, const decision_list& all) {
    REQUIRE(all.size() >= 1);
    REQUIRE(all.size() <= decision_list::capacity);
    REQUIRE(all.first() == d);
    if (d.allowed()) REQUIRE(all.size() == 1);
    for (const decision& each : all)
      if (all.size() > 1) REQUIRE(!each.allowed());
    ++lists;
  };
  for (const label& l : ls) {
    for (const destination& dest : ds) check(may_deliver(l, dest), delivery_reasons(l, dest));
    for (const person& p : ps) check(can_access(p, l), access_reasons(p, l));
    for (const channel* c : channels::catalogue)
      for (const deployment& dep : {deployment{}, deployment{.on = date{2026, 3, 1}}})
        check(may_transmit(l, *c, dep), transmit_reasons(l, *c, dep));
  }
  MESSAGE("lists: " << lists);
}

TEST_CASE("law: a catalog offers exactly the labels every party can take, highest first") {
  const std::vector<person> ps = readers();
  const std::vector<destination> ds = destinations();
  long offered = 0, refused = 0;
  for (const scheme* s : {builtin_schemes.find(nato::id).get(), builtin_schemes.find(nld::id).get()}) {
    std::array<label, 8> policy{};
    std::size_t n = 0;
    for (const level_info& info : s->levels) policy[n++] = label{level_of(*s, info.rank)};
    const slice<const label> labels{policy.data(), n};
    for (std::size_t si = 0; si < ps.size(); si += 7)
      for (std::size_t ri = 0; ri + 1 < ps.size(); ri += 11)
        for (const found<channel> via : {found<channel>{}, found<channel>{channels::sectra_tiger_s}, found<channel>{channels::cisco_webex}})
          for (std::size_t di = 0; di < ds.size(); di += 9) {
            const std::array<person, 2> recipients{ps[ri], ps[ri + 1]};
            const std::array<destination, 1> through{ds[di]};
            const audience a{.sender = ps[si], .recipients = recipients, .via = via, .through = through};
            const label_catalog<8> c = make_catalog<8>(labels, labels[1], a);
            REQUIRE(c.outcome.allowed());
            REQUIRE(c.size == n);
            for (std::size_t i = 0; i < c.size; ++i) {
              const label& l = c.entries[i].value;
              // Each party asked directly, not through may_reach.
              bool every = can_access(ps[si], l).allowed() && can_access(recipients[0], l).allowed() &&
                           can_access(recipients[1], l).allowed() && may_deliver(l, through[0]).allowed();
              if (via) every = every && may_transmit(l, *via).allowed();
              REQUIRE(every == (i < c.offered));
              REQUIRE(c.choose(l).allowed() == every);
              if (i > 0 && (i < c.offered) == (i - 1 < c.offered)) REQUIRE(l.rank <= c.entries[i - 1].value.rank);
              (every ? offered : refused) += 1;
            }
            REQUIRE(c.has_default() == may_reach(labels[1], a).allowed());
          }
  }
  MESSAGE("offered " << offered << ", refused " << refused);
  CHECK(offered > 0);
  CHECK(refused > 0);
}

TEST_CASE("law: a message's label never lowers a part - it dominates each part's equivalent") {
  const std::vector<label> ls = levels();
  long joined = 0, refused = 0;
  for (const scheme_id common : {nato::id, eu::id, nld::id, deu::id})
    for (const label& a : ls)
      for (const label& b : ls) {
        const std::array<label, 2> parts{a, b};
        const label_result r = message_label(parts, common);
        if (!r) {
          // Refused only when a part has no equivalent: the first such part's reason.
          const conversion ca = a.scheme == common ? conversion{a, {}, {}, validate(a)} : convert(a, common);
          const conversion cb = b.scheme == common ? conversion{b, {}, {}, validate(b)} : convert(b, common);
          REQUIRE((!ca || !cb));
          REQUIRE(r.outcome == (!ca ? ca.outcome : cb.outcome));
          ++refused;
          continue;
        }
        REQUIRE(r.value.scheme == common);
        REQUIRE(is_valid(r.value));
        for (const label& part : parts) {
          const label in_common = part.scheme == common ? part : convert(part, common).value;
          CAPTURE(explain(r.outcome).view());
          REQUIRE(dominates(r.value, in_common));
          REQUIRE(r.value.rank >= in_common.rank);
        }
        ++joined;
      }
  MESSAGE("joined " << joined << ", refused " << refused);
  CHECK(joined > 0);
  CHECK(refused > 0);
}

TEST_CASE("law: a room delivers to exactly its cleared members, and to none when it may not take the label") {
  const std::vector<person> ps = readers();
  std::vector<member> members;
  for (const person& p : ps) members.push_back({"member", p});
  const std::vector<destination> rooms = destinations();
  long delivered = 0, withheld = 0;
  for (const label& l : all_labels())
    for (std::size_t ri = 0; ri < rooms.size(); ri += 5) {
      std::size_t asked = 0, cleared = 0;
      const room_delivery r = deliver_to_members(l, rooms[ri], members, [&](const member& m, const decision& d) {
        REQUIRE(d == can_access(m.who, l));
        ++asked;
        cleared += d ? 1 : 0;
      });
      REQUIRE(r.room == may_deliver(l, rooms[ri]));
      REQUIRE(asked == (r ? members.size() : 0));
      REQUIRE(r.cleared == cleared);
      REQUIRE(r.refused == asked - cleared);
      delivered += static_cast<long>(r.cleared);
      withheld += static_cast<long>(r.refused);
    }
  MESSAGE("delivered " << delivered << ", withheld " << withheld);
  CHECK(delivered > 0);
  CHECK(withheld > 0);
}
