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
#include "../text/names.hpp"
#include "../core/quiet_shadow.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance {

namespace detail {

using side_text = fixed_text<72>;

/// The label's side of a decision, in ASCII.
constexpr side_text label_side(const registry& reg, const decision& d) noexcept {
  side_text t;
  switch (d.why) {
    case reason::clearance_below_label:
    case reason::national_clearance_below_label: append_level(reg, t, d.required, charset::ascii); break;
    case reason::not_releasable:
      t << "releasable to ";
      append_parties(t, party_set::from_bits(d.set));
      break;
    case reason::approval_not_yet_valid:
    case reason::approval_expired:
    case reason::approval_revoked:
      t << "used ";
      append_date(t, date_of(d.detail));
      break;
    case reason::version_not_approved: t << "version " << d.detail; break;
    case reason::not_a_raise:
    case reason::not_a_lowering:
    case reason::no_declassification_authority:
      t << "from ";
      append_level(reg, t, d.label_level, charset::ascii);
      break;
    default: append_level(reg, t, d.label_level, charset::ascii); break;
  }
  return t;
}

/// The holder's side of a decision, in ASCII.
constexpr side_text held_side(const registry& reg, const decision& d) noexcept {
  side_text t;
  switch (d.why) {
    case reason::none: t << "allowed"; break;
    case reason::undecided: t << "no decision"; break;
    case reason::unknown_scheme:
    case reason::unknown_level: t << "not in the registry"; break;
    case reason::undefined_category:
    case reason::category_not_allowed_at_level:
    case reason::missing_need_to_know: append_categories(t, category_set::from_bits(d.set)); break;
    case reason::undefined_party: append_parties(t, party_set::from_bits(d.set)); break;
    case reason::no_person: t << "no nationality"; break;
    case reason::invalid_nationality:
    case reason::not_releasable: append_party(t, static_cast<party>(d.detail)); break;
    case reason::invalid_clearance: append_grade(reg, t, d.held.scheme, d.held.rank, charset::ascii); break;
    case reason::invalid_organisation: t << "organisation " << d.detail; break;
    case reason::invalid_need_to_know:
      t << "need-to-know ";
      append_categories(t, category_set::from_bits(d.set));
      break;
    case reason::invalid_policy: t << "invalid access policy"; break;
    case reason::invalid_date: t << "date of use "; append_date(t, date_of(d.detail)); break;
    case reason::invalid_confidence: t << "confidence " << d.detail; break;
    case reason::invalid_context: t << "context " << d.detail; break;
    case reason::invalid_deployment:
      if (d.set != 0)
        t << "undefined conditions";
      else
        t << "version " << d.detail;
      break;
    case reason::no_authorising_organisation: t << "no organisation"; break;
    case reason::not_briefed: t << "no briefing"; break;
    case reason::clearance_below_label:
    case reason::national_clearance_below_label: append_grade(reg, t, d.held.scheme, d.detail, charset::ascii); break;
    case reason::not_a_classification: t << "a marking"; break;
    case reason::no_equivalent_level:
    case reason::no_mapping: append_scheme(reg, t, static_cast<scheme_id>(d.detail)); break;
    case reason::mapping_unverified:
      if (const found<scheme> target = reg.find(d.required.scheme)) t << target->code << " ";
      append_level(reg, t, d.required, charset::ascii);
      t << " (" << to_string(static_cast<confidence>(d.set & 0xFFu)) << ")";
      break;
    case reason::different_schemes:
      if (d.required.rank >= 0)
        append_level(reg, t, d.required, charset::ascii);
      else
        t << "another scheme";
      break;
    case reason::unknown_channel: t << "unknown channel"; break;
    case reason::invalid_channel: t << "channel rule: " << to_string(static_cast<channel_rule>(d.detail)); break;
    case reason::use_not_approved: t << (d.detail == static_cast<int>(use::store) ? "no storage" : "no transmission"); break;
    case reason::approval_unverified: t << to_string(static_cast<confidence>(d.detail)) << " approval"; break;
    case reason::approval_not_yet_valid: t << "approved "; append_date(t, date_of(static_cast<std::int64_t>(d.set))); break;
    case reason::approval_expired: t << "valid until "; append_date(t, date_of(static_cast<std::int64_t>(d.set))); break;
    case reason::approval_revoked: t << "revoked "; append_date(t, date_of(static_cast<std::int64_t>(d.set))); break;
    case reason::approval_date_unknown:
      t << (d.detail == static_cast<int>(approval_date::valid_until) ? "limited to "
            : d.detail == static_cast<int>(approval_date::revoked_on) ? "revoked "
                                                                      : "approved ");
      append_date(t, date_of(static_cast<std::int64_t>(d.set)));
      break;
    case reason::above_channel_ceiling:
      if (d.held.rank == 0)
        t << "unclassified only";
      else
        append_ceiling(reg, t, d.held, charset::ascii);
      break;
    case reason::category_not_approved: append_categories(t, category_set::from_bits(d.set)); break;
    case reason::version_not_approved: t << "versions " << d.required.rank << " to " << d.held.rank; break;
    case reason::condition_not_met: append_conditions(t, condition_set::from_bits(d.set)); break;
    case reason::write_down:
      t << "into ";
      append_level(reg, t, d.held, charset::ascii);
      if (d.set != 0) {
        t << " without ";
        append_categories(t, category_set::from_bits(d.set));
      }
      break;
    case reason::not_a_raise:
    case reason::not_a_lowering:
    case reason::no_declassification_authority:
      t << "to ";
      append_level(reg, t, d.required, charset::ascii);
      break;
  }
  return t;
}

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

}  // namespace clearance

CLEARANCE_DETAIL_QUIET_SHADOW_END
