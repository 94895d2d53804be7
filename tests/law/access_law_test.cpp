// SPDX-License-Identifier: MIT
//
// Laws of can_access over a universe of persons and every label of every scheme.
#include <doctest/doctest.h>

#include "universe.hpp"

using namespace universe;

namespace {

std::vector<person> people() {
  std::vector<person> out;
  const std::array<clearance_grant, 4> clearance_sets[] = {
      {}, {nld::screening_c}, {nld::screening_a, nato::clearance_secret},
      {bel::clearance_geheim, nato::clearance_confidential}, {deu::ue2, eu::clearance_secret},
      {nld::screening_b, nato::clearance_cosmic_top_secret, eu::clearance_top_secret, bel::clearance_zeer_geheim},
  };
  // Two readers from outside NATO also serve with the EAPC (the NATO/EAPC context).
  for (party nationality : {party::nld, party::bel, party::deu, party::jpn, party::irl})
    for (const party_set serves : {party_set{}, party_set{party::eapc}})
      for (organisation o : {organisation::none, organisation::accredited, organisation::nato_body})
        for (bool briefed : {false, true})
          for (const auto& clearances : clearance_sets)
            for (const category_set& held : {category_set{}, category_set{category::atomal, compartment(0)},
                                             category_set{category::atomal, category::crypto, compartment(0)}})
              if (serves.empty() || nationality == party::jpn || nationality == party::irl)
                out.push_back(person{nationality, o, clearances, held, briefed, serves});
  return out;
}

}  // namespace

TEST_CASE("law: access is monotone - who may read a label may read every label it dominates") {
  const std::vector<person> ps = people();
  long checks = 0;
  for (const scheme* s : builtin_schemes.schemes()) {
    const std::vector<label> ls = labels_of(*s);
    for (const person& p : ps) {
      std::vector<bool> allowed(ls.size());
      for (std::size_t i = 0; i < ls.size(); ++i) allowed[i] = can_access(p, ls[i]).allowed();
      for (std::size_t i = 0; i < ls.size(); ++i) {
        if (!allowed[i]) continue;
        for (std::size_t k = 0; k < ls.size(); ++k)
          if (dominates(ls[i], ls[k])) {
            CAPTURE(explain(can_access(p, ls[k])).view());
            REQUIRE(allowed[k]);
            ++checks;
          }
      }
    }
  }
  MESSAGE("monotonicity checks: " << checks);
  CHECK(checks > 0);
}

TEST_CASE("law: every denial has a reason, every allowance had every requirement met") {
  const std::vector<person> ps = people();
  for (const label& l : all_labels()) {
    const bool classified = find_level(level_of(l))->classified;
    for (const person& p : ps) {
      const decision d = can_access(p, l);
      if (!d) {
        REQUIRE(d.why != reason::none);
        REQUIRE(d.why != reason::undecided);
        continue;
      }
      // what allowed access must really be there
      REQUIRE(holdings(p).intersects(expand(l.releasable_to)));
      REQUIRE((l.only.empty() || holdings(p).intersects(expand(l.only))));
      REQUIRE(p.need_to_know.includes(l.categories & restrictive_categories));
      if (classified) {
        REQUIRE(p.briefed);
        REQUIRE(p.works_for != organisation::none);
      }
    }
  }
}

TEST_CASE("law: deny by default - a default person, an invalid label, an unknown scheme") {
  const std::vector<person> ps = people();
  for (const label& l : all_labels()) REQUIRE(can_access(person{}, l).why == reason::no_person);
  for (const person& p : ps) {
    REQUIRE_FALSE(can_access(p, label{}));
    REQUIRE_FALSE(can_access(p, label{level{scheme_id{4242}, 1}}));
    REQUIRE_FALSE(can_access(p, label{nato::restricted}.with(category::atomal)));
  }
}
