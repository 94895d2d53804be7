// SPDX-License-Identifier: MIT
//
// Data: the Swedish classification scheme until 2019-03-31, as Appendix B of 2013/488/EU lists it
// (domain-brief §1.3 [V]): the defence markings HEMLIG/RESTRICTED, HEMLIG/CONFIDENTIAL,
// HEMLIG/SECRET and HEMLIG/TOP SECRET. Its information still exists, so its labels stay valid.
//   Not modelled: the other authorities' markings of the same row. Plain HEMLIG stood for three
//   EU levels (RESTREINT, CONFIDENTIEL, SECRET UE), so on its own it names no one level; and
//   "HEMLIG AV SYNNERLIG BETYDELSE FÖR RIKETS SÄKERHET" is longer than a phrase of the reader.
//   The table ends when the Act 2018:585 took effect, 2019-04-01 (2022/C 238/07 recital (4) [V]);
//   how Sweden re-levels these markings was not read: after that a conversion is refused.
//   The damage definitions were not read. No NATO table was read. No personnel table was read:
//   the information is denied to everyone until an access_policy supplies one (deny by default).
#pragma once

#include "../core/scheme.hpp"
#include "eu.hpp"

namespace clearance::inline v0::swe_pre2019 {

/// An earlier edition: the country's code plus 1000.
inline constexpr scheme_id id{1752};
inline constexpr party owner = party::swe;

inline constexpr level hemlig_restricted{id, 1, owner};
inline constexpr level hemlig_confidential{id, 2, owner};
inline constexpr level hemlig_secret{id, 3, owner};
inline constexpr level hemlig_top_secret{id, 4, owner};

namespace detail {
inline constexpr citation app_b{"domain-brief §1.3: 2013/488/EU App. B (BWBV0005395), Sweden before 2019",
                                confidence::verified};
inline constexpr citation act_date{"2022/C 238/07 recital (4); 2019/2247: Act 2018:585 in force 2019-04-01",
                                   confidence::verified};
inline constexpr citation damage{"not read: the damage definitions before the Act 2018:585", confidence::unverified};
inline constexpr citation none_read{"library default: no Swedish personnel table read (deny by default)",
                                    confidence::inference};
}  // namespace detail

// No language markings: `{{{}, {}}}` rather than `{}`, which g++ 12 rejects in constant evaluation.
inline constexpr level_info levels[] = {
    {1, "HEMLIG/RESTRICTED", "", "HEMLIG/RESTRICTED", {{{}, {}}}, "", true, detail::app_b, detail::damage},
    {2, "HEMLIG/CONFIDENTIAL", "", "HEMLIG/CONFIDENTIAL", {{{}, {}}}, "", true, detail::app_b, detail::damage},
    {3, "HEMLIG/SECRET", "", "HEMLIG/SECRET", {{{}, {}}}, "", true, detail::app_b, detail::damage},
    {4, "HEMLIG/TOP SECRET", "", "HEMLIG/TOP SECRET", {{{}, {}}}, "", true, detail::app_b, detail::damage},
};

inline constexpr correspondence to_eu[] = {
    {1, 1, mapping::equivalent, detail::app_b},  // HEMLIG/RESTRICTED -> RESTREINT UE
    {2, 2, mapping::equivalent, detail::app_b},  // HEMLIG/CONFIDENTIAL -> CONFIDENTIEL UE
    {3, 3, mapping::equivalent, detail::app_b},  // HEMLIG/SECRET -> SECRET UE
    {4, 4, mapping::equivalent, detail::app_b},  // HEMLIG/TOP SECRET -> TRÈS SECRET UE
};
inline constexpr correspondence from_eu[] = {
    {1, 1, mapping::equivalent, detail::app_b},  // RESTREINT UE -> HEMLIG/RESTRICTED
    {2, 2, mapping::equivalent, detail::app_b},  // CONFIDENTIEL UE -> HEMLIG/CONFIDENTIAL
    {3, 3, mapping::equivalent, detail::app_b},  // SECRET UE -> HEMLIG/SECRET
    {4, 4, mapping::equivalent, detail::app_b},  // TRÈS SECRET UE -> HEMLIG/TOP SECRET
};
inline constexpr mapping_table mappings[] = {
    {eu::id, to_eu, from_eu, eu::appendix_b_contexts, {{}, {2019, 3, 31}}, detail::act_date},
};

inline constexpr clearance::scheme scheme{
    .id = id,
    .name = "Sweden (until 2019-03-31)",
    .code = "SWE-PRE2019",
    .owner = owner,
    .levels = levels,
    .mappings = mappings,
    .personnel = {.grades = {}, .clearance_from = 1, .clearance_source = detail::none_read},
    .organisation = {true, detail::none_read},
    .briefing = {true, detail::none_read},
    .in_use = {{}, {2019, 3, 31}},
    .in_use_source = detail::act_date,
};

}  // namespace clearance::inline v0::swe_pre2019
