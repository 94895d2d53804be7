// SPDX-License-Identifier: MIT
//
// Data: the Bulgarian classification scheme (грифове за сигурност).
//   Levels and the EU correspondence: Council Decision 2013/488/EU Appendix B, cross-checked
//   against the 2021 annex 2021/C 247 I/01 (domain-brief §1.3 [V]). The three state-secret
//   levels are also listed by a secondary source on the Act on the Protection of Classified
//   Information (ЗЗКИ); its damage definitions were not read and are left empty. No NATO table
//   was read: a Bulgarian label reaches NATO through the EU table, by rank (domain-brief §1.4 [I]).
//   No personnel table was read: Bulgarian information is denied to everyone until an
//   access_policy supplies one (deny by default).
#pragma once

#include "../core/scheme.hpp"
#include "eu.hpp"

namespace clearance::inline v0::bgr {

inline constexpr scheme_id id{100};
inline constexpr party owner = party::bgr;

inline constexpr level za_sluzhebno_polzvane{id, 1, owner};
inline constexpr level poveritelno{id, 2, owner};
inline constexpr level sekretno{id, 3, owner};
inline constexpr level strogo_sekretno{id, 4, owner};

namespace detail {
inline constexpr citation app_b{"domain-brief §1.3: 2013/488/EU App. B; 2021/C 247 I/01", confidence::verified};
inline constexpr citation damage{"not read: the damage definitions of the ЗЗКИ", confidence::unverified};
inline constexpr citation none_read{"library default: no Bulgarian personnel table read (deny by default)",
                                    confidence::inference};
}  // namespace detail

// The ASCII spellings are transliterations, for compiler diagnostics.
// No language markings: `{{{}, {}}}` rather than `{}`, which g++ 12 rejects in constant evaluation.
inline constexpr level_info levels[] = {
    {1, "За служебно ползване", "Za sluzhebno polzvane", "За служебно ползване", {{{}, {}}}, "", true, detail::app_b, detail::damage},
    {2, "Поверително", "Poveritelno", "Поверително", {{{}, {}}}, "", true, detail::app_b, detail::damage},
    {3, "Секретно", "Sekretno", "Секретно", {{{}, {}}}, "", true, detail::app_b, detail::damage},
    {4, "Строго секретно", "Strogo sekretno", "Строго секретно", {{{}, {}}}, "", true, detail::app_b, detail::damage},
};

inline constexpr correspondence to_eu[] = {
    {1, 1, mapping::equivalent, detail::app_b},  // За служебно ползване -> RESTREINT UE
    {2, 2, mapping::equivalent, detail::app_b},  // Поверително -> CONFIDENTIEL UE
    {3, 3, mapping::equivalent, detail::app_b},  // Секретно -> SECRET UE
    {4, 4, mapping::equivalent, detail::app_b},  // Строго секретно -> TRÈS SECRET UE
};
inline constexpr correspondence from_eu[] = {
    {1, 1, mapping::equivalent, detail::app_b},  // RESTREINT UE -> За служебно ползване
    {2, 2, mapping::equivalent, detail::app_b},  // CONFIDENTIEL UE -> Поверително
    {3, 3, mapping::equivalent, detail::app_b},  // SECRET UE -> Секретно
    {4, 4, mapping::equivalent, detail::app_b},  // TRÈS SECRET UE -> Строго секретно
};
inline constexpr mapping_table mappings[] = {{eu::id, to_eu, from_eu, eu::appendix_b_contexts, {}, eu::appendix_b_scope}};

inline constexpr clearance::scheme scheme{
    .id = id,
    .name = "Bulgaria",
    .code = "BGR",
    .owner = owner,
    .levels = levels,
    .mappings = mappings,
    .personnel = {.grades = {}, .clearance_from = 1, .clearance_source = detail::none_read},
    .organisation = {true, detail::none_read},
    .briefing = {true, detail::none_read},
};

}  // namespace clearance::inline v0::bgr
