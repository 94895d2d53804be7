// SPDX-License-Identifier: MIT
//
// Data: the UK Government Security Classifications from 2014-04-02: OFFICIAL, SECRET, TOP SECRET,
// with OFFICIAL-SENSITIVE as a handling marking on OFFICIAL. The earlier edition (RESTRICTED to
// TOP SECRET) is gbr_pre2014.hpp.
//   Levels and date: "Whitehall starts using simpler security classifications" (gov.uk news,
//   2014, "from 2 April 2014"; "There are now 3 levels", read for this change [V]).
//   OFFICIAL-SENSITIVE is kept as a level of its own between OFFICIAL and SECRET, so that reading
//   or converting a marking never drops it (domain-brief §1.3 [S]; the placement is [I]).
//   The EU table: Council Decision 2014/233/EU replaced Appendix B for the UK's change, in force
//   on publication, OJ L 125 of 26.4.2014 (read [V]); its UK row was not read: the rows below are
//   the commonly cited ones (domain-brief §1.3 [U]) and are flagged unverified, so a conversion
//   through them is refused unless the caller accepts unverified rows. The table ends with the
//   Brexit transition period, 2020-12-31 (Decision (EU) 2021/1075, recital (5) [V]); no later
//   UK-EU table was read. No NATO table was read. No personnel table was read: UK information is
//   denied to everyone until an access_policy supplies one (deny by default).
#pragma once

#include "../core/scheme.hpp"
#include "eu.hpp"

namespace clearance::inline v0::gbr {

inline constexpr scheme_id id{826};
inline constexpr party owner = party::gbr;

inline constexpr level official{id, 1, owner};
inline constexpr level official_sensitive{id, 2, owner};
inline constexpr level secret{id, 3, owner};
inline constexpr level top_secret{id, 4, owner};

inline constexpr date reform{2014, 4, 2};

namespace detail {
inline constexpr citation gsc{"gov.uk news 2014: Whitehall starts using simpler security classifications (2 April 2014)",
                              confidence::verified};
inline constexpr citation sensitive{"domain-brief §1.3 [S]: OFFICIAL-SENSITIVE, a handling marking on OFFICIAL",
                                    confidence::secondary};
inline constexpr citation uk_row{"domain-brief §1.3 [U]: 2014/233/EU App. B, UK row as commonly cited", confidence::unverified};
inline constexpr citation official_only{"domain-brief §1.3 [I]: OFFICIAL without SENSITIVE is in no App. B column",
                                        confidence::inference};
inline constexpr citation in_force{"2014/233/EU (in force 26.4.2014) to 2021/1075 recital (5) (transition end 2020-12-31)",
                                   confidence::verified};
inline constexpr citation damage{"not read: the damage descriptions of the Government Security Classifications",
                                 confidence::unverified};
inline constexpr citation none_read{"library default: no UK personnel table read (deny by default)", confidence::inference};
}  // namespace detail

// No language markings: `{{{}, {}}}` rather than `{}`, which g++ 12 rejects in constant evaluation.
inline constexpr level_info levels[] = {
    {1, "OFFICIAL", "", "O", {{{}, {}}}, "", true, detail::gsc, detail::damage},
    {2, "OFFICIAL-SENSITIVE", "", "OS", {{{}, {}}}, "", true, detail::sensitive, detail::damage},
    {3, "SECRET", "", "S", {{{}, {}}}, "", true, detail::gsc, detail::damage},
    {4, "TOP SECRET", "", "TS", {{{}, {}}}, "", true, detail::gsc, detail::damage},
};

inline constexpr correspondence to_eu[] = {
    {1, -1, mapping::no_equivalent, detail::official_only},  // OFFICIAL: no EU level
    {2, 1, mapping::equivalent, detail::uk_row},             // OFFICIAL-SENSITIVE -> RESTREINT UE
    {3, 3, mapping::equivalent, detail::uk_row},             // SECRET -> SECRET UE
    {4, 4, mapping::equivalent, detail::uk_row},             // TOP SECRET -> TRÈS SECRET UE
};
inline constexpr correspondence from_eu[] = {
    {1, 2, mapping::equivalent, detail::uk_row},  // RESTREINT UE -> OFFICIAL-SENSITIVE
    {2, 3, mapping::handled_as, detail::uk_row},  // CONFIDENTIEL UE -> protected as SECRET
    {3, 3, mapping::equivalent, detail::uk_row},  // SECRET UE -> SECRET
    {4, 4, mapping::equivalent, detail::uk_row},  // TRÈS SECRET UE -> TOP SECRET
};
inline constexpr mapping_table mappings[] = {
    {eu::id, to_eu, from_eu, eu::appendix_b_contexts, {{2014, 4, 26}, {2020, 12, 31}}, detail::in_force},
};

inline constexpr clearance::scheme scheme{
    .id = id,
    .name = "United Kingdom",
    .code = "GBR",
    .owner = owner,
    .levels = levels,
    .mappings = mappings,
    .personnel = {.grades = {}, .clearance_from = 1, .clearance_source = detail::none_read},
    .organisation = {true, detail::none_read},
    .briefing = {true, detail::none_read},
    .in_use = {reform, {}},
    .in_use_source = detail::gsc,
};

}  // namespace clearance::inline v0::gbr
