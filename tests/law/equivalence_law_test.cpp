// SPDX-License-Identifier: MIT
//
// Every equivalence edge is order-preserving and never lowers protection, checked on labels
// (independently of the table check in verify.hpp, which checks the rows).
#include <doctest/doctest.h>

#include "universe.hpp"

using namespace universe;

TEST_CASE("law: conversions preserve order") {
  long checks = 0;
  for (const scheme* from : builtin_schemes.schemes())
    for (const scheme* to : builtin_schemes.schemes())
      for (const level_info& a : from->levels)
        for (const level_info& b : from->levels) {
          if (a.rank >= b.rank) continue;
          const conversion ca = convert(level_of(*from, a.rank), to->id);
          const conversion cb = convert(level_of(*from, b.rank), to->id);
          if (ca && cb) {
            CAPTURE(a.name);
            CAPTURE(b.name);
            CAPTURE(to->name);
            REQUIRE(ca.value.rank <= cb.value.rank);
            ++checks;
          }
        }
  MESSAGE("ordered pairs checked: " << checks);
  CHECK(checks > 0);
}

TEST_CASE("law: on every boundary day and in every context, conversions preserve order and a round trip never ends lower") {
  long checks = 0;
  const std::vector<conversion_terms> terms = all_terms();
  for (const conversion_terms& t : terms)
    for (const scheme* from : builtin_schemes.schemes())
      for (const scheme* to : builtin_schemes.schemes())
        for (const level_info& a : from->levels) {
          const conversion ca = convert(level_of(*from, a.rank), to->id, t);
          if (!ca) {
            REQUIRE(ca.outcome.why != reason::none);
            REQUIRE(ca.outcome.why != reason::undecided);
            continue;
          }
          CAPTURE(a.name);
          CAPTURE(to->name);
          CAPTURE(t.on.value);
          CAPTURE(to_string(t.in));
          for (const level_info& b : from->levels)
            if (a.rank < b.rank)
              if (const conversion cb = convert(level_of(*from, b.rank), to->id, t)) REQUIRE(ca.value.rank <= cb.value.rank);
          if (const conversion back = convert(ca.value, from->id, t)) REQUIRE(back.value.rank >= a.rank);
          ++checks;
        }
  MESSAGE("conversions checked over " << terms.size() << " days and contexts: " << checks);
  CHECK(checks > 0);
}

TEST_CASE("law: there and back again never ends lower, and nothing but the level changes") {
  long trips = 0;
  for (const label& l : all_labels())
    for (const scheme* to : builtin_schemes.schemes()) {
      const conversion there = convert(l, to->id);
      if (!there) {
        // a failure always says why, and never hands back a different level
        REQUIRE(there.outcome.why != reason::none);
        REQUIRE(there.outcome.why != reason::undecided);
        continue;
      }
      REQUIRE(there.value.scheme == to->id);
      REQUIRE(there.value.categories == l.categories);
      REQUIRE(there.value.releasable_to == l.releasable_to);
      const conversion back = convert(there.value, l.scheme);
      if (!back) continue;
      CAPTURE(explain(there.outcome).view());
      REQUIRE(back.value.rank >= l.rank);
      ++trips;
    }
  MESSAGE("round trips checked: " << trips);
  CHECK(trips > 0);
}

/// Terms under which table `t` applies: a day of its period (its first, else its last, else
/// none needed), its first context, and any row accepted.
conversion_terms terms_of(const mapping_table& t) {
  conversion_terms terms{.on = t.in_force.from.known() ? t.in_force.from : t.in_force.until,
                         .accepts = confidence::unverified};
  for (const context c : all_contexts)
    if (t.contexts.contains(c)) {
      terms.in = c;
      break;
    }
  return terms;
}

TEST_CASE("law: every table row maps a classified level to a classified level, or says none") {
  for (const scheme* s : builtin_schemes.schemes())
    for (const mapping_table& t : s->mappings) {
      const found<scheme> hub = find_scheme(t.hub);
      REQUIRE(hub);
      if (t.to_hub.empty()) continue;
      for (const level_info& info : s->levels) {
        if (!info.classified) continue;
        const conversion c = convert(level_of(*s, info.rank), hub->id, terms_of(t));
        const found<correspondence> row = find_row(t.to_hub, info.rank);
        REQUIRE(row);
        if (row->kind == mapping::no_equivalent)
          REQUIRE(c.outcome.why == reason::no_equivalent_level);
        else
          REQUIRE((c.ok() && c.value.rank == row->to && find_level(level_of(c.value))->classified));
      }
    }
}

TEST_CASE("law: markings that are not classifications never convert to another scheme") {
  for (const scheme* s : builtin_schemes.schemes())
    for (const level_info& info : s->levels)
      if (!info.classified)
        for (const scheme* to : builtin_schemes.schemes())
          if (to != s) REQUIRE(convert(level_of(*s, info.rank), to->id).outcome.why == reason::not_a_classification);
}
