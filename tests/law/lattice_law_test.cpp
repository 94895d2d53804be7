// SPDX-License-Identifier: MIT
//
// Dominance is a partial order; join and meet are the least upper and greatest lower bounds
// (domain-brief §6), over every level of every scheme.
#include <doctest/doctest.h>

#include "universe.hpp"

using namespace universe;

TEST_CASE("law: dominance is reflexive, antisymmetric and transitive, per scheme") {
  long checks = 0;
  for (const scheme* s : builtin_schemes.schemes()) {
    CAPTURE(s->name);
    const std::vector<label> ls = labels_of(*s);
    REQUIRE(ls.size() >= s->levels.size());
    for (const label& a : ls) {
      REQUIRE(dominates(a, a));
      for (const label& b : ls) {
        if (dominates(a, b) && dominates(b, a)) REQUIRE(a == b);
        if (!dominates(a, b)) continue;
        for (const label& c : ls) {
          if (dominates(b, c)) REQUIRE(dominates(a, c));
          ++checks;
        }
      }
    }
  }
  MESSAGE("transitivity triples checked: " << checks);
  CHECK(checks > 0);
}

TEST_CASE("law: join is the least upper bound, meet the greatest lower bound") {
  long checks = 0;
  for (const scheme* s : builtin_schemes.schemes()) {
    CAPTURE(s->name);
    const std::vector<label> ls = labels_of(*s);
    for (const label& a : ls)
      for (const label& b : ls) {
        const label_result j = join(a, b), m = meet(a, b);
        REQUIRE(j.ok());
        REQUIRE(m.ok());
        REQUIRE(is_valid(j.value));
        REQUIRE(is_valid(m.value));
        REQUIRE(dominates(j.value, a));
        REQUIRE(dominates(j.value, b));
        REQUIRE(dominates(a, m.value));
        REQUIRE(dominates(b, m.value));
        REQUIRE(join(b, a).value == j.value);
        REQUIRE(meet(b, a).value == m.value);
        REQUIRE(join(a, m.value).value == a);  // absorption
        REQUIRE(meet(a, j.value).value == a);
        for (const label& c : ls) {
          if (dominates(c, a) && dominates(c, b)) REQUIRE(dominates(c, j.value));
          if (dominates(a, c) && dominates(b, c)) REQUIRE(dominates(m.value, c));
          ++checks;
        }
      }
  }
  MESSAGE("bound checks: " << checks);
  CHECK(checks > 0);
}

TEST_CASE("law: join and meet are associative and idempotent") {
  for (const scheme* s : builtin_schemes.schemes()) {
    const std::vector<label> ls = labels_of(*s);
    for (const label& a : ls) {
      REQUIRE(join(a, a).value == a);
      REQUIRE(meet(a, a).value == a);
      for (std::size_t i = 0; i < ls.size(); i += 3)
        for (std::size_t k = 0; k < ls.size(); k += 5) {
          const label& b = ls[i];
          const label& c = ls[k];
          REQUIRE(join(join(a, b).value, c).value == join(a, join(b, c).value).value);
          REQUIRE(meet(meet(a, b).value, c).value == meet(a, meet(b, c).value).value);
        }
    }
  }
}

TEST_CASE("law: incomparable labels exist in every scheme, and across schemes nothing compares") {
  for (const scheme* s : builtin_schemes.schemes()) {
    const std::vector<label> ls = labels_of(*s);
    bool found = false;
    for (const label& a : ls)
      for (const label& b : ls) found = found || compare(a, b) == ordering::incomparable;
    CHECK(found);
  }
  const std::vector<label> all = all_labels();
  for (const label& a : all)
    for (const label& b : all)
      if (a.scheme != b.scheme) {
        REQUIRE(compare(a, b) == ordering::incomparable);
        REQUIRE(join(a, b).outcome.why == reason::different_schemes);
      }
}
