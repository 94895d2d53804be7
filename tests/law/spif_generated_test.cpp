// SPDX-License-Identifier: MIT
//
// Laws of the SPIF round trip at compile time: every built-in scheme, exported to a SPIF and
// generated back into a data header (tests/law/spif_generate.cpp, run by the build), forms a
// registry that passes the table rules at compile time and decides exactly as the built-in one.
#include <doctest/doctest.h>

#include <clearance/decide/verify.hpp>
#include <string>

#include "generated_schemes.hpp"
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
