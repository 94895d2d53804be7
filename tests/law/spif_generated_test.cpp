// SPDX-License-Identifier: MIT
//
// Laws of the SPIF round trip at compile time: every built-in scheme, exported to a SPIF and
// generated back into a data header (tests/law/spif_generate.cpp, run by the build), forms a
// registry that passes the table rules at compile time and decides exactly as the built-in one.
#include <doctest/doctest.h>

#include <clearance/decide/verify.hpp>
#include <clearance/wire/spif_scheme.hpp>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "generated_schemes.hpp"
#include "../support/spif_policies.hpp"
#include "same_scheme.hpp"

using namespace universe;

static_assert(registry_valid(generated::generated_schemes), "a generated scheme breaks a table rule");
// Decisions on the generated schemes, at compile time.
static_assert(can_access(generated::generated_schemes,
                         person{party::nld, organisation::government, {clearance_grant{generated::nld::id, 3}}, {}, true, {}},
                         label{generated::nld::stg_geheim})
                  .allowed());
static_assert(convert(generated::generated_schemes, label{generated::nld::stg_geheim}, nato::id).value.rank == nato::secret.rank);

TEST_CASE("law: every built-in scheme, exported to a SPIF and generated back as a header, is the same scheme and decides alike") {
  std::size_t decisions = 0;
  const registry& generated = generated::generated_schemes;
  REQUIRE(generated.schemes().size() == builtin_schemes.schemes().size());
  for (std::size_t i = 0; i < builtin_schemes.schemes().size(); ++i) {
    const scheme& s = *builtin_schemes.schemes()[i];
    INFO("scheme ", std::string(s.code));
    same_tables(s, *generated.schemes()[i]);
    decisions += same_decisions(generated, vocabulary_of<generated::generated_schemes>, s);
  }
  MESSAGE(decisions, " decisions compared");
}

// The policies written for the tests, imported at compile time: their rules hold in constant
// expressions. ALLIANCE: ORCHID only from CONFIDENTIAL, Japan up to SECRET (its ceiling).
namespace policy_checks {
inline constexpr const registry& policies = generated::test_policies;
inline constexpr const scheme& alliance = generated::alliance::scheme;
inline constexpr const scheme& rules = generated::rules::scheme;
static_assert(registry_valid(policies), "a test policy breaks a table rule once generated");
static_assert(validate(policies, label{level_of(alliance, 3)}.releasable({party::nato, party::jpn})).allowed());
static_assert(validate(policies, label{level_of(alliance, 4)}.releasable({party::nato, party::jpn})).why ==
              reason::party_not_allowed_at_level);
static_assert(validate(policies, label{level_of(alliance, 1)}.with(alliance.categories[0].id)).why ==
              reason::category_not_allowed_at_level);
// RULES: SENSITIVE needs one or more of its values; AURORA exactly one of BOARD and STAFF;
// INTERNAL is ALLIANCE RESTRICTED in exchanges.
static_assert(validate(policies, label{level_of(rules, 2)}).why == reason::category_requirement_unmet);
static_assert(validate(policies, label{level_of(rules, 2)}.with({rules.categories[0].id, rules.categories[3].id})).allowed());
static_assert(validate(policies, label{level_of(rules, 2)}.with({rules.categories[0].id, rules.categories[3].id,
                                                                 rules.categories[4].id}))
                  .why == reason::category_requirement_unmet);
static_assert(convert(policies, label{level_of(rules, 1)}, alliance.id, {.in = context::nato_exchange}).value.rank == 1);
}  // namespace policy_checks

TEST_CASE("law: the test policies generated as headers have the tables they have loaded at run time") {
  const auto load = [](std::string_view name, const spif::complement& c, const registry& reg) {
    std::ifstream in(std::string(CLEARANCE_TEST_SPIF_DIR) + "/" + std::string(name), std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    const spif::read_result r = spif::read(text.str());
    REQUIRE_MESSAGE(r.ok(), r.message());
    spif::load_result l = spif::load(r.policy, c, reg);
    REQUIRE_MESSAGE(l.ok(), l.message());
    return l;
  };
  const spif::load_result alliance = load("alliance.xml", spif_policies::alliance_complement(), builtin_schemes);
  const spif::load_result rules = load("rules.xml", spif_policies::rules_complement(), alliance.value.registry());
  same_tables(alliance.value.scheme(), generated::alliance::scheme);
  same_tables(rules.value.scheme(), generated::rules::scheme);
}
