// SPDX-License-Identifier: MIT
//
// Data: the French classification scheme from 2021-07-01 (Décret 2019-1271): TRÈS SECRET and
// SECRET. The earlier edition (CONFIDENTIEL / SECRET / TRÈS SECRET DÉFENSE) is fra_pre2021.hpp.
//   Levels and the EU correspondence: Council Decision (EU) 2021/1075, recital (3): the two
//   markings "with effect from 1 July 2021" (EUR-Lex CELEX 32021D1075, read for this change [V]).
//   "Diffusion Restreinte" is a protection mention, not a classification (domain-brief §1.3 [S]).
//   France does not use RESTREINT: it protects RESTREINT UE "no less stringently" (Appendix B
//   note 3 [V]), so RESTREINT UE has no French level. CONFIDENTIEL UE has none in the new scheme:
//   the 2021 table's notes 3a-3c were not read; that it is handled as SECRET is unverified.
//   The damage definitions were not read. No NATO table was read (domain-brief §1.4 [U]): a label
//   reaches NATO through the EU table. No personnel table was read: French information is denied
//   to everyone until an access_policy supplies one (deny by default).
#pragma once

#include "../core/scheme.hpp"
#include "eu.hpp"

namespace clearance::inline v0::fra {

inline constexpr scheme_id id{250};
inline constexpr party owner = party::fra;

inline constexpr level diffusion_restreinte{id, 0, owner};
inline constexpr level secret{id, 1, owner};
inline constexpr level tres_secret{id, 2, owner};

inline constexpr date reform{2021, 7, 1};

namespace detail {
inline constexpr citation reform_2021{"Council Decision (EU) 2021/1075, recital (3): TRÈS SECRET, SECRET from 2021-07-01",
                                      confidence::verified};
inline constexpr citation mention{"domain-brief §1.3: Diffusion Restreinte is a mention (MISP fr-classif; SGDSN)",
                                  confidence::secondary};
inline constexpr citation note3{"domain-brief §1.3: 2013/488/EU App. B note 3 (no French RESTREINT)", confidence::verified};
inline constexpr citation note3b{"domain-brief §1.3 [U]: 2021 App. B notes 3a-3c not read; CONFIDENTIEL UE as SECRET",
                                 confidence::unverified};
inline constexpr citation damage{"not read: the damage definitions of the Code de la défense", confidence::unverified};
inline constexpr citation none_read{"library default: no French personnel table read (deny by default)",
                                    confidence::inference};
}  // namespace detail

// No language markings: `{{{}, {}}}` rather than `{}`, which g++ 12 rejects in constant evaluation.
inline constexpr level_info levels[] = {
    {0, "DIFFUSION RESTREINTE", "", "DR", {{{}, {}}}, "a protection mention, not a classification", false,
     detail::mention, detail::mention},
    {1, "SECRET", "", "S", {{{}, {}}}, "", true, detail::reform_2021, detail::damage},
    {2, "TRÈS SECRET", "TRES SECRET", "TS", {{{}, {}}}, "", true, detail::reform_2021, detail::damage},
};

inline constexpr correspondence to_eu[] = {
    {1, 3, mapping::equivalent, detail::reform_2021},  // SECRET -> SECRET UE
    {2, 4, mapping::equivalent, detail::reform_2021},  // TRÈS SECRET -> TRÈS SECRET UE
};
inline constexpr correspondence from_eu[] = {
    {1, -1, mapping::no_equivalent, detail::note3},  // RESTREINT UE: no French level
    {2, 1, mapping::handled_as, detail::note3b},     // CONFIDENTIEL UE -> SECRET (unverified)
    {3, 1, mapping::equivalent, detail::reform_2021},  // SECRET UE -> SECRET
    {4, 2, mapping::equivalent, detail::reform_2021},  // TRÈS SECRET UE -> TRÈS SECRET
};
inline constexpr mapping_table mappings[] = {
    {eu::id, to_eu, from_eu, eu::appendix_b_contexts, {reform, {}}, detail::reform_2021},
};

inline constexpr clearance::scheme scheme{
    .id = id,
    .name = "France",
    .code = "FRA",
    .owner = owner,
    .levels = levels,
    .mappings = mappings,
    .personnel = {.grades = {}, .clearance_from = 1, .clearance_source = detail::none_read},
    .organisation = {true, detail::none_read},
    .briefing = {true, detail::none_read},
    .in_use = {reform, {}},
    .in_use_source = detail::reform_2021,
};

}  // namespace clearance::inline v0::fra
