// SPDX-License-Identifier: MIT
//
// Data: the NATO classification scheme.
//   Levels: COSMIC TOP SECRET > NATO SECRET > NATO CONFIDENTIAL > NATO RESTRICTED; NATO
//   UNCLASSIFIED is a marking, not a classification (domain-brief §1.1 [V]).
#pragma once

#include "../core/scheme.hpp"

namespace clearance::inline v0::nato {

inline constexpr scheme_id id = hubs::nato;
inline constexpr party owner = party::nato;

inline constexpr level unclassified{id, 0, owner};
inline constexpr level restricted{id, 1, owner};
inline constexpr level confidential{id, 2, owner};
inline constexpr level secret{id, 3, owner};
inline constexpr level cosmic_top_secret{id, 4, owner};

namespace detail {
// Levels and order: nato.int declassified_138449, DoD handbook ch. 10, VSA 2023 Anl. VII [V].
inline constexpr citation levels_src{"domain-brief §1.1 (nato.int; DoD handbook ch. 10; VSA 2023 Anl. VII)",
                                     confidence::verified};
// Damage definitions: C-M(2002)49 as quoted by secondary sources [S].
inline constexpr citation damage_src{"domain-brief §1.1 (C-M(2002)49 as quoted)", confidence::secondary};
}  // namespace detail

/// Where a national table to NATO applies: NATO information exchanged, and handled nationally
/// ("wird in Deutschland wie ... gehandhabt", VSA 2023 Anl. VII).
inline constexpr context_set national_table_contexts{context::national, context::nato_exchange};
inline constexpr citation national_table_scope{"domain-brief §1.4 [I]: national handling of NATO information",
                                               confidence::inference};

// Codes (lacv) and the policy's names of the classifications: UNCLASSIFIED 1, RESTRICTED 2,
// CONFIDENTIAL 3, SECRET 4, TOP SECRET 5 (ADatP-4774 sample SPIF; domain-brief §3).
inline constexpr level_info levels[] = {
    // NU is not a classification but NATO property, not released without authorisation [V].
    {0, "NATO UNCLASSIFIED", "", "NU",
     {{{language::en, "NATO UNCLASSIFIED"}, {language::fr, "NATO SANS CLASSIFICATION"}}},
     "not a classification; NATO property, not to be released without authorisation", false,
     detail::levels_src, detail::levels_src, 1, "UNCLASSIFIED"},
    // NR: "nadelig voor de belangen van de NAVO" (source 000) = disadvantageous to NATO.
    {1, "NATO RESTRICTED", "", "NR",
     {{{language::en, "NATO RESTRICTED"}, {language::fr, "NATO DIFFUSION RESTREINTE"}}},
     "disadvantageous to the interests of NATO", true, detail::levels_src,
     {"source 000; domain-brief §1.1 (C-M(2002)49 as quoted)", confidence::secondary}, 2, "RESTRICTED"},
    {2, "NATO CONFIDENTIAL", "", "NC",
     {{{language::en, "NATO CONFIDENTIAL"}, {language::fr, "NATO CONFIDENTIEL"}}},
     "damaging to the interests of NATO", true, detail::levels_src, detail::damage_src, 3, "CONFIDENTIAL"},
    {3, "NATO SECRET", "", "NS",
     {{{language::en, "NATO SECRET"}, {language::fr, "NATO SECRET"}}},
     "serious damage to NATO", true, detail::levels_src, detail::damage_src, 4, "SECRET"},
    {4, "COSMIC TOP SECRET", "", "CTS",
     {{{language::en, "COSMIC TOP SECRET"}, {language::fr, "COSMIC TRES SECRET"}}},
     "exceptionally grave damage to NATO", true, detail::levels_src, detail::damage_src, 5, "TOP SECRET"},
};

// Personnel security clearances NC / NS / CTS: AC/35-D/2000 as summarised (domain-brief §2 [S]).
inline constexpr clearance_grade grades[] = {
    {2, "NC clearance", "", 2, {"domain-brief §2 (AC/35-D/2000, PSC levels NC/NS/CTS)", confidence::secondary}},
    {3, "NS clearance", "", 3, {"domain-brief §2 (AC/35-D/2000, PSC levels NC/NS/CTS)", confidence::secondary}},
    {4, "CTS clearance", "", 4, {"domain-brief §2 (AC/35-D/2000, PSC levels NC/NS/CTS)", confidence::secondary}},
};

inline constexpr clearance_grant clearance_confidential{id, 2};
inline constexpr clearance_grant clearance_secret{id, 3};
inline constexpr clearance_grant clearance_cosmic_top_secret{id, 4};

// Spellings that carry a category (domain-brief §4): ATOMAL exists only at CTS, NS and NC.
inline constexpr spelling spellings[] = {
    {"CTSA", 4, {category::atomal}, {"domain-brief §4: US IC-ISM enumeration (CTSA)", confidence::verified}},
    {"NSAT", 3, {category::atomal}, {"domain-brief §4: US IC-ISM enumeration (NSAT)", confidence::verified}},
    {"NSA", 3, {category::atomal}, {"domain-brief §4: DoD handbook ch. 10 writes NSA", confidence::verified}},
    {"NCA", 2, {category::atomal}, {"domain-brief §4: US IC-ISM enumeration (NCA)", confidence::verified}},
    {"CTS-B", 4, {category::bohemia}, {"domain-brief §4: US IC-ISM enumeration (CTS-B)", confidence::verified}},
};

// "NATO/<context>" replaces the policy phrase: the Context tag set 1.3.26.1.4.4 of the sample
// policy (ADatP-4774 sample SPIF; domain-brief §3) [V]. A context stands for the parties a reader
// must match: EAPC for NATO and the EAPC; each other context for its value alone (a country, or a
// mission a person serves with) [I: the sample names no members]. UKRAINE, IP and RESOLUTE SUPPORT
// are obsolete in the sample: read, so that existing labels stay readable.
namespace detail {
inline constexpr citation context_src{"ADatP-4774 sample SPIF, Context tag set (lacv 1002-1010); domain-brief §3",
                                      confidence::verified};
}  // namespace detail
inline constexpr marking_context contexts[] = {
    {"EAPC", {party::nato, party::eapc}, detail::context_src, 1002},
    {"GEORGIA", {party::geo}, detail::context_src, 1003},
    {"ISAF", {party::isaf}, detail::context_src, 1004},
    {"KFOR", {party::kfor}, detail::context_src, 1005},
    {"PFP", {party::pfp}, detail::context_src, 1006},
    {"RUSSIA", {party::rus}, detail::context_src, 1007},
    {"UKRAINE", {party::ukr}, detail::context_src, 1008},                     // obsolete
    {"IP", {party::ip}, detail::context_src, 1009},                           // obsolete
    {"RESOLUTE SUPPORT", {party::resolute_support}, detail::context_src, 1010},  // obsolete
};

inline constexpr clearance::scheme scheme{
    .id = id,
    .name = "NATO",
    .code = "NATO",
    .owner = owner,
    .levels = levels,
    .mappings = {},
    .personnel =
        {
            .grades = grades,
            // "clearance for persons needing access to CONFIDENTIAL and above"; NR needs none.
            .clearance_from = 2,
            .clearance_source = {"domain-brief §2: NATO Security Agreement 1997 Art. 3 (BWBV0001372); "
                                 "DoD handbook: no clearance for NATO RESTRICTED",
                                 confidence::verified},
            .national_rule = false,
            .national_rule_source = {},
        },
    // NR access only when working for NATO, a member state or an accredited organisation:
    // source 000 (a reader's comment), not found verbatim; consistent with the authorised-entity
    // criterion (domain-brief §2). Encoded as the stricter rule, flagged unverified.
    .organisation = {true, {"source 000; domain-brief §2 (not found verbatim)", confidence::unverified}},
    // "Need-to-know and a NATO briefing still apply" to NATO RESTRICTED: DoD handbook [V].
    .briefing = {true, {"domain-brief §2: DoD handbook ch. 10", confidence::verified}},
    .spellings = spellings,
    .contexts = contexts,
    // The NATO value of Releasable To (lacv 1001) has noMarkingDisplay: "Releasable to Japan"
    // is NATO's information releasable to Japan as well (ADatP-4774 sample SPIF; Table 17 no. 4).
    .implied_releasability = {party::nato},
    .categories = {},
    .only_word = {},
    // Policy "NATO": ADatP-4774 sample SPIF (domain-brief §3).
    .policy_id = "1.3.26.1.3.1",
    // Releasable To, Only and Context (ADatP-4774 sample SPIF; domain-brief §3); the context NATO
    // itself is lacv 1001, the scheme's own; its value Releasable (lacv 10000) goes with a
    // Releasable To list ("Required when Releasable To category is used").
    .list_tags = {"1.3.26.1.4.2", "1.3.26.1.4.5", "1.3.26.1.4.4", {"Releasable", 10000}},
};

}  // namespace clearance::inline v0::nato
