// SPDX-License-Identifier: MIT
//
// Data: the Swedish classification scheme from 2019-04-01 (Protective Security Act 2018:585).
// The earlier edition is swe_pre2019.hpp.
//   The date: Council Decision (EU) 2019/2247 records Sweden's notification; the EEAS decision
//   2022/C 238/07, recital (4), "the entry into force on 1 April 2019" (read for this change [V]).
//   The four levels and their EU row were not read: they are the reported ones (domain-brief
//   §1.3 [U]) and are flagged unverified, so a conversion through them is refused unless the
//   caller accepts unverified rows. No NATO table was read. No personnel table was read: Swedish
//   information is denied to everyone until an access_policy supplies one (deny by default).
#pragma once

#include "../core/scheme.hpp"
#include "eu.hpp"

namespace clearance::inline v0::swe {

inline constexpr scheme_id id{752};
inline constexpr party owner = party::swe;

inline constexpr level begransat_hemlig{id, 1, owner};
inline constexpr level konfidentiell{id, 2, owner};
inline constexpr level hemlig{id, 3, owner};
inline constexpr level kvalificerat_hemlig{id, 4, owner};

inline constexpr date reform{2019, 4, 1};

namespace detail {
inline constexpr citation reported{"domain-brief §1.3 [U]: the reported levels of the Act 2018:585", confidence::unverified};
inline constexpr citation act_date{"2022/C 238/07 recital (4); 2019/2247: Act 2018:585 in force 2019-04-01",
                                   confidence::verified};
inline constexpr citation damage{"not read: the damage definitions of the Act 2018:585", confidence::unverified};
inline constexpr citation none_read{"library default: no Swedish personnel table read (deny by default)",
                                    confidence::inference};
}  // namespace detail

// The ASCII spellings are for compiler diagnostics.
// No language markings: `{{{}, {}}}` rather than `{}`, which g++ 12 rejects in constant evaluation.
inline constexpr level_info levels[] = {
    {1, "BEGRÄNSAT HEMLIG", "BEGRANSAT HEMLIG", "BEGRÄNSAT HEMLIG", {{{}, {}}}, "", true, detail::reported, detail::damage},
    {2, "KONFIDENTIELL", "", "KONFIDENTIELL", {{{}, {}}}, "", true, detail::reported, detail::damage},
    {3, "HEMLIG", "", "HEMLIG", {{{}, {}}}, "", true, detail::reported, detail::damage},
    {4, "KVALIFICERAT HEMLIG", "", "KVALIFICERAT HEMLIG", {{{}, {}}}, "", true, detail::reported, detail::damage},
};

inline constexpr correspondence to_eu[] = {
    {1, 1, mapping::equivalent, detail::reported},  // BEGRÄNSAT HEMLIG -> RESTREINT UE
    {2, 2, mapping::equivalent, detail::reported},  // KONFIDENTIELL -> CONFIDENTIEL UE
    {3, 3, mapping::equivalent, detail::reported},  // HEMLIG -> SECRET UE
    {4, 4, mapping::equivalent, detail::reported},  // KVALIFICERAT HEMLIG -> TRÈS SECRET UE
};
inline constexpr correspondence from_eu[] = {
    {1, 1, mapping::equivalent, detail::reported},  // RESTREINT UE -> BEGRÄNSAT HEMLIG
    {2, 2, mapping::equivalent, detail::reported},  // CONFIDENTIEL UE -> KONFIDENTIELL
    {3, 3, mapping::equivalent, detail::reported},  // SECRET UE -> HEMLIG
    {4, 4, mapping::equivalent, detail::reported},  // TRÈS SECRET UE -> KVALIFICERAT HEMLIG
};
inline constexpr mapping_table mappings[] = {
    {eu::id, to_eu, from_eu, eu::appendix_b_contexts, {reform, {}}, detail::act_date},
};

inline constexpr clearance::scheme scheme{
    .id = id,
    .name = "Sweden",
    .code = "SWE",
    .owner = owner,
    .levels = levels,
    .mappings = mappings,
    .personnel = {.grades = {}, .clearance_from = 1, .clearance_source = detail::none_read},
    .organisation = {true, detail::none_read},
    .briefing = {true, detail::none_read},
    .in_use = {reform, {}},
    .in_use_source = detail::act_date,
};

}  // namespace clearance::inline v0::swe
