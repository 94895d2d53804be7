// SPDX-License-Identifier: MIT
//
// Data: the Croatian classification scheme.
//   Levels and the EU correspondence: Council Decision 2013/488/EU Appendix B, as published in
//   the Dutch treaty series (BWBV0005395), cross-checked against the 2021 annex 2021/C 247 I/01 (domain-brief §1.3 [V]).
//   The damage definitions of the national law were not read: left empty, cited as unverified.
//   No NATO table was read: a label reaches NATO through the EU table, by rank (domain-brief §1.4 [I]).
//   No personnel table was read: Croatian information is denied to everyone until an access_policy
//   supplies one (deny by default).
#pragma once

#include "../core/scheme.hpp"
#include "eu.hpp"

namespace clearance::inline v0::hrv {

inline constexpr scheme_id id{191};
inline constexpr party owner = party::hrv;

inline constexpr level ograniceno{id, 1, owner};
inline constexpr level povjerljivo{id, 2, owner};
inline constexpr level tajno{id, 3, owner};
inline constexpr level vrlo_tajno{id, 4, owner};

namespace detail {
inline constexpr citation app_b{"domain-brief §1.3: 2013/488/EU App. B (BWBV0005395); 2021/C 247 I/01", confidence::verified};
inline constexpr citation damage{"not read: the damage definitions of the Croatian law", confidence::unverified};
inline constexpr citation none_read{"library default: no Croatian personnel table read (deny by default)",
                                    confidence::inference};
}  // namespace detail

// The ASCII spellings are for compiler diagnostics.
// No language markings: `{{{}, {}}}` rather than `{}`, which g++ 12 rejects in constant evaluation.
inline constexpr level_info levels[] = {
    {1, "OGRANIČENO", "OGRANICENO", "OGRANIČENO", {{{}, {}}}, "", true, detail::app_b, detail::damage},
    {2, "POVJERLJIVO", "", "POVJERLJIVO", {{{}, {}}}, "", true, detail::app_b, detail::damage},
    {3, "TAJNO", "", "TAJNO", {{{}, {}}}, "", true, detail::app_b, detail::damage},
    {4, "VRLO TAJNO", "", "VRLO TAJNO", {{{}, {}}}, "", true, detail::app_b, detail::damage},
};

inline constexpr correspondence to_eu[] = {
    {1, 1, mapping::equivalent, detail::app_b},  // OGRANIČENO -> RESTREINT UE
    {2, 2, mapping::equivalent, detail::app_b},  // POVJERLJIVO -> CONFIDENTIEL UE
    {3, 3, mapping::equivalent, detail::app_b},  // TAJNO -> SECRET UE
    {4, 4, mapping::equivalent, detail::app_b},  // VRLO TAJNO -> TRÈS SECRET UE
};
inline constexpr correspondence from_eu[] = {
    {1, 1, mapping::equivalent, detail::app_b},  // RESTREINT UE -> OGRANIČENO
    {2, 2, mapping::equivalent, detail::app_b},  // CONFIDENTIEL UE -> POVJERLJIVO
    {3, 3, mapping::equivalent, detail::app_b},  // SECRET UE -> TAJNO
    {4, 4, mapping::equivalent, detail::app_b},  // TRÈS SECRET UE -> VRLO TAJNO
};
inline constexpr mapping_table mappings[] = {{eu::id, to_eu, from_eu, eu::appendix_b_contexts, {}, eu::appendix_b_scope}};

inline constexpr clearance::scheme scheme{
    .id = id,
    .name = "Croatia",
    .code = "HRV",
    .owner = owner,
    .levels = levels,
    .mappings = mappings,
    .personnel = {.grades = {}, .clearance_from = 1, .clearance_source = detail::none_read},
    .organisation = {true, detail::none_read},
    .briefing = {true, detail::none_read},
};

}  // namespace clearance::inline v0::hrv
