// SPDX-License-Identifier: MIT
//
// The date of the tables: the newest date on which a fact of a registry's schemes or of a
// channel catalogue took effect. builtin.hpp's data_as_of is the built-in tables'; an audit
// record carries it (handle/audit.hpp).
#pragma once

#include <type_traits>

#include "channel.hpp"
#include "date.hpp"
#include "quiet_shadow.hpp"
#include "registry.hpp"
#include "scheme.hpp"
#include "slice.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0 {

/// The newest date on which a fact of the tables took effect: the start of every mapping table's
/// period and of every scheme's period of use in `reg`, and the approval and revocation dates of
/// every channel of `catalogue`. Ends of validity are not counted: an end still to come is no
/// fact yet, and the table that follows a period starts its own. Unknown dates are passed over;
/// unknown when there is none. A null entry is passed over at run time (as registry and
/// find_channel do).
constexpr date newest_fact(const registry& reg, slice<const channel* const> catalogue) noexcept {
  date newest{};
  const auto take = [&newest](date d) noexcept {
    if (d.known() && d > newest) newest = d;
  };
  for (const scheme* s : reg.schemes()) {
    take(s->in_use.from);
    for (const mapping_table& table : s->mappings) take(table.in_force.from);
  }
  for (const channel* c : catalogue) {
    if (!std::is_constant_evaluated() && c == nullptr) continue;
    take(c->approved_on);
    take(c->revoked_on);
  }
  return newest;
}

}  // namespace clearance::inline v0

CLEARANCE_DETAIL_QUIET_SHADOW_END
