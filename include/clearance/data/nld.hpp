// SPDX-License-Identifier: MIT
//
// Data: the Dutch classification scheme (rubricering).
//   Levels and the EU correspondence: Council Decision 2013/488/EU Appendix B, Dutch publication
//   BWBV0005395 (domain-brief §1.3 [V]). Damage definitions: source 004 (Kamerantwoorden) [V].
//   NATO correspondence by rank: domain-brief §1.4 [I], matching sources 000 and 004.
//   Screening A/B/C -> levels: source 000 (a reader's comment) only; no public AIVD/MIVD table
//   exists (domain-brief §2, §7 [U]). It is one replaceable table, flagged unverified.
#pragma once

#include "../core/scheme.hpp"
#include "eu.hpp"
#include "nato.hpp"

namespace clearance::inline v0::nld {

inline constexpr scheme_id id{528};
inline constexpr party owner = party::nld;

inline constexpr level dep_vertrouwelijk{id, 1, owner};
inline constexpr level stg_confidentieel{id, 2, owner};
inline constexpr level stg_geheim{id, 3, owner};
inline constexpr level stg_zeer_geheim{id, 4, owner};

namespace detail {
inline constexpr citation app_b{"domain-brief §1.3: 2013/488/EU App. B (BWBV0005395)", confidence::verified};
inline constexpr citation src004{"source 004 (answers on Cisco Webex): rubricering definitions", confidence::verified};
inline constexpr citation nato_by_rank{"domain-brief §1.4 [I]; sources 000 and 004 (Dep.V. ~ NATO RESTRICTED)",
                                       confidence::inference};
inline constexpr citation screening{"source 000 (reader's comment); domain-brief §2, §7: no public table",
                                    confidence::unverified};
}  // namespace detail

// "Dep.V." is the abbreviation in use (source 000); for the Stg. levels no shorter form was found
// in a source, so the marking itself ("Stg." already abbreviates "Staatsgeheim") is used.
inline constexpr level_info levels[] = {
    {1, "Dep. VERTROUWELIJK", "", "Dep.V.",
     {{{language::nl, "Departementaal VERTROUWELIJK"}, {}}},
     "harm to the interests of one or more ministries", true, detail::app_b, detail::src004},
    {2, "Stg. CONFIDENTIEEL", "", "Stg. CONFIDENTIEEL",
     {{{language::nl, "Staatsgeheim CONFIDENTIEEL"}, {}}},
     "damage to one of the vital interests of the State or its allies", true, detail::app_b, detail::src004},
    {3, "Stg. GEHEIM", "", "Stg. GEHEIM",
     {{{language::nl, "Staatsgeheim GEHEIM"}, {}}},
     "serious damage to one of the vital interests of the State or its allies", true, detail::app_b,
     detail::src004},
    {4, "Stg. ZEER GEHEIM", "", "Stg. ZEER GEHEIM",
     {{{language::nl, "Staatsgeheim ZEER GEHEIM"}, {}}},
     "very serious damage to one of the vital interests of the State or its allies", true, detail::app_b,
     detail::src004},
};

inline constexpr correspondence to_nato[] = {
    {1, 1, mapping::equivalent, detail::nato_by_rank},  // Dep.V. -> NATO RESTRICTED (source 000)
    {2, 2, mapping::equivalent, detail::nato_by_rank},  // Stg. C -> NATO CONFIDENTIAL
    {3, 3, mapping::equivalent, detail::nato_by_rank},  // Stg. G -> NATO SECRET
    {4, 4, mapping::equivalent, detail::nato_by_rank},  // Stg. ZG -> COSMIC TOP SECRET
};
inline constexpr correspondence from_nato[] = {
    {1, 1, mapping::equivalent, detail::nato_by_rank},  // NATO RESTRICTED -> Dep.V.
    {2, 2, mapping::equivalent, detail::nato_by_rank},  // NATO CONFIDENTIAL -> Stg. C
    {3, 3, mapping::equivalent, detail::nato_by_rank},  // NATO SECRET -> Stg. G
    {4, 4, mapping::equivalent, detail::nato_by_rank},  // COSMIC TOP SECRET -> Stg. ZG
};
// Appendix B, rank for rank in both directions (eu::appendix_b_by_rank): Dep.V., Stg. C, Stg. G, Stg.
// ZG = RESTREINT UE, CONFIDENTIEL UE, SECRET UE, TRÈS SECRET UE.
inline constexpr mapping_table mappings[] = {
    {nato::id, to_nato, from_nato, nato::national_table_contexts, {}, nato::national_table_scope},
    eu::appendix_b_by_rank,
};

/// Default screening table (veiligheidsonderzoek A/B/C for a vertrouwensfunctie).
/// UNVERIFIED: source 000's account, "C suffices for Dep.V./NR, B for Confidentieel"; A is taken
/// to cover every level. Replace it with an access_policy when your organisation's table differs.
inline constexpr clearance_grade screening_grades[] = {
    {1, "screening C", "", 1, detail::screening},  // C -> up to Dep. VERTROUWELIJK
    {2, "screening B", "", 2, detail::screening},  // B -> up to Stg. CONFIDENTIEEL
    {3, "screening A", "", 4, detail::screening},  // A -> up to Stg. ZEER GEHEIM
};

inline constexpr clearance_grant screening_c{id, 1};
inline constexpr clearance_grant screening_b{id, 2};
inline constexpr clearance_grant screening_a{id, 3};

inline constexpr personnel_rules default_screening{
    .grades = screening_grades,
    // "Dep.V. ... daar heb je screening op C niveau voor nodig" (source 000) [U].
    .clearance_from = 1,
    .clearance_source = detail::screening,
    // Dutch Defence: screening C for Dep.V. = NATO RESTRICTED also for NATO information (source 000) [U].
    .national_rule = true,
    .national_rule_source = detail::screening,
};

inline constexpr clearance::scheme scheme{
    .id = id,
    .name = "Netherlands",
    .code = "NLD",
    .owner = owner,
    .levels = levels,
    .mappings = mappings,
    .personnel = default_screening,
    // Not stated for Dutch information in the sources; required by default (deny by default) [I].
    .organisation = {true, {"library default: deny by default (no Dutch source read)", confidence::inference}},
    .briefing = {true, {"library default: deny by default (no Dutch source read)", confidence::inference}},
};

}  // namespace clearance::inline v0::nld
