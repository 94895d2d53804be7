// SPDX-License-Identifier: MIT
//
// The library's own data follows its rules: every built-in scheme (the table rules, one per id
// and code, editions apart) and every row of the channel catalogue. Checked here once, not in
// every file that includes the data headers; a host checks its own the same way.
#include <doctest/doctest.h>

#include <clearance/clearance.hpp>
#include <utility>

using namespace clearance;

namespace {
template <std::size_t... I>
constexpr bool schemes_verified(std::index_sequence<I...>) noexcept {
  return (verified_in<builtin_schemes, *builtin_schemes.schemes()[I]> && ...);
}
template <std::size_t... I>
constexpr bool catalogue_verified(std::index_sequence<I...>) noexcept {
  return (verified_channel<*channels::catalogue[I]> && ...);
}
constexpr bool catalogue_ids_unique() noexcept {
  for (std::size_t i = 0; i < channels::catalogue.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (channels::catalogue[i]->id == channels::catalogue[j]->id) return false;
  return true;
}
}  // namespace

static_assert(schemes_verified(std::make_index_sequence<builtin_schemes.schemes().size()>{}),
              "every scheme table of the registry follows the table rules");
static_assert(registry_valid(builtin_schemes),
              "registry: every table follows the rules; one scheme per id and per code; an owner's editions "
              "in periods apart, one current");
static_assert(catalogue_verified(std::make_index_sequence<channels::catalogue.size()>{}),
              "every row of the channel catalogue follows the channel rules");
static_assert(catalogue_ids_unique(), "channel catalogue: one row per id");

TEST_CASE("the library's data follows its rules, also when checked at run time") {
  for (const scheme* s : builtin_schemes.schemes()) {
    CAPTURE(s->code);
    CHECK(check_scheme(*s).rule == table_rule::none);
  }
  CHECK(registry_valid(builtin_schemes));
  for (const channel* c : channels::catalogue) {
    CAPTURE(c->id);
    CHECK(check_channel(*c) == channel_rule::none);
  }
  CHECK(catalogue_ids_unique());
}
