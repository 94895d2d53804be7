// SPDX-License-Identifier: MIT
//
// The person who wants access: nationality, authorising organisation, clearances per scheme,
// need-to-know held, briefing.
#pragma once

#include <array>

#include "categories.hpp"
#include "parties.hpp"
#include "enums.hpp"
#include "scheme.hpp"

namespace clearance::inline v0 {

/// Who authorises the person's access (domain-brief §2: an NVO-authorised organisation; for
/// NATO RESTRICTED, work for NATO, a member state or an accredited organisation).
enum class organisation : int {
  none = 0,
  nato_body,   ///< a NATO body or agency
  government,  ///< a member state's government (ministries, armed forces)
  accredited,  ///< an organisation accredited to handle the information (e.g. TNO)
};

constexpr bool is_defined(organisation o) noexcept { return detail::enumerated(o, organisation::accredited); }

constexpr std::string_view to_string(organisation o) noexcept {
  switch (o) {
    case organisation::none: return "no organisation";
    case organisation::nato_body: return "a NATO body";
    case organisation::government: return "a member state's government";
    case organisation::accredited: return "an accredited organisation";
  }
  return "unknown organisation";
}

/// A person, as an aggregate: use designated initialisers. A default-constructed person has no
/// nationality and is denied everything.
///
///     constexpr person cleaner{.nationality = party::nld, .works_for = organisation::accredited,
///                              .clearances = {nld::screening_c}, .need_to_know = {facility},
///                              .briefed = true};
struct person {
  party nationality = party::none;
  organisation works_for = organisation::none;
  std::array<clearance_grant, 4> clearances{};  ///< at most one per scheme
  category_set need_to_know{};                  ///< restrictive categories held
  bool briefed = false;
  /// Organisations and missions the person serves with (KFOR, RESOLUTE SUPPORT): releasability
  /// values they match besides their nationality. Countries are not allowed here.
  party_set serves_with{};

  /// The clearance held in scheme `s`, or a grant of grade 0.
  [[nodiscard]] constexpr clearance_grant clearance_in(scheme_id s) const noexcept {
    for (const clearance_grant& g : clearances)
      if (g.scheme == s) return g;
    return {s, 0};
  }

  friend constexpr bool operator==(const person&, const person&) noexcept = default;
};

/// The releasability values the person matches: their nationality and the groups it belongs to
/// (NATO, the EU, the EAPC), the organisations and missions they serve with, and NATO for staff of
/// a NATO body. A list names them either as a group or member by member: one in common suffices.
constexpr party_set holdings(const person& p) noexcept {
  party_set s = p.serves_with;
  if (p.works_for == organisation::nato_body) s.insert(party::nato);
  return s | with_groups(party_set{p.nationality});
}

}  // namespace clearance::inline v0
