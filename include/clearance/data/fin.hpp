// SPDX-License-Identifier: MIT
//
// Data: the Finnish classification scheme.
//   Levels and the EU correspondence: Council Decision 2013/488/EU Appendix B, as published in
//   the Dutch treaty series (BWBV0005395) (domain-brief §1.3 [V]).
//   The damage definitions of the national law were not read: left empty, cited as unverified.
//   No NATO table was read: a label reaches NATO through the EU table, by rank (domain-brief §1.4 [I]).
//   No personnel table was read: Finnish information is denied to everyone until an access_policy
//   supplies one (deny by default).
//   The markings are bilingual, Finnish/Swedish; either language alone is accepted as a spelling.
#pragma once

#include "../core/scheme.hpp"
#include "eu.hpp"

namespace clearance::inline v0::fin {

inline constexpr scheme_id id{246};
inline constexpr party owner = party::fin;

inline constexpr level kaytto_rajoitettu{id, 1, owner};
inline constexpr level luottamuksellinen{id, 2, owner};
inline constexpr level salainen{id, 3, owner};
inline constexpr level erittain_salainen{id, 4, owner};

namespace detail {
inline constexpr citation app_b{"domain-brief §1.3: 2013/488/EU App. B (BWBV0005395)", confidence::verified};
inline constexpr citation damage{"not read: the damage definitions of the Finnish law", confidence::unverified};
inline constexpr citation none_read{"library default: no Finnish personnel table read (deny by default)",
                                    confidence::inference};
}  // namespace detail

// The ASCII spellings are for compiler diagnostics.
// No language markings: `{{{}, {}}}` rather than `{}`, which g++ 12 rejects in constant evaluation.
inline constexpr level_info levels[] = {
    {1, "KÄYTTÖ RAJOITETTU/BEGRÄNSAD TILLGÅNG", "KAYTTO RAJOITETTU/BEGRANSAD TILLGANG", "KÄYTTÖ RAJOITETTU", {{{}, {}}}, "", true, detail::app_b, detail::damage},
    {2, "LUOTTAMUKSELLINEN/KONFIDENTIELL", "", "LUOTTAMUKSELLINEN", {{{}, {}}}, "", true, detail::app_b, detail::damage},
    {3, "SALAINEN/HEMLIG", "", "SALAINEN", {{{}, {}}}, "", true, detail::app_b, detail::damage},
    {4, "ERITTÄIN SALAINEN/YTTERST HEMLIG", "ERITTAIN SALAINEN/YTTERST HEMLIG", "ERITTÄIN SALAINEN", {{{}, {}}}, "", true, detail::app_b, detail::damage},
};

// The Swedish half of each bilingual marking, on its own.
inline constexpr spelling spellings[] = {
    {"BEGRÄNSAD TILLGÅNG", 1, {}, detail::app_b},
    {"KONFIDENTIELL", 2, {}, detail::app_b},
    {"HEMLIG", 3, {}, detail::app_b},
    {"YTTERST HEMLIG", 4, {}, detail::app_b},
};

// Appendix B, rank for rank in both directions (eu::appendix_b_by_rank): KÄYTTÖ RAJOITETTU/BEGRÄNSAD
// TILLGÅNG, LUOTTAMUKSELLINEN/KONFIDENTIELL, SALAINEN/HEMLIG, ERITTÄIN SALAINEN/YTTERST HEMLIG =
// RESTREINT UE, CONFIDENTIEL UE, SECRET UE, TRÈS SECRET UE.
inline constexpr mapping_table mappings[] = {eu::appendix_b_by_rank};

inline constexpr clearance::scheme scheme{
    .id = id,
    .name = "Finland",
    .code = "FIN",
    .owner = owner,
    .levels = levels,
    .mappings = mappings,
    .personnel = {.grades = {}, .clearance_from = 1, .clearance_source = detail::none_read},
    .organisation = {true, detail::none_read},
    .briefing = {true, detail::none_read},
    .spellings = spellings,
};

}  // namespace clearance::inline v0::fin
