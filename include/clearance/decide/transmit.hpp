// SPDX-License-Identifier: MIT
//
// may_transmit(label, channel[, deployment]) and may_store(label, device[, deployment]): the
// same constexpr decisions at compile time and at run time.
//
// A channel may carry a label when, in this order:
//   1. the label is valid, the channel is known and its row follows the channel rules, and every
//      field of the deployment is defined (conditions, version, date, confidence);
//   2. the channel is approved for the use (transmit or store);
//   3. the approval is established firmly enough for the deployment (an unverified row is
//      denied unless the deployment accepts unverified approvals);
//   4. the approval is valid on the date of use (not before it, not expired, not revoked); an
//      approval with any date needs a date of use to show it;
//   for a classification (not for markings such as NATO UNCLASSIFIED):
//   5. the label, converted into the scheme of one of the channel's ceilings, is at or below it
//      (Dep. VERTROUWELIJK on a NATO-approved device is NATO RESTRICTED); the conversion is
//      national handling on the date of use, through rows as firm as the deployment accepts;
//   and in every case:
//   6. the channel may carry each of the label's special categories (ATOMAL, CRYPTO, BOHEMIA);
//   7. the deployment meets every condition of the approval (managed by MDM, client deployment, ...);
//   8. the deployed version is one the approval covers.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

#include "../core/channel.hpp"
#include "../core/decision.hpp"
#include "../core/diagnostics.hpp"
#include "equivalence.hpp"
#include "../core/label.hpp"
#include "../text/names.hpp"
#include "../core/quiet_shadow.hpp"
#include "../core/registry.hpp"
#include "../core/slice.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0 {

