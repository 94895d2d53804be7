// SPDX-License-Identifier: MIT
//
// Data: the Czech classification scheme (stupně utajení).
//   Levels and damage definitions: Act 412/2005 Sb. § 4 (zákon o ochraně utajovaných informací,
//   read on public.codexis.cz) [V]. The EU correspondence: Council Decision 2013/488/EU
//   Appendix B (domain-brief §1.3 [V]). No NATO table was read: a Czech label reaches NATO
//   through the EU table, by rank (domain-brief §1.4 [I]).
//   The abbreviations PT, T, D and V (a secondary source) are not encoded: one letter would
//   read as a level inside other markings ("Dep. V.").
//   No personnel table was read: Czech information is denied to everyone until an access_policy
//   supplies one (deny by default).
#pragma once

#include "../core/scheme.hpp"
#include "eu.hpp"

namespace clearance::inline v0::cze {

inline constexpr scheme_id id{203};
inline constexpr party owner = party::cze;

inline constexpr level vyhrazene{id, 1, owner};
inline constexpr level duverne{id, 2, owner};
inline constexpr level tajne{id, 3, owner};
inline constexpr level prisne_tajne{id, 4, owner};

namespace detail {
inline constexpr citation act{"Act 412/2005 Sb. § 4 (stupně utajení)", confidence::verified};
inline constexpr citation app_b{"domain-brief §1.3: 2013/488/EU App. B", confidence::verified};
inline constexpr citation none_read{"library default: no Czech personnel table read (deny by default)",
                                    confidence::inference};
}  // namespace detail

// No language markings: `{{{}, {}}}` rather than `{}`, which g++ 12 rejects in constant evaluation.
inline constexpr level_info levels[] = {
    {1, "Vyhrazené", "Vyhrazene", "Vyhrazené", {{{}, {}}}, "could be disadvantageous to the interests of the Czech Republic",
     true, detail::act, detail::act},
    {2, "Důvěrné", "Duverne", "Důvěrné", {{{}, {}}}, "simple harm to the interests of the Czech Republic", true, detail::act,
     detail::act},
    {3, "Tajné", "Tajne", "Tajné", {{{}, {}}}, "serious harm to the interests of the Czech Republic", true, detail::act,
     detail::act},
    {4, "Přísně tajné", "Prisne tajne", "Přísně tajné", {{{}, {}}},
     "exceptionally grave harm to the interests of the Czech Republic", true, detail::act, detail::act},
};

inline constexpr correspondence to_eu[] = {
    {1, 1, mapping::equivalent, detail::app_b},  // Vyhrazené -> RESTREINT UE
    {2, 2, mapping::equivalent, detail::app_b},  // Důvěrné -> CONFIDENTIEL UE
    {3, 3, mapping::equivalent, detail::app_b},  // Tajné -> SECRET UE
    {4, 4, mapping::equivalent, detail::app_b},  // Přísně tajné -> TRÈS SECRET UE
};
inline constexpr correspondence from_eu[] = {
    {1, 1, mapping::equivalent, detail::app_b},  // RESTREINT UE -> Vyhrazené
    {2, 2, mapping::equivalent, detail::app_b},  // CONFIDENTIEL UE -> Důvěrné
    {3, 3, mapping::equivalent, detail::app_b},  // SECRET UE -> Tajné
    {4, 4, mapping::equivalent, detail::app_b},  // TRÈS SECRET UE -> Přísně tajné
};
inline constexpr mapping_table mappings[] = {{eu::id, to_eu, from_eu, eu::appendix_b_contexts, {}, eu::appendix_b_scope}};

inline constexpr clearance::scheme scheme{
    .id = id,
    .name = "Czechia",
    .code = "CZE",
    .owner = owner,
    .levels = levels,
    .mappings = mappings,
    .personnel = {.grades = {}, .clearance_from = 1, .clearance_source = detail::none_read},
    .organisation = {true, detail::none_read},
    .briefing = {true, detail::none_read},
};

}  // namespace clearance::inline v0::cze
