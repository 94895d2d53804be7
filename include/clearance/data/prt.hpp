// SPDX-License-Identifier: MIT
//
// Data: the Portuguese classification scheme.
//   Levels and the EU correspondence: Council Decision 2013/488/EU Appendix B, as published in
//   the Dutch treaty series (BWBV0005395) (domain-brief §1.3 [V]).
//   The damage definitions of the national law were not read: left empty, cited as unverified.
//   No NATO table was read: a label reaches NATO through the EU table, by rank (domain-brief §1.4 [I]).
//   No personnel table was read: Portuguese information is denied to everyone until an access_policy
//   supplies one (deny by default).
#pragma once

#include "../core/scheme.hpp"
#include "eu.hpp"

namespace clearance::inline v0::prt {

inline constexpr scheme_id id{620};
inline constexpr party owner = party::prt;

inline constexpr level reservado{id, 1, owner};
inline constexpr level confidencial{id, 2, owner};
inline constexpr level secreto{id, 3, owner};
inline constexpr level muito_secreto{id, 4, owner};

namespace detail {
inline constexpr citation app_b{"domain-brief §1.3: 2013/488/EU App. B (BWBV0005395)", confidence::verified};
inline constexpr citation damage{"not read: the damage definitions of the Portuguese law", confidence::unverified};
inline constexpr citation none_read{"library default: no Portuguese personnel table read (deny by default)",
                                    confidence::inference};
}  // namespace detail

// No language markings: `{{{}, {}}}` rather than `{}`, which g++ 12 rejects in constant evaluation.
inline constexpr level_info levels[] = {
    {1, "Reservado", "", "Reservado", {{{}, {}}}, "", true, detail::app_b, detail::damage},
    {2, "Confidencial", "", "Confidencial", {{{}, {}}}, "", true, detail::app_b, detail::damage},
    {3, "Secreto", "", "Secreto", {{{}, {}}}, "", true, detail::app_b, detail::damage},
    {4, "Muito Secreto", "", "Muito Secreto", {{{}, {}}}, "", true, detail::app_b, detail::damage},
};

// Appendix B, rank for rank in both directions (eu::appendix_b_by_rank): Reservado, Confidencial,
// Secreto, Muito Secreto = RESTREINT UE, CONFIDENTIEL UE, SECRET UE, TRÈS SECRET UE.
inline constexpr mapping_table mappings[] = {eu::appendix_b_by_rank};

inline constexpr clearance::scheme scheme{
    .id = id,
    .name = "Portugal",
    .code = "PRT",
    .owner = owner,
    .levels = levels,
    .mappings = mappings,
    .personnel = {.grades = {}, .clearance_from = 1, .clearance_source = detail::none_read},
    .organisation = {true, detail::none_read},
    .briefing = {true, detail::none_read},
};

}  // namespace clearance::inline v0::prt
