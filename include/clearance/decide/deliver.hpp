// SPDX-License-Identifier: MIT
//
// What a messaging tool decides around a message, besides one reader and one channel:
// - may_deliver(label, destination): a peer, room or list, cleared like a person is;
// - deliver_to_members and relabel_room: a room delivers only to cleared members and reports
//   the others; a new room label reports who may no longer stay;
// - may_reach(label, audience) and make_catalog: the labels every party of a message can take
//   (sender, recipients, channel, peers), highest first: what a catalog or a "classify before
//   send" dialog offers;
// - message_label: the label of a message whose parts carry labels of different schemes, in a
//   common scheme, never lower.
//
// A destination may take a label when, in this order:
//   1. the label is valid, the destination row follows its rules, the terms are valid;
//   2. the label is releasable to the far end (one of its parties, or a group they belong to);
//   3. a classified label is at or below one of the levels it is cleared up to (converted);
//   4. it holds every restrictive category of the label.
#pragma once

#include <array>
#include <cstddef>
#include <initializer_list>
#include <string_view>

#include "../core/decision.hpp"
#include "../core/destination.hpp"
#include "../core/found.hpp"
#include "../core/label.hpp"
#include "../core/person.hpp"
#include "../core/policy.hpp"
#include "../core/registry.hpp"
#include "../core/slice.hpp"
#include "access.hpp"
#include "equivalence.hpp"
#include "transmit.hpp"

namespace clearance::inline v0 {

/// The first rule the destination row breaks, or destination_rule::none.
constexpr destination_rule check_destination(const registry& reg, const destination& d) noexcept {
  if (d.id.empty()) return destination_rule::missing_id;
  if (!is_defined(d.kind)) return destination_rule::undefined_kind;
  switch (detail::check_ceilings(reg, d.cleared).fault) {
    case detail::ceiling_fault::none: break;
    case detail::ceiling_fault::none_given: return destination_rule::no_clearance;
    case detail::ceiling_fault::unknown_scheme: return destination_rule::unknown_clearance_scheme;
    case detail::ceiling_fault::unknown_level: return destination_rule::unknown_clearance_level;
    case detail::ceiling_fault::duplicate_scheme: return destination_rule::duplicate_clearance_scheme;
  }
  if (!detail::undefined_categories(reg, d.categories).empty()) return destination_rule::undefined_category;
  if (d.parties.empty() || !defined_parties.includes(d.parties)) return destination_rule::undefined_party;
  return destination_rule::none;
}

namespace detail {

/// The rules of may_deliver, in order, each denial reported to `sink` (see first_denial).
template <class Sink>
constexpr void delivery_rules(const registry& reg, const label& l, const destination& to, const conversion_terms& terms,
                              Sink& sink) noexcept {
  if (const decision d = validate(reg, l); !d) {
    sink.deny(d);
    return;
  }
  const level lv = level_of(l);
  if (const destination_rule rule = check_destination(reg, to); rule != destination_rule::none) {
    decision d = deny(reason::invalid_destination, lv);
    d.detail = static_cast<int>(rule);
    sink.deny(d);
    return;
  }
  if (const decision d = check_terms(terms, lv); !d) {
    sink.deny(d);
    return;
  }
  if (const party_set held = with_groups(to.parties); !releasable_to_holder(l, held))
    if (!sink.deny(not_releasable_to(reason::destination_not_releasable, l, held))) return;
  if (find_level(reg, lv)->classified)
    if (const decision d = within_ceilings(reg, l, to.cleared, terms, reason::above_destination_clearance); !d)
      if (!sink.deny(d)) return;
  if (const category_set missing = restrictive_in(*reg.find(l.scheme), l) - to.categories; !missing.empty()) {
    decision d = deny(reason::destination_lacks_category, lv);
    d.hold(missing);
    sink.deny(d);
  }
}

}  // namespace detail

/// Whether information labelled `l` may be delivered to the peer, room or list `to`; conversions
/// into the schemes it is cleared in are made under `terms`.
constexpr decision may_deliver(const registry& reg, const label& l, const destination& to,
                               const conversion_terms& terms = {}) noexcept {
  detail::first_denial sink;
  detail::delivery_rules(reg, l, to, terms, sink);
  return sink.result(level_of(l));
}

/// Every rule of may_deliver that `l` fails for `to`, in order (see decision_list).
constexpr decision_list delivery_reasons(const registry& reg, const label& l, const destination& to,
                                         const conversion_terms& terms = {}) noexcept {
  detail::every_denial sink;
  detail::delivery_rules(reg, l, to, terms, sink);
  return sink.result(level_of(l));
}

/// Satisfied when label `L` may be delivered to destination `D`, over the schemes of R.
template <const registry& R, label L, const destination& D>
concept deliverable_in = may_deliver(R, L, D).allowed();

// ---------------------------------------------------------------- rooms and lists

/// What delivering into a room (or relabelling it) gave: the room's own decision, then how many
/// members may read the label and how many may not. When the room is denied, no member is asked.
struct room_delivery {
  decision room{};
  std::size_t cleared = 0;
  std::size_t refused = 0;

