// SPDX-License-Identifier: MIT
//
// Data: the French classification scheme until 2021-06-30: CONFIDENTIEL DÉFENSE, SECRET DÉFENSE,
// TRÈS SECRET DÉFENSE. Information classified then still exists, so its labels stay valid; how
// it is converted depends on the day and on where it is handled:
//   - until 2021-06-30, nationally and in EU exchange: Appendix B of 2013/488/EU (domain-brief
//     §1.3 [V]); RESTREINT UE has no French level (note 3);
//   - from 2021-07-01 in EU exchange: still CONFIDENTIEL / SECRET / TRÈS SECRET UE, "handled and
//     protected at the equivalent level" (Council Decision (EU) 2021/1075, recital (3) [V]);
//   - from 2021-07-01 nationally: re-levelled by Décret 2019-1271 art. 11 (domain-brief §1.3 [V]):
//     CONFIDENTIEL DÉFENSE as SECRET, SECRET DÉFENSE as TRÈS SECRET. TRÈS SECRET DÉFENSE becomes
//     TRÈS SECRET "faisant l'objet d'une classification spéciale", which this library does not
//     model: it has no national equivalent rather than losing the special classification.
//   The damage definitions were not read. No NATO table was read. No personnel table was read:
//   the information is denied to everyone until an access_policy supplies one (deny by default).
#pragma once

#include "../core/scheme.hpp"
#include "eu.hpp"
#include "fra.hpp"

namespace clearance::inline v0::fra_pre2021 {

/// An earlier edition: the country's code plus 1000.
inline constexpr scheme_id id{1250};
inline constexpr party owner = party::fra;

inline constexpr level confidentiel_defense{id, 1, owner};
inline constexpr level secret_defense{id, 2, owner};
inline constexpr level tres_secret_defense{id, 3, owner};

namespace detail {
inline constexpr citation app_b{"domain-brief §1.3: 2013/488/EU App. B (BWBV0005395), France to 2021-06-30",
                                confidence::verified};
inline constexpr citation note3{"domain-brief §1.3: 2013/488/EU App. B note 3 (no French RESTREINT)", confidence::verified};
inline constexpr citation recital3{"Council Decision (EU) 2021/1075, recital (3): legacy markings as C/S/TS-UE",
                                   confidence::verified};
inline constexpr citation art11{"domain-brief §1.3: Décret 2019-1271 art. 11 (legacy re-levelled from 2021-07-01)",
                                confidence::verified};
inline constexpr citation damage{"not read: the damage definitions of the Code de la défense before 2021",
                                 confidence::unverified};
inline constexpr citation none_read{"library default: no French personnel table read (deny by default)",
                                    confidence::inference};
}  // namespace detail

inline constexpr period until_reform{{}, {2021, 6, 30}};
inline constexpr period from_reform{fra::reform, {}};

// No language markings: `{{{}, {}}}` rather than `{}`, which g++ 12 rejects in constant evaluation.
inline constexpr level_info levels[] = {
    {1, "CONFIDENTIEL DÉFENSE", "CONFIDENTIEL DEFENSE", "CD", {{{}, {}}}, "", true, detail::app_b, detail::damage},
    {2, "SECRET DÉFENSE", "SECRET DEFENSE", "SD", {{{}, {}}}, "", true, detail::app_b, detail::damage},
    {3, "TRÈS SECRET DÉFENSE", "TRES SECRET DEFENSE", "TSD", {{{}, {}}}, "", true, detail::app_b, detail::damage},
};

// Appendix B until the reform, both ways.
inline constexpr correspondence to_eu[] = {
    {1, 2, mapping::equivalent, detail::app_b},  // CONFIDENTIEL DÉFENSE -> CONFIDENTIEL UE
    {2, 3, mapping::equivalent, detail::app_b},  // SECRET DÉFENSE -> SECRET UE
    {3, 4, mapping::equivalent, detail::app_b},  // TRÈS SECRET DÉFENSE -> TRÈS SECRET UE
};
inline constexpr correspondence from_eu[] = {
    {1, -1, mapping::no_equivalent, detail::note3},  // RESTREINT UE: no French level
    {2, 1, mapping::equivalent, detail::app_b},      // CONFIDENTIEL UE -> CONFIDENTIEL DÉFENSE
    {3, 2, mapping::equivalent, detail::app_b},      // SECRET UE -> SECRET DÉFENSE
    {4, 3, mapping::equivalent, detail::app_b},      // TRÈS SECRET UE -> TRÈS SECRET DÉFENSE
};
// From the reform, in EU exchange: legacy information keeps its EU level (one way: new EU
// information becomes SECRET or TRÈS SECRET, fra.hpp).
inline constexpr correspondence legacy_to_eu[] = {
    {1, 2, mapping::handled_as, detail::recital3},  // CONFIDENTIEL DÉFENSE -> CONFIDENTIEL UE
    {2, 3, mapping::handled_as, detail::recital3},  // SECRET DÉFENSE -> SECRET UE
    {3, 4, mapping::handled_as, detail::recital3},  // TRÈS SECRET DÉFENSE -> TRÈS SECRET UE
};
// From the reform, nationally: the new levels of the legacy markings (one way).
inline constexpr correspondence legacy_to_fra[] = {
    {1, 1, mapping::handled_as, detail::art11},      // CONFIDENTIEL DÉFENSE -> SECRET
    {2, 2, mapping::handled_as, detail::art11},      // SECRET DÉFENSE -> TRÈS SECRET
    {3, -1, mapping::no_equivalent, detail::art11},  // TRÈS SECRET DÉFENSE -> TRÈS SECRET, classification spéciale
};
inline constexpr mapping_table mappings[] = {
    {eu::id, to_eu, from_eu, eu::appendix_b_contexts, until_reform, detail::app_b},
    {eu::id, legacy_to_eu, {}, context_set{context::eu_exchange}, from_reform, detail::recital3},
    {fra::id, legacy_to_fra, {}, context_set{context::national}, from_reform, detail::art11},
};

inline constexpr clearance::scheme scheme{
    .id = id,
    .name = "France (until 2021-06-30)",
    .code = "FRA-PRE2021",
    .owner = owner,
    .levels = levels,
    .mappings = mappings,
    .personnel = {.grades = {}, .clearance_from = 1, .clearance_source = detail::none_read},
    .organisation = {true, detail::none_read},
    .briefing = {true, detail::none_read},
    .in_use = until_reform,
    .in_use_source = detail::recital3,
};

}  // namespace clearance::inline v0::fra_pre2021
