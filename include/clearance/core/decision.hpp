// SPDX-License-Identifier: MIT
//
// A decision: allowed, or denied with a reason code and the two sides that decided it.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "channel.hpp"
#include "scheme.hpp"
#include "slice.hpp"
#include "wire_error.hpp"

namespace clearance::inline v0 {

/// Why something is not allowed. `none` means nothing stands in the way.
enum class reason : int {
  none = 0,   ///< allowed (or converted, or combined)
  undecided,  ///< a default-constructed decision: never allowed
  // the label
  unknown_scheme,                 ///< the label's scheme is not one the library holds
  unknown_level,                  ///< the scheme has no level of that rank
  undefined_category,             ///< a category bit that no catalogue row defines
  category_not_allowed_at_level,  ///< e.g. ATOMAL with NATO RESTRICTED
  categories_excluded,            ///< categories the policy forbids to combine
  category_required,              ///< a category without one it may only come with
  undefined_party,                ///< a releasability bit that no party row defines
  // the person
  no_person,             ///< no nationality: e.g. a default-constructed person
  invalid_nationality,   ///< the nationality is not a country of the catalogue
  invalid_clearance,     ///< a clearance of an unknown scheme or grade, or two in one scheme
  invalid_organisation,  ///< the organisation is not one of the enumerators
  invalid_need_to_know,  ///< need-to-know held for a category no catalogue defines
  invalid_affiliation,   ///< serving with a value that is no organisation or mission
  invalid_policy,        ///< the access policy is malformed
  // the terms of a decision (a deployment, a conversion)
  invalid_date,        ///< a date of use that is not a calendar day
  invalid_confidence,  ///< a confidence accepted that is not one of the tags
  invalid_context,     ///< a context that is not one of the enumerators
  invalid_deployment,  ///< conditions the library does not define, or a negative version
  // access rules
  not_releasable,                  ///< the person matches none of the label's releasability
  no_authorising_organisation,     ///< the person works for no authorising organisation
  not_briefed,                     ///< the person has had no security briefing
  clearance_below_label,           ///< no clearance, or one that does not cover the level
  national_clearance_below_label,  ///< a national rule requires a national clearance covering it
  missing_need_to_know,            ///< a restrictive category (need-to-know) the person lacks
  // equivalence and lattice operations
  not_a_classification,  ///< a marking such as NATO UNCLASSIFIED has no equivalents
  no_equivalent_level,   ///< the target scheme has no level for it
  no_mapping,            ///< no table connects the two schemes (on that day, in that context)
  mapping_unverified,    ///< the only route rests on a row weaker than the caller accepts
  different_schemes,     ///< labels of two schemes cannot be compared or combined
  // channels and devices
  unknown_channel,         ///< no channel of that id: never guessed
  invalid_channel,         ///< the channel row breaks a rule (see channel_rule)
  use_not_approved,        ///< e.g. storing on a channel approved for transmission only
  approval_unverified,     ///< the approval's confidence is weaker than the deployment accepts
  approval_not_yet_valid,  ///< used before the approval date
  approval_expired,        ///< used after the end of validity
  approval_revoked,        ///< used on or after the revocation
  approval_date_unknown,   ///< the approval ends or was revoked, and no date of use is given
  above_channel_ceiling,   ///< the label is above every level the channel is approved up to
  category_not_approved,   ///< a special category (ATOMAL, ...) the channel may not carry
  version_not_approved,    ///< the deployed version is not one the approval covers
  condition_not_met,       ///< a condition of the approval the deployment does not meet
  // handling paths (labeled values)
  write_down,                     ///< writing information into a container labelled below it
  not_a_raise,                    ///< reclassifying "up" to a label that does not dominate the old one
  not_a_lowering,                 ///< declassifying to a label that is not below the old one
  no_declassification_authority,  ///< a declassification without an authority or a ground
  // Reasons added later go last, so that the number of every reason stays what it was (audit
  // records keep them).
  // the label
  party_not_allowed_at_level,  ///< a party named above its ceiling (scheme::release_ceilings)
  category_requirement_unmet,  ///< a rule of scheme::requirements the categories do not meet
  // destinations: peers and rooms (decide/deliver.hpp)
  invalid_destination,          ///< the destination row breaks a rule (see destination_rule)
  above_destination_clearance,  ///< the label is above every level the destination is cleared up to
  destination_not_releasable,   ///< the far end matches none of the label's releasability
  destination_lacks_category,   ///< a restrictive category the destination does not hold
  not_offered,                  ///< a label the catalog does not hold
  // a message's label as received (wire/policy.hpp: label_intake)
  label_missing,     ///< the message carries no security label
  label_unreadable,  ///< the message's security label cannot be read (see wire_error)
};

/// The last reason, for iterating over all of them.
inline constexpr reason last_reason = reason::label_unreadable;

// to_string(reason), explain and the sides of a denial: one row per reason, text/explain.hpp.

namespace detail {
constexpr date date_of(std::int64_t value) noexcept {
  date d;
  d.value = static_cast<int>(value);
  return d;
}
}  // namespace detail

/// The outcome of a check. A structural type, so a decision can be a template argument (see
/// `require`). `label_level` is the level of the label checked, whenever there is one; what
/// `required`, `held`, `detail` and `set` hold depends on `why`, and is written at the reason's
/// row in text/explain.hpp, the one place that reads them.
struct decision {
  reason why = reason::undecided;
  level label_level{};
  level required{};
  level held{};
  int detail = 0;
  std::uint64_t set = 0;
  std::uint64_t set_high = 0;  ///< the second word of a set of 128 values (categories, parties)

