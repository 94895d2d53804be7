// SPDX-License-Identifier: MIT
//
// A consumer that brings its own policy as a SPIF (tests/spif/national.xml), made into tri.hpp at
// build time by clearance_add_policy (CMake) or clearance-spif (Meson), and checks it at compile
// time: the table rules, a marking, and access under the host's own personnel rules.
#include <clearance/clearance.hpp>
#include <cstdio>
#include <string>

#include "tri.hpp"

using namespace clearance;

inline constexpr const registry& schemes = registry_of<nato::scheme, tri::scheme>;
static_assert(verified_in<schemes, tri::scheme>);

constexpr label secret{tri::geheim};
static_assert(format_marking(schemes, secret, marking_form::banner, language::fr).view() == "SECRET");

// A SPIF holds no personnel rules: the host brings its own (deny by default without them).
inline constexpr clearance_grade grades[] = {{1, "TRI clearance", "", 4, {"consumer test", confidence::verified}}};
inline constexpr access_policy policy =
    default_policy.with(tri::id, {.grades = grades, .clearance_from = 1, .clearance_source = {"consumer test", confidence::verified}});
constexpr person reader{.nationality = party::bel, .works_for = organisation::government,
                        .clearances = {clearance_grant{tri::id, 1}}, .need_to_know = {}, .briefed = true};
static_assert(can_access(schemes, reader, secret, policy).allowed());
static_assert(!can_access(schemes, reader, secret).allowed());

int main() {
  const decision d = can_access(schemes, reader, label{tri::zeer_geheim});
  std::printf("%s: %s\n", std::string(tri::scheme.name).c_str(), explain(schemes, d).c_str());
  return d.allowed() ? 1 : 0;  // denied: no personnel rules without the host's policy
}
