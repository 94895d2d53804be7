// SPDX-License-Identifier: MIT
//
// Data: the UK Government Protective Marking Scheme until 2014-04-01: RESTRICTED, CONFIDENTIAL,
// SECRET, TOP SECRET (PROTECT and UNCLASSIFIED are not modelled). Its information still exists,
// so its labels stay valid.
//   Levels and the EU correspondence: Council Decision 2013/488/EU Appendix B, UK row (domain-brief
//   §1.3 [V]), in force until 2014/233/EU replaced it on 26.4.2014 (read [V]). No later table for
//   these markings was read, nor how the UK re-levels them nationally: after that day a conversion
//   is refused (deny by default). The new scheme's date: gov.uk news 2014, "from 2 April 2014" [V].
//   The damage definitions were not read. No NATO table was read. No personnel table was read:
//   the information is denied to everyone until an access_policy supplies one (deny by default).
#pragma once

#include "../core/scheme.hpp"
#include "eu.hpp"

namespace clearance::inline v0::gbr_pre2014 {

/// An earlier edition: the country's code plus 1000.
inline constexpr scheme_id id{1826};
inline constexpr party owner = party::gbr;

inline constexpr level restricted{id, 1, owner};
inline constexpr level confidential{id, 2, owner};
inline constexpr level secret{id, 3, owner};
inline constexpr level top_secret{id, 4, owner};

namespace detail {
inline constexpr citation app_b{"domain-brief §1.3: 2013/488/EU App. B (BWBV0005395), UK before 2014", confidence::verified};
inline constexpr citation replaced{"Council Decision 2014/233/EU: App. B replaced, in force 26.4.2014 (OJ L 125)",
                                   confidence::verified};
inline constexpr citation gsc{"gov.uk news 2014: the new classifications from 2 April 2014", confidence::verified};
inline constexpr citation damage{"not read: the damage definitions of the Protective Marking Scheme",
                                 confidence::unverified};
inline constexpr citation none_read{"library default: no UK personnel table read (deny by default)", confidence::inference};
}  // namespace detail

// No language markings: `{{{}, {}}}` rather than `{}`, which g++ 12 rejects in constant evaluation.
inline constexpr level_info levels[] = {
    {1, "RESTRICTED", "", "R", {{{}, {}}}, "", true, detail::app_b, detail::damage},
    {2, "CONFIDENTIAL", "", "C", {{{}, {}}}, "", true, detail::app_b, detail::damage},
    {3, "SECRET", "", "S", {{{}, {}}}, "", true, detail::app_b, detail::damage},
    {4, "TOP SECRET", "", "TS", {{{}, {}}}, "", true, detail::app_b, detail::damage},
};

inline constexpr correspondence to_eu[] = {
    {1, 1, mapping::equivalent, detail::app_b},  // RESTRICTED -> RESTREINT UE
    {2, 2, mapping::equivalent, detail::app_b},  // CONFIDENTIAL -> CONFIDENTIEL UE
    {3, 3, mapping::equivalent, detail::app_b},  // SECRET -> SECRET UE
    {4, 4, mapping::equivalent, detail::app_b},  // TOP SECRET -> TRÈS SECRET UE
};
inline constexpr correspondence from_eu[] = {
    {1, 1, mapping::equivalent, detail::app_b},  // RESTREINT UE -> RESTRICTED
    {2, 2, mapping::equivalent, detail::app_b},  // CONFIDENTIEL UE -> CONFIDENTIAL
    {3, 3, mapping::equivalent, detail::app_b},  // SECRET UE -> SECRET
    {4, 4, mapping::equivalent, detail::app_b},  // TRÈS SECRET UE -> TOP SECRET
};
inline constexpr mapping_table mappings[] = {
    {eu::id, to_eu, from_eu, eu::appendix_b_contexts, {{}, {2014, 4, 25}}, detail::replaced},
};

inline constexpr clearance::scheme scheme{
    .id = id,
    .name = "United Kingdom (until 2014-04-01)",
    .code = "GBR-PRE2014",
    .owner = owner,
    .levels = levels,
    .mappings = mappings,
    .personnel = {.grades = {}, .clearance_from = 1, .clearance_source = detail::none_read},
    .organisation = {true, detail::none_read},
    .briefing = {true, detail::none_read},
    .in_use = {{}, {2014, 4, 1}},
    .in_use_source = detail::gsc,
};

}  // namespace clearance::inline v0::gbr_pre2014
