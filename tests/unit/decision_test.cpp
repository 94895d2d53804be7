// SPDX-License-Identifier: MIT
//
// Decisions and their sentences.
#include <doctest/doctest.h>

#include <clearance/clearance.hpp>
#include <string>

using namespace clearance;

TEST_CASE("every reason has a name - every denial says 'denied' and names the rule") {
  for (int r = static_cast<int>(reason::undecided); r <= static_cast<int>(last_reason); ++r) {
    const auto why = static_cast<reason>(r);
    CAPTURE(r);
    CHECK(to_string(why) != "unknown reason");
    decision d;
    d.why = why;
    d.label_level = nato::secret;
    const std::string text(explain(d).view());
    CHECK(text.starts_with("denied (" + std::string(to_string(why)) + "): "));
  }
  CHECK(to_string(static_cast<reason>(999)) == "unknown reason");
}

TEST_CASE("explain names unknown schemes and levels without guessing") {
  decision d;
  d.why = reason::unknown_scheme;
  d.label_level = {scheme_id{4242}, 1};
  CHECK(explain(d).view() == "denied (unknown scheme): the registry holds no scheme 4242");
  d.why = reason::unknown_level;
  d.label_level = {nato::id, 9};
  CHECK(explain(d).view() == "denied (unknown level): NATO has no level of rank 9");
}

TEST_CASE("fixed_text never overflows and marks truncation") {
  fixed_text<8> t;
  t << "0123456789";
  CHECK(t.truncated());
  CHECK(t.view() == "01234...");
  CHECK(t.size() == 8);
  fixed_text<16> n;
  n << -2147483647 - 1;
  CHECK(n.view() == "-2147483648");
}

TEST_CASE("long releasability lists are written with group names") {
  decision d;
  d.why = reason::not_releasable;
  d.label_level = nato::secret;
  d.detail = static_cast<int>(party::jpn);
  d.hold(expand({party::nato}));
  CHECK(explain(d).view() == "denied (not releasable): person is JPN; label NATO SECRET is releasable to NATO");
}
