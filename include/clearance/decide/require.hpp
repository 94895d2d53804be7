// SPDX-License-Identifier: MIT
//
// The compile-time front door. Any decision of the library can be required at compile time:
//
//     static_assert(clearance::require<can_access(cleaner, nr_doc)>);
//
// When the decision is a denial, the build fails with one error naming the rule and both sides:
//
//     error: no member named 'allowed' in 'clearance::denied<clearance::reason::clearance_below_label,
//       literal<12>{"Stg. GEHEIM"}, literal<12>{"screening C"}>'
//
// It works the same for channels: static_assert(require<may_transmit(label, channels::cisco_webex)>).
// For negative checks, test the predicate itself: static_assert(!can_access(p, l)), or the
// concepts: static_assert(!clearance::accessible<p, l>), static_assert(!transmittable<l, c>).
#pragma once

#include "access.hpp"
#include "../core/channel.hpp"
#include "../core/decision.hpp"
#include "../core/diagnostics.hpp"
#include "../text/explain.hpp"
#include "../text/names.hpp"
#include "../core/quiet_shadow.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0 {

namespace detail {

/// A decision's sides: the label's first, the holder's second.
template <const registry& R, decision D>
struct sides {
  static constexpr reason rule = D.why;
  static constexpr side_text first = label_side(R, D);
  static constexpr side_text second = held_side(R, D);
};

template <const registry& R, decision D>
using rule_of = verdict<sides<R, D>>;

}  // namespace detail

/// True when the decision allows; otherwise a compile error naming the rule and both sides,
/// named from the registry R. (<clearance/clearance.hpp> adds `require<D>`, over every
/// built-in scheme.)
template <const registry& R, decision D>
inline constexpr bool require_in = detail::rule_of<R, D>::allowed;

}  // namespace clearance::inline v0

CLEARANCE_DETAIL_QUIET_SHADOW_END