  [[nodiscard]] constexpr bool allowed() const noexcept { return why == reason::none; }
  /// Holds the set `s` (categories, parties, conditions) as the denial's `set`.
  template <class Set>
  constexpr void hold(const Set& s) noexcept {
    set = s.words[0];
    if constexpr (Set::capacity > 64) set_high = s.words[1];
  }
  constexpr explicit operator bool() const noexcept { return allowed(); }
  friend constexpr bool operator==(const decision&, const decision&) noexcept = default;

  // What a denial holds, named and typed, each for the reasons listed; a reason's row in
  // text/explain.hpp says which it reads.
  /// undefined_category, category_not_allowed_at_level, categories_excluded, category_required,
  /// category_requirement_unmet (the rule's categories; value(): the rule's index in the scheme),
  /// invalid_need_to_know,
  /// missing_need_to_know,
  /// category_not_approved, write_down: the categories concerned.
  [[nodiscard]] constexpr category_set categories() const noexcept { return category_set::from_words(set, set_high); }
  /// undefined_party, party_not_allowed_at_level, not_releasable, invalid_affiliation: the parties concerned (for not_releasable,
  /// the label's list the person matches none of).
  [[nodiscard]] constexpr party_set parties() const noexcept { return party_set::from_words(set, set_high); }
  /// condition_not_met, invalid_deployment: the conditions concerned.
  [[nodiscard]] constexpr condition_set conditions() const noexcept { return condition_set::from_words(set); }
  /// invalid_nationality, not_releasable: the person's nationality.
  [[nodiscard]] constexpr party nationality() const noexcept { return static_cast<party>(detail); }
  /// clearance_below_label, national_clearance_below_label: the grade held (0: none).
  [[nodiscard]] constexpr int grade() const noexcept { return detail; }
  /// no_equivalent_level, no_mapping: the scheme the label was to become a label of.
  [[nodiscard]] constexpr scheme_id target() const noexcept { return static_cast<scheme_id>(detail); }
  /// invalid_organisation, invalid_confidence, invalid_context: the value that is no enumerator;
  /// category_requirement_unmet: the index of the rule in scheme::requirements.
  [[nodiscard]] constexpr int value() const noexcept { return detail; }
  /// invalid_deployment, version_not_approved: the version deployed (0: not given).
  [[nodiscard]] constexpr int version() const noexcept { return detail; }
  /// invalid_date, approval_not_yet_valid, approval_expired, approval_revoked: the date of use.
  [[nodiscard]] constexpr date used_on() const noexcept { return clearance::detail::date_of(detail); }
  /// approval_not_yet_valid, approval_expired, approval_revoked, approval_date_unknown: the
  /// approval's date that decided.
  [[nodiscard]] constexpr date approval_dated() const noexcept {
    return clearance::detail::date_of(static_cast<std::int64_t>(set));
  }
  /// approval_date_unknown: which of the approval's dates that is.
  [[nodiscard]] constexpr approval_date which_date() const noexcept { return static_cast<approval_date>(detail); }
  /// label_unreadable: why the reader refused the label.
  [[nodiscard]] constexpr wire_error wire_fault() const noexcept { return static_cast<wire_error>(detail); }
  /// invalid_channel: the channel rule the row breaks.
  [[nodiscard]] constexpr channel_rule rule() const noexcept { return static_cast<channel_rule>(detail); }
  /// use_not_approved: the use asked for.
  [[nodiscard]] constexpr use use_asked() const noexcept { return static_cast<use>(detail); }
  /// approval_unverified: how firmly the approval is established; mapping_unverified: the route.
  [[nodiscard]] constexpr confidence established() const noexcept {
    return why == reason::approval_unverified ? static_cast<confidence>(detail) : static_cast<confidence>(set & 0xFFu);
  }
  /// approval_unverified, mapping_unverified: the confidence the caller accepts.
  [[nodiscard]] constexpr confidence accepted() const noexcept {
    return why == reason::approval_unverified ? static_cast<confidence>(set)
                                              : static_cast<confidence>(set >> 8 & 0xFFu);
  }
  /// no_mapping: whether the caller named a context (a table exists, not in it or not on the day).
  [[nodiscard]] constexpr bool asked_in_context() const noexcept { return (set >> 32) != 0; }
  /// no_mapping: the context asked for, when asked_in_context().
  [[nodiscard]] constexpr context asked_in() const noexcept { return static_cast<context>((set >> 32) - 1); }
  /// no_mapping: the day asked for (unknown: no day), when asked_in_context().
  [[nodiscard]] constexpr date asked_on() const noexcept {
    return clearance::detail::date_of(static_cast<std::int64_t>(set & 0xFFFFFFFFu));
  }
};

namespace detail {
constexpr decision allow(level lv) noexcept { return {reason::none, lv, lv, {}, 0, 0, 0}; }
constexpr decision deny(reason r, level lv) noexcept { return {r, lv, {}, {}, 0, 0, 0}; }
}  // namespace detail

/// Every reason of a decision, in the order its rules are checked (access_reasons,
/// transmit_reasons, delivery_reasons; written by explain_all). The first is the decision's own:
/// the allowed decision when no rule fails, else its first denial. A fault in what was asked (an
/// invalid label, person, channel or date) ends the list, as no later rule can be judged on it.
/// Built without allocation: the capacity is above the number of rules of any decision.
struct decision_list {
  static constexpr std::size_t capacity = 16;
  std::array<decision, capacity> items{};
  std::size_t count = 0;