namespace detail {
constexpr bool is_slug(std::string_view id) noexcept {
  if (id.empty()) return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

/// The library's special categories: restrictive, and not a host compartment.
inline constexpr category_set special_categories = restrictive_categories - all_compartments;
}  // namespace detail

namespace detail {

/// What is wrong with a list of ceilings or clearances (a channel's, a destination's).
enum class ceiling_fault : int { none, none_given, unknown_scheme, unknown_level, duplicate_scheme };
struct ceiling_check {
  ceiling_fault fault = ceiling_fault::none;
  bool classified = false;  ///< one of them is a classified level
};

/// The first fault of `ceilings`, in order: each of a scheme `reg` holds, of rank 0 or a
/// classified level of it, one per scheme; and at least one.
constexpr ceiling_check check_ceilings(const registry& reg, slice<const level> ceilings) noexcept {
  ceiling_check out{ceiling_fault::none_given, false};
  for (std::size_t i = 0; i < ceilings.size(); ++i) {
    const level ceiling = ceilings[i];
    if (ceiling.scheme == scheme_id::none) continue;
    if (out.fault == ceiling_fault::none_given) out.fault = ceiling_fault::none;
    const found<scheme> s = reg.find(ceiling.scheme);
    if (!s) return {ceiling_fault::unknown_scheme, out.classified};
    if (ceiling.rank != 0) {
      const found<level_info> info = find_level(*s, ceiling.rank);
      if (!info || !info->classified) return {ceiling_fault::unknown_level, out.classified};
      out.classified = true;
    }
    for (std::size_t j = 0; j < i; ++j)
      if (ceilings[j].scheme == ceiling.scheme) return {ceiling_fault::duplicate_scheme, out.classified};
  }
  return out;
}

}  // namespace detail

/// The first rule the channel row breaks, or channel_rule::none. A ceiling in a scheme `reg`
/// does not hold is an unknown ceiling scheme.
constexpr channel_rule check_channel(const registry& reg, const channel& c) noexcept {
  if (!detail::is_slug(c.id) || c.name.empty()) return channel_rule::missing_id;
  if (c.uses.empty() || !use_set{use::transmit, use::store}.includes(c.uses)) return channel_rule::no_use;
  const detail::ceiling_check ceilings = detail::check_ceilings(reg, c.ceilings);
  switch (ceilings.fault) {
    case detail::ceiling_fault::none: break;
    case detail::ceiling_fault::none_given: return channel_rule::no_ceiling;
    case detail::ceiling_fault::unknown_scheme: return channel_rule::unknown_ceiling_scheme;
    case detail::ceiling_fault::unknown_level: return channel_rule::unknown_ceiling_level;
    case detail::ceiling_fault::duplicate_scheme: return channel_rule::duplicate_ceiling_scheme;
  }
  if (!detail::special_categories.includes(c.carries)) return channel_rule::undefined_category;
  if (!defined_conditions.includes(c.conditions)) return channel_rule::undefined_condition;
  if (c.conditions.contains(condition::approved_configuration) && c.configuration.empty())
    return channel_rule::unnamed_configuration;
  if (!is_defined(c.kind)) return channel_rule::undefined_kind;
  if (!is_defined(c.approved_by)) return channel_rule::undefined_authority;
  if (!is_defined(c.source.conf)) return channel_rule::undefined_confidence;
  if (c.version_from < 0 || c.version_to < c.version_from) return channel_rule::version_range;
  for (date d : {c.approved_on, c.valid_until, c.revoked_on})
    if (d.known() && !d.valid()) return channel_rule::invalid_date;
  if (c.approved_on.known() && c.valid_until.known() && c.valid_until < c.approved_on)
    return channel_rule::validity_ends_before_start;
  if (c.approved_on.known() && c.revoked_on.known() && c.revoked_on < c.approved_on)
    return channel_rule::revoked_before_approved;
  if (ceilings.classified && c.approved_by == authority::none) return channel_rule::no_authority;
  if (c.source.ref.empty()) return channel_rule::missing_citation;
  return channel_rule::none;
}

namespace detail {

/// Whether `l`, a classified label, is at or below one of `ceilings` (a channel's approval, a
/// destination's clearance; entries without a scheme are unused); denied for `why` with the
/// closest ceiling otherwise: one in the label's own scheme, else the first it converts to. A
/// ceiling of rank 0 admits unclassified information only.
constexpr decision within_ceilings(const registry& reg, const label& l, slice<const level> ceilings,
                                   const conversion_terms& terms, reason why) noexcept {
  const level lv = level_of(l);
  decision refusal;
  bool above = false;
  for (const level ceiling : ceilings) {
    if (ceiling.scheme == scheme_id::none) continue;
    decision d = deny(why, lv);
    d.held = ceiling;
    d.required = lv;
    if (ceiling.rank > 0) {
      const conversion converted = convert_valid(reg, l, ceiling.scheme, terms);
      if (!converted) {
        if (!above && refusal.why == reason::undecided) refusal = converted.outcome;
        continue;
      }
      if (converted.value.rank <= ceiling.rank) return allow(lv);
      d.required = level_of(converted.value);
    }
    if (!above || ceiling.scheme == l.scheme) refusal = d;
    above = true;
  }
  return refusal;
}

/// Every field of a deployment is one the library defines: its date and confidence as the terms
/// of the conversions it is decided with, conditions of the catalogue, a version of 0 (not known)
/// or more.
constexpr decision check_deployment(const deployment& dep, level lv) noexcept {
  if (const decision d = check_terms({dep.on, context::national, dep.accepts}, lv); !d) return d;
  if (const condition_set undefined = dep.meets - defined_conditions; !undefined.empty() || dep.version < 0) {
    decision d = deny(reason::invalid_deployment, lv);
    d.hold(undefined);
    d.detail = dep.version;
    return d;
  }
  return allow(lv);
}

/// The rules of may_transmit and may_store, in order, each denial reported to `sink` (see
/// first_denial). A fault in what was asked (the label, the channel row, the deployment) ends them.
template <class Sink>
constexpr void use_rules(const registry& reg, const label& l, const channel& c, const deployment& dep, use u,
                         Sink& sink) noexcept {
  if (const decision d = validate(reg, l); !d) {
    sink.deny(d);
    return;
  }
  const level lv = level_of(l);
  if (const channel_rule rule = check_channel(reg, c); rule != channel_rule::none) {
    decision d = deny(reason::invalid_channel, lv);
    d.detail = static_cast<int>(rule);
    sink.deny(d);
    return;
  }
  if (const decision d = check_deployment(dep, lv); !d) {
    sink.deny(d);
    return;
  }
  if (!c.uses.contains(u)) {
    decision d = deny(reason::use_not_approved, lv);
    d.detail = static_cast<int>(u);
    if (!sink.deny(d)) return;
  }
  if (static_cast<int>(c.source.conf) > static_cast<int>(dep.accepts)) {
    decision d = deny(reason::approval_unverified, lv);
    d.detail = static_cast<int>(c.source.conf);
    d.set = static_cast<std::uint64_t>(dep.accepts);
    if (!sink.deny(d)) return;
  }
  const auto dated = [&](reason why, date limit) {
    decision d = deny(why, lv);
    d.detail = dep.on.value;
    d.set = static_cast<std::uint64_t>(limit.value);
    return d;
  };
  decision when = allow(lv);
  if (dep.on.known()) {
    if (c.approved_on.known() && dep.on < c.approved_on)
      when = dated(reason::approval_not_yet_valid, c.approved_on);
    else if (c.revoked_on.known() && dep.on >= c.revoked_on)
      when = dated(reason::approval_revoked, c.revoked_on);
    else if (c.valid_until.known() && dep.on > c.valid_until)
      when = dated(reason::approval_expired, c.valid_until);
  } else {
    // Without a date of use, nothing shows the use falls within the approval's dates.
    const auto undated = [&](approval_date which, date limit) {
      decision d = dated(reason::approval_date_unknown, limit);
      d.detail = static_cast<int>(which);
      return d;
    };
    if (c.revoked_on.known())
      when = undated(approval_date::revoked_on, c.revoked_on);
    else if (c.valid_until.known())
      when = undated(approval_date::valid_until, c.valid_until);
    else if (c.approved_on.known())
      when = undated(approval_date::approved_on, c.approved_on);
  }
  if (!when)
    if (!sink.deny(when)) return;
  if (find_level(reg, lv)->classified)
    if (const decision d = within_ceilings(reg, l, c.ceilings, {dep.on, context::national, dep.accepts},
                                           reason::above_channel_ceiling);
        !d)
      if (!sink.deny(d)) return;
  if (const category_set missing = (l.categories & special_categories) - c.carries; !missing.empty()) {
    decision d = deny(reason::category_not_approved, lv);
    d.hold(missing);
    if (!sink.deny(d)) return;
  }
  if (const condition_set missing = c.conditions - dep.meets; !missing.empty()) {
    decision d = deny(reason::condition_not_met, lv);
    d.hold(missing);
    if (!sink.deny(d)) return;
  }
  if ((c.version_from != 0 || c.version_to != 0) && (dep.version < c.version_from || dep.version > c.version_to)) {
    decision d = deny(reason::version_not_approved, lv);
    d.required = {scheme_id::none, c.version_from};
    d.held = {scheme_id::none, c.version_to};
    d.detail = dep.version;
    sink.deny(d);
  }
}

constexpr decision may_use(const registry& reg, const label& l, const channel& c, const deployment& dep,
                           use u) noexcept {
  first_denial sink;
  use_rules(reg, l, c, dep, u, sink);
  return sink.result(level_of(l));
}

constexpr decision may_use(const registry& reg, const label& l, found<channel> c, const deployment& dep,
                           use u) noexcept {
  if (c) return may_use(reg, l, *c, dep, u);
  if (const decision d = validate(reg, l); !d) return d;
  return deny(reason::unknown_channel, level_of(l));
}

}  // namespace detail

/// Whether information labelled `l` may be sent over channel `c`, deployed as `dep`, judged over
/// the schemes of `reg`.
constexpr decision may_transmit(const registry& reg, const label& l, const channel& c,
                                const deployment& dep = {}) noexcept {
  return detail::may_use(reg, l, c, dep, use::transmit);
}
/// Whether information labelled `l` may be held on device `c`, deployed as `dep`.
constexpr decision may_store(const registry& reg, const label& l, const channel& c,
                             const deployment& dep = {}) noexcept {
  return detail::may_use(reg, l, c, dep, use::store);
}

/// The same for a channel looked up (find_channel): nothing found (unknown) is denied.
constexpr decision may_transmit(const registry& reg, const label& l, found<channel> c,
                                const deployment& dep = {}) noexcept {
  return detail::may_use(reg, l, c, dep, use::transmit);
}
constexpr decision may_store(const registry& reg, const label& l, found<channel> c,
                             const deployment& dep = {}) noexcept {
  return detail::may_use(reg, l, c, dep, use::store);
}

/// Every rule of may_transmit that `l` fails over `c` deployed as `dep`, in order (see
/// decision_list): the first is may_transmit's decision.
constexpr decision_list transmit_reasons(const registry& reg, const label& l, const channel& c,
                                         const deployment& dep = {}) noexcept {
  detail::every_denial sink;
  detail::use_rules(reg, l, c, dep, use::transmit, sink);
  return sink.result(level_of(l));
}
/// The same for may_store.
constexpr decision_list store_reasons(const registry& reg, const label& l, const channel& c,
                                      const deployment& dep = {}) noexcept {
  detail::every_denial sink;
  detail::use_rules(reg, l, c, dep, use::store, sink);
  return sink.result(level_of(l));
}

namespace detail {

constexpr fixed_text<72> channel_rule_detail(const registry& reg, const channel& c, channel_rule rule) noexcept {
  fixed_text<72> t;
  switch (rule) {
    case channel_rule::unknown_ceiling_scheme:
    case channel_rule::unknown_ceiling_level:
    case channel_rule::duplicate_ceiling_scheme:
      t << "ceilings ";
      for (bool first = true; const level ceiling : c.ceilings)
        if (ceiling.scheme != scheme_id::none) {
          t << (first ? "" : ", ");
          append_level(reg, t, ceiling, charset::ascii);
          first = false;
        }
      break;
    case channel_rule::validity_ends_before_start:
      t << "ends ";
      append_date(t, c.valid_until);
      t << ", starts ";
      append_date(t, c.approved_on);
      break;
    case channel_rule::revoked_before_approved:
      t << "revoked ";
      append_date(t, c.revoked_on);
      t << ", starts ";
      append_date(t, c.approved_on);
      break;
    case channel_rule::version_range: t << "versions " << c.version_from << " to " << c.version_to; break;
    case channel_rule::undefined_category: append_categories(t, c.carries - special_categories); break;
    case channel_rule::undefined_condition: t << "condition bits outside the catalogue"; break;
    default: t << to_string(rule); break;
  }
  return t;
}

/// A channel row's sides: the rule it breaks, the row's id, and what is wrong.
template <const registry& R, const channel& C>
struct channel_sides {
  static constexpr channel_rule rule = check_channel(R, C);
  static constexpr fixed_text<72> first = [] {
    fixed_text<72> t;
    t << (C.id.empty() ? std::string_view{"(no id)"} : C.id);
    return t;
  }();
  static constexpr fixed_text<72> second = channel_rule_detail(R, C, rule);
};

template <const registry& R, const channel& C>
using channel_rule_of = verdict<channel_sides<R, C>>;

}  // namespace detail

/// True when the channel row follows every rule; otherwise a compile error naming the rule.
/// A host application checks its own catalogue rows with static_assert(verified_channel_in<R, row>).
/// (<clearance/clearance.hpp> adds verified_channel<row>, transmittable<L, C> and storable<L, C>,
/// over every built-in scheme.)
template <const registry& R, const channel& C>
inline constexpr bool verified_channel_in = detail::channel_rule_of<R, C>::allowed;

/// Satisfied when label `L` may be sent over channel `C` deployed as `D`, over the schemes of R.
template <const registry& R, label L, const channel& C, deployment D = deployment{}>
concept transmittable_in = may_transmit(R, L, C, D).allowed();

/// Satisfied when label `L` may be held on device `C` deployed as `D`, over the schemes of R.
template <const registry& R, label L, const channel& C, deployment D = deployment{}>
concept storable_in = may_store(R, L, C, D).allowed();

}  // namespace clearance::inline v0

CLEARANCE_DETAIL_QUIET_SHADOW_END