  [[nodiscard]] constexpr bool allowed() const noexcept { return room.allowed(); }
  constexpr explicit operator bool() const noexcept { return allowed(); }
};

/// Delivers `l` posted in `room`: when the room may take it (may_deliver), calls
/// `each(const member&, const decision&)` for every member with can_access's decision; the host
/// delivers to those allowed and reports the others, who are counted.
template <class F>
constexpr room_delivery deliver_to_members(const registry& reg, const label& l, const destination& room,
                                           slice<const member> members, F&& each,
                                           const access_policy& policy = default_policy,
                                           const conversion_terms& terms = {}) {
  room_delivery out{may_deliver(reg, l, room, terms), 0, 0};
  if (!out.room) return out;
  for (const member& m : members) {
    const decision d = can_access(reg, m.who, l, policy);
    ++(d ? out.cleared : out.refused);
    each(m, d);
  }
  return out;
}

/// The room's label becomes `to`: the room must be cleared for it (may_deliver), and
/// `must_leave(const member&, const decision&)` is called for every member who may not read it,
/// with the reason. Nothing else changes: the host removes them, or keeps the old label.
template <class F>
constexpr room_delivery relabel_room(const registry& reg, const label& to, const destination& room,
                                     slice<const member> members, F&& must_leave,
                                     const access_policy& policy = default_policy, const conversion_terms& terms = {}) {
  return deliver_to_members(
      reg, to, room, members,
      [&](const member& m, const decision& d) {
        if (!d) must_leave(m, d);
      },
      policy, terms);
}

// ---------------------------------------------------------------- every party of a message

/// Everyone a message reaches: the sender, the recipients, the channel it travels over (if any,
/// as deployed) and the peers and rooms it leaves through, under an access policy (none given:
/// default_policy). The host owns what it refers to. No sender is a default-constructed person:
/// denied. (Rows are held as `found`, not pointers: a pointer tested against null is not a
/// constant expression under g++'s null sanitizer; see core/found.hpp.)
///
///     const audience a{.sender = me, .recipients = others, .via = channels::sectra_tiger_s};
struct audience {
  found<person> sender{};
  slice<const person> recipients{};
  found<channel> via{};
  deployment deployed{};
  slice<const destination> through{};
  found<access_policy> policy{};
  conversion_terms terms{};  ///< for the destinations
};

/// Which party of an audience a decision is about.
enum class audience_role : int { none = 0, sender, recipient, channel, destination };

constexpr std::string_view to_string(audience_role r) noexcept {
  switch (r) {
    case audience_role::none: return "nobody";
    case audience_role::sender: return "sender";
    case audience_role::recipient: return "recipient";
    case audience_role::channel: return "channel";
    case audience_role::destination: return "destination";
  }
  return "unknown role";
}

/// A decision over an audience: the first party that may not take the label (its role, and its
/// index among the recipients or destinations), with its decision.
struct reach_decision {
  decision outcome{};
  audience_role role = audience_role::none;
  std::size_t index = 0;

  [[nodiscard]] constexpr bool allowed() const noexcept { return outcome.allowed(); }
  constexpr explicit operator bool() const noexcept { return allowed(); }
  friend constexpr bool operator==(const reach_decision&, const reach_decision&) noexcept = default;
};

/// Whether every party of `a` may take `l`, in order: the sender (can_access), each recipient
/// (can_access), the channel (may_transmit), each destination (may_deliver). The first refusal
/// decides.
constexpr reach_decision may_reach(const registry& reg, const label& l, const audience& a) noexcept {
  const access_policy& policy = a.policy ? *a.policy : default_policy;
  const person nobody{};
  if (const decision d = can_access(reg, a.sender ? *a.sender : nobody, l, policy); !d)
    return {d, audience_role::sender, 0};
  for (std::size_t i = 0; i < a.recipients.size(); ++i)
    if (const decision d = can_access(reg, a.recipients[i], l, policy); !d) return {d, audience_role::recipient, i};
  if (a.via)
    if (const decision d = may_transmit(reg, l, *a.via, a.deployed); !d) return {d, audience_role::channel, 0};
  for (std::size_t i = 0; i < a.through.size(); ++i)
    if (const decision d = may_deliver(reg, l, a.through[i], a.terms); !d) return {d, audience_role::destination, i};
  return {detail::allow(level_of(l)), audience_role::none, 0};
}

// ---------------------------------------------------------------- catalogs

/// A label of a policy and whether the audience may take it.
struct catalog_entry {
  label value{};
  reach_decision verdict{};
};

/// The labels of a policy for an audience: those every party can take first, highest first
/// (`offered` of them, also as `labels` for write_catalog), then those some party cannot, with
/// the refusal; `default_index` is the policy's default among those offered, or `none` when it
/// is not offered (the user must choose). `outcome` is denied, with nothing offered, when the
/// policy's labels are not valid labels of one scheme.
template <std::size_t N>
struct label_catalog {
  static constexpr std::size_t none = N;
  std::array<catalog_entry, N> entries{};
  std::array<label, N> labels{};
  std::size_t size = 0;
  std::size_t offered = 0;
  std::size_t default_index = none;
  decision outcome{};

