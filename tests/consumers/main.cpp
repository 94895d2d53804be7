// SPDX-License-Identifier: MIT
//
// A consumer of the installed or embedded library: one compile-time check, one run-time check.
#include <clearance/clearance.hpp>
#include <cstdio>

using namespace clearance;

constexpr person reader{.nationality = party::nld, .works_for = organisation::government,
                        .clearances = {nld::screening_a}, .need_to_know = {}, .briefed = true};
static_assert(require<can_access(reader, nld::stg_geheim)>);

int main() {
  const decision d = can_access(reader, label{nld::stg_zeer_geheim});
  std::printf("clearance %s: %s\n", version_string, explain(d).c_str());
  return d.allowed() ? 0 : 1;
}
