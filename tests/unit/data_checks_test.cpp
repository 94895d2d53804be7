// SPDX-License-Identifier: MIT
//
// The library's own data follows its rules: every scheme table of the registry, the registry
// itself, and every row of the channel catalogue. Checked here, at compile time, once, instead of
// in every file that includes the library (a host checks its own tables and rows with
// static_assert(verified<table>) and static_assert(verified_channel<row>)).
#include <doctest/doctest.h>

#include <clearance/clearance.hpp>
#include <utility>

using namespace clearance;

static_assert(detail::registry_verified(std::make_index_sequence<known_schemes.size()>{}),
              "every scheme table of the registry follows the table rules");
static_assert(detail::registry_unique(),
              "registry: one scheme per id and per code; an owner's editions in periods apart, one current");
static_assert(detail::catalogue_verified(std::make_index_sequence<channels::catalogue.size()>{}),
              "every row of the channel catalogue follows the channel rules");
static_assert(detail::catalogue_ids_unique(), "channel catalogue: one row per id");

TEST_CASE("the library's data follows its rules, also when checked at run time") {
  for (const scheme* s : known_schemes) {
    CAPTURE(s->code);
    CHECK(check_scheme(*s).rule == table_rule::none);
  }
  CHECK(detail::registry_unique());
  for (const channel* c : channels::catalogue) {
    CAPTURE(c->id);
    CHECK(check_channel(*c) == channel_rule::none);
  }
  CHECK(detail::catalogue_ids_unique());
}
