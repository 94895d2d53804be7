// SPDX-License-Identifier: MIT
//
// Laws of the SPIF round trip at run time: every built-in scheme, exported to a SPIF
// (document_of, write), read back and loaded with what a SPIF cannot say (complement_of), is the
// same scheme: the same tables and the same decisions (same_scheme.hpp).
#include <doctest/doctest.h>

#include <clearance/wire/spif_scheme.hpp>
#include <string>

#include "same_scheme.hpp"

using namespace universe;

TEST_CASE("law: every built-in scheme, exported to a SPIF and loaded back, is the same scheme and decides alike") {
  std::size_t decisions = 0;
  for (const scheme* s : builtin_schemes.schemes()) {
    INFO("scheme ", std::string(s->code));
    const std::string text = spif::write(spif::document_of(builtin_schemes, *s));
    const spif::read_result r = spif::read(text);
    REQUIRE_MESSAGE(r.ok(), r.message());
    const spif::load_result l = spif::load(r.policy, spif::complement_of(*s), builtin_schemes);
    REQUIRE_MESSAGE(l.ok(), l.message());
    same_tables(*s, l.value.scheme());
    decisions += same_decisions(l.value.registry(), l.value.vocabulary(), *s);
  }
  MESSAGE(decisions, " decisions compared");
}
