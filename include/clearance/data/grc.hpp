// SPDX-License-Identifier: MIT
//
// Data: the Greek classification scheme.
//   Levels and the EU correspondence: Council Decision 2013/488/EU Appendix B, as published in
//   the Dutch treaty series (BWBV0005395) (domain-brief §1.3 [V]).
//   The damage definitions of the national law were not read: left empty, cited as unverified.
//   No NATO table was read: a label reaches NATO through the EU table, by rank (domain-brief §1.4 [I]).
//   No personnel table was read: Greek information is denied to everyone until an access_policy
//   supplies one (deny by default).
//   Greece and Cyprus share this row and its Greek markings (data/cyp.hpp uses these levels and
//   rows): a marking is ambiguous between them unless the scheme is named ("GRC Απόρρητο").
#pragma once

#include "../core/scheme.hpp"
#include "eu.hpp"

namespace clearance::inline v0::grc {

inline constexpr scheme_id id{300};
inline constexpr party owner = party::grc;

inline constexpr level periorismenis_chrisis{id, 1, owner};
inline constexpr level empisteftiko{id, 2, owner};
inline constexpr level aporrito{id, 3, owner};
inline constexpr level akros_aporrito{id, 4, owner};

namespace detail {
inline constexpr citation app_b{"domain-brief §1.3: 2013/488/EU App. B (BWBV0005395)", confidence::verified};
inline constexpr citation damage{"not read: the damage definitions of the Greek and Cypriot laws", confidence::unverified};
inline constexpr citation none_read{"library default: no Greek personnel table read (deny by default)",
                                    confidence::inference};
}  // namespace detail

// The ASCII spellings are for compiler diagnostics (transliterations).
// No language markings: `{{{}, {}}}` rather than `{}`, which g++ 12 rejects in constant evaluation.
inline constexpr level_info levels[] = {
    {1, "Περιορισμένης Χρήσης", "Periorismenis Chrisis", "ΠΧ", {{{}, {}}}, "", true, detail::app_b, detail::damage},
    {2, "Εμπιστευτικό", "Empisteftiko", "ΕΜ", {{{}, {}}}, "", true, detail::app_b, detail::damage},
    {3, "Απόρρητο", "Aporrito", "ΑΠ", {{{}, {}}}, "", true, detail::app_b, detail::damage},
    {4, "Άκρως Απόρρητο", "Akros Aporrito", "ΑΑΠ", {{{}, {}}}, "", true, detail::app_b, detail::damage},
};

// Appendix B, rank for rank in both directions (eu::appendix_b_by_rank): Περιορισμένης Χρήσης,
// Εμπιστευτικό, Απόρρητο, Άκρως Απόρρητο = RESTREINT UE, CONFIDENTIEL UE, SECRET UE, TRÈS SECRET UE.
inline constexpr mapping_table mappings[] = {eu::appendix_b_by_rank};

inline constexpr clearance::scheme scheme{
    .id = id,
    .name = "Greece",
    .code = "GRC",
    .owner = owner,
    .levels = levels,
    .mappings = mappings,
    .personnel = {.grades = {}, .clearance_from = 1, .clearance_source = detail::none_read},
    .organisation = {true, detail::none_read},
    .briefing = {true, detail::none_read},
};

}  // namespace clearance::inline v0::grc
