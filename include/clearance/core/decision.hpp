// SPDX-License-Identifier: MIT
//
// A decision: allowed, or denied with a reason code and the two sides that decided it.
#pragma once

#include <cstdint>
#include <string_view>

#include "scheme.hpp"

namespace clearance {

/// Why something is not allowed. `none` means nothing stands in the way.
enum class reason : int {
  none = 0,                        ///< allowed (or converted, or combined)
  undecided,                       ///< a default-constructed decision: never allowed
  // the label
  unknown_scheme,                  ///< the label's scheme is not one the library holds
  unknown_level,                   ///< the scheme has no level of that rank
  undefined_category,              ///< a category bit that no catalogue row defines
  category_not_allowed_at_level,   ///< e.g. ATOMAL with NATO RESTRICTED
  undefined_party,                 ///< a releasability bit that no party row defines
  // the person
  no_person,                       ///< no nationality: e.g. a default-constructed person
  invalid_nationality,             ///< the nationality is not a country of the catalogue
  invalid_clearance,               ///< a clearance of an unknown scheme or grade, or two in one scheme
  invalid_organisation,            ///< the organisation is not one of the enumerators
  invalid_need_to_know,            ///< need-to-know held for a category no catalogue defines
  invalid_policy,                  ///< the access policy is malformed
  // the terms of a decision (a deployment, a conversion)
  invalid_date,                    ///< a date of use that is not a calendar day
  invalid_confidence,              ///< a confidence accepted that is not one of the tags
  invalid_context,                 ///< a context that is not one of the enumerators
  invalid_deployment,              ///< conditions the library does not define, or a negative version
  // access rules
  not_releasable,                  ///< the person matches none of the label's releasability
  no_authorising_organisation,     ///< the person works for no authorising organisation
  not_briefed,                     ///< the person has had no security briefing
  clearance_below_label,           ///< no clearance, or one that does not cover the level
  national_clearance_below_label,  ///< a national rule requires a national clearance covering it
  missing_need_to_know,            ///< a restrictive category (need-to-know) the person lacks
  // equivalence and lattice operations
  not_a_classification,            ///< a marking such as NATO UNCLASSIFIED has no equivalents
  no_equivalent_level,             ///< the target scheme has no level for it
  no_mapping,                      ///< no table connects the two schemes (on that day, in that context)
  mapping_unverified,              ///< the only route rests on a row weaker than the caller accepts
  different_schemes,               ///< labels of two schemes cannot be compared or combined
  // channels and devices
  unknown_channel,                 ///< no channel of that id: never guessed
  invalid_channel,                 ///< the channel row breaks a rule (see channel_rule)
  use_not_approved,                ///< e.g. storing on a channel approved for transmission only
  approval_unverified,             ///< the approval's confidence is weaker than the deployment accepts
  approval_not_yet_valid,          ///< used before the approval date
  approval_expired,                ///< used after the end of validity
  approval_revoked,                ///< used on or after the revocation
  approval_date_unknown,           ///< the approval ends or was revoked, and no date of use is given
  above_channel_ceiling,           ///< the label is above every level the channel is approved up to
  category_not_approved,           ///< a special category (ATOMAL, ...) the channel may not carry
  version_not_approved,            ///< the deployed version is not one the approval covers
  condition_not_met,               ///< a condition of the approval the deployment does not meet
  // handling paths (labeled values)
  write_down,                      ///< writing information into a container labelled below it
  not_a_raise,                     ///< reclassifying "up" to a label that does not dominate the old one
  not_a_lowering,                  ///< declassifying to a label that is not below the old one
  no_declassification_authority,   ///< a declassification without an authority or a ground
};

/// The last reason, for iterating over all of them.
inline constexpr reason last_reason = reason::no_declassification_authority;

// to_string(reason), explain and the sides of a denial: one row per reason, text/explain.hpp.

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

  [[nodiscard]] constexpr bool allowed() const noexcept { return why == reason::none; }
  constexpr explicit operator bool() const noexcept { return allowed(); }
  friend constexpr bool operator==(const decision&, const decision&) noexcept = default;
};

namespace detail {
constexpr decision allow(level lv) noexcept { return {reason::none, lv, lv, {}, 0, 0}; }
constexpr decision deny(reason r, level lv) noexcept { return {r, lv, {}, {}, 0, 0}; }
}  // namespace detail

namespace detail {
constexpr date date_of(std::int64_t value) noexcept {
  date d;
  d.value = static_cast<int>(value);
  return d;
}
}  // namespace detail

}  // namespace clearance