  [[nodiscard]] constexpr slice<const label> offered_labels() const noexcept { return {labels.data(), offered}; }
  [[nodiscard]] constexpr bool has_default() const noexcept { return default_index < offered; }
  /// Whether a sender may choose `l`: allowed when offered; otherwise the refusal of the first
  /// party that cannot take it, or not_offered for a label that is not one of the policy's.
  [[nodiscard]] constexpr decision choose(const label& l) const noexcept {
    for (std::size_t i = 0; i < size; ++i)
      if (entries[i].value == l) return entries[i].verdict.outcome;
    decision d = detail::deny(reason::not_offered, level_of(l));
    if (!outcome) d = outcome;
    return d;
  }
};

/// The catalog of `labels` (a policy's labels, of one scheme) and its `policy_default`, for the
/// audience `a`. N is the capacity: more labels than that deny the catalog (outcome undecided).
template <std::size_t N>
constexpr label_catalog<N> make_catalog(const registry& reg, slice<const label> labels, const label& policy_default,
                                        const audience& a) noexcept {
  label_catalog<N> c;
  if (labels.empty() || labels.size() > N) return c;
  for (const label& l : labels) {
    if (const decision d = validate(reg, l); !d) {
      c.outcome = d;
      return c;
    }
    if (l.scheme != labels[0].scheme) {
      c.outcome = detail::deny(reason::different_schemes, level_of(labels[0]));
      c.outcome.required = level_of(l);
      return c;
    }
  }
  std::array<reach_decision, N> verdicts{};
  std::array<bool, N> placed{};
  for (std::size_t i = 0; i < labels.size(); ++i) verdicts[i] = may_reach(reg, labels[i], a);
  // Offered first, then refused; each group highest first, in the policy's order at equal rank.
  for (const bool offer : {true, false})
    for (;;) {
      std::size_t best = N;
      for (std::size_t i = 0; i < labels.size(); ++i)
        if (!placed[i] && verdicts[i].allowed() == offer && (best == N || labels[i].rank > labels[best].rank)) best = i;
      if (best == N) break;
      placed[best] = true;
      c.entries[c.size] = {labels[best], verdicts[best]};
      if (offer) {
        c.labels[c.size] = labels[best];
        if (labels[best] == policy_default && c.default_index == c.none) c.default_index = c.size;
        c.offered = c.size + 1;
      }
      ++c.size;
    }
  c.outcome = detail::allow(level_of(labels[0]));
  return c;
}

/// The same for a policy's labels held in an array: the capacity is their number.
template <std::size_t N>
constexpr label_catalog<N> make_catalog(const registry& reg, const std::array<label, N>& labels,
                                        const label& policy_default, const audience& a) noexcept {
  return make_catalog<N>(reg, slice<const label>{labels}, policy_default, a);
}

// ---------------------------------------------------------------- messages with parts

/// The label of a message whose parts carry `parts` (a Dutch memo with a NATO attachment): each
/// part converted into the scheme `common` under `terms` (never lower: see convert), then
/// joined. Refused with the first part's reason when one has no equivalent in `common`, and
/// undecided for a message of no parts.
constexpr label_result message_label(const registry& reg, slice<const label> parts, scheme_id common,
                                     const conversion_terms& terms = {}) noexcept {
  label_result out{};
  for (std::size_t i = 0; i < parts.size(); ++i) {
    label part = parts[i];
    if (part.scheme != common) {
      const conversion c = convert(reg, part, common, terms);
      if (!c) return {{}, c.outcome};
      part = c.value;
    } else if (const decision d = validate(reg, part); !d) {
      return {{}, d};
    }
    out = i == 0 ? label_result{part, detail::allow(level_of(part))} : join(reg, out.value, part);
    if (!out) return out;
  }
  return out;
}

}  // namespace clearance::inline v0