  [[nodiscard]] constexpr slice<const decision> view() const noexcept { return {items.data(), count}; }
  [[nodiscard]] constexpr const decision* begin() const noexcept { return items.data(); }
  [[nodiscard]] constexpr const decision* end() const noexcept { return items.data() + count; }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return count; }
  /// The decision itself (undecided when the list is empty, which no check leaves it).
  [[nodiscard]] constexpr decision first() const noexcept { return count > 0 ? items[0] : decision{}; }
};

/// The reasons of a decision that needs both `a` and `b` to allow (a room's member on a peer
/// server: can_access, then may_deliver to the peer): `a` when it denies and `b` allows, `b` when
/// only `b` denies, both in order when both deny; `a` when both allow. The capacity holds the
/// reasons of any two decisions.
constexpr decision_list combined_reasons(const decision_list& a, const decision_list& b) noexcept {
  if (b.first().allowed()) return a;
  if (a.first().allowed()) return b;
  decision_list out = a;
  for (const decision& d : b)
    if (out.count < decision_list::capacity) out.items[out.count++] = d;
  return out;
}

namespace detail {

/// Where the rules of a decision report a denial. `first_denial` keeps the first and stops the
/// rules (the decision functions); `every_denial` keeps them all (the *_reasons functions). Both
/// run the same rules, so the first reason of the list is the decision's reason.
struct first_denial {
  decision found{};
  bool denied = false;
  /// Records `d`; returns whether later rules are still to be checked.
  constexpr bool deny(const decision& d) noexcept {
    found = d;
    denied = true;
    return false;
  }
  [[nodiscard]] constexpr decision result(level lv) const noexcept { return denied ? found : allow(lv); }
};

struct every_denial {
  decision_list list{};
  constexpr bool deny(const decision& d) noexcept {
    if (list.count < decision_list::capacity) list.items[list.count++] = d;
    return true;
  }
  [[nodiscard]] constexpr decision_list result(level lv) noexcept {
    if (list.count == 0) list.items[list.count++] = allow(lv);
    return list;
  }
};

}  // namespace detail

}  // namespace clearance::inline v0
