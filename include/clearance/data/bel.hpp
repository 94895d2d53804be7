// SPDX-License-Identifier: MIT
//
// Data: the Belgian classification scheme, Wet van 11 december 1998 (Art. 4: three levels) and
// the NVO/ANS (national security authority) tables (domain-brief §1.4, §2 [V]).
//   "Beperkte Verspreiding / Diffusion Restreinte" is not a classification but a need-to-know
//   mention (KB 24.03.2000; VSSE). Belgium has no level for NATO RESTRICTED / RESTREINT UE.
#pragma once

#include "../core/scheme.hpp"
#include "eu.hpp"
#include "nato.hpp"

namespace clearance::inline v0::bel {

inline constexpr scheme_id id{56};
inline constexpr party owner = party::bel;

inline constexpr level beperkte_verspreiding{id, 0, owner};
inline constexpr level vertrouwelijk{id, 1, owner};
inline constexpr level geheim{id, 2, owner};
inline constexpr level zeer_geheim{id, 3, owner};

namespace detail {
inline constexpr citation wet{"domain-brief §1.4: Wet 11.12.1998 Art. 4; NVO/ANS geclassificeerde informatie",
                              confidence::verified};
inline constexpr citation art4{"Wet 11.12.1998 Art. 4 (legislationline.org English text)", confidence::verified};
inline constexpr citation nvo{"domain-brief §1.4: NVO/ANS table (ZG~CTS, G~NS, V~NC; no NR level)",
                              confidence::verified};
inline constexpr citation app_b{"domain-brief §1.3: 2013/488/EU App. B, note 1", confidence::verified};
inline constexpr citation vsse{"domain-brief §2: VSSE, NVO - clearance at least the level of the information",
                               confidence::verified};
}  // namespace detail

// No abbreviation of the Belgian markings was found in a source: the abbreviation is the full
// bilingual marking (portion markings spell it out).
inline constexpr level_info levels[] = {
    {0, "BEPERKTE VERSPREIDING/DIFFUSION RESTREINTE", "BEPERKTE VERSPREIDING", "BEPERKTE VERSPREIDING/DIFFUSION RESTREINTE",
     {{{language::nl, "Beperkte Verspreiding"}, {language::fr, "Diffusion Restreinte"}}},
     "not a classification; a need-to-know mention (KB 24.03.2000)", false,
     {"domain-brief §2: KB 24.03.2000; VSSE", confidence::verified},
     {"domain-brief §2: KB 24.03.2000; VSSE", confidence::verified}},
    {1, "VERTROUWELIJK/CONFIDENTIEL", "", "VERTROUWELIJK/CONFIDENTIEL",
     {{{language::nl, "VERTROUWELIJK"}, {language::fr, "CONFIDENTIEL"}}},
     "improper use could harm one of the interests of Art. 3 (defence, State security, international "
     "relations, ...)",
     true, detail::wet, detail::art4},
    {2, "GEHEIM/SECRET", "", "GEHEIM/SECRET",
     {{{language::nl, "GEHEIM"}, {language::fr, "SECRET"}}},
     "improper use could seriously harm one of the interests of Art. 3", true, detail::wet, detail::art4},
    {3, "ZEER GEHEIM/TRÈS SECRET", "ZEER GEHEIM/TRES SECRET", "ZEER GEHEIM/TRÈS SECRET",
     {{{language::nl, "ZEER GEHEIM"}, {language::fr, "TRÈS SECRET"}}},
     "improper use could very seriously harm one of the interests of Art. 3", true, detail::wet, detail::art4},
};

inline constexpr correspondence to_nato[] = {
    {1, 2, mapping::equivalent, detail::nvo},  // VERTROUWELIJK -> NATO CONFIDENTIAL
    {2, 3, mapping::equivalent, detail::nvo},  // GEHEIM -> NATO SECRET
    {3, 4, mapping::equivalent, detail::nvo},  // ZEER GEHEIM -> COSMIC TOP SECRET
};
inline constexpr correspondence from_nato[] = {
    {1, -1, mapping::no_equivalent, detail::nvo},  // NATO RESTRICTED: no Belgian level
    {2, 1, mapping::equivalent, detail::nvo},      // NATO CONFIDENTIAL -> VERTROUWELIJK
    {3, 2, mapping::equivalent, detail::nvo},      // NATO SECRET -> GEHEIM
    {4, 3, mapping::equivalent, detail::nvo},      // COSMIC TOP SECRET -> ZEER GEHEIM
};
inline constexpr correspondence to_eu[] = {
    {1, 2, mapping::equivalent, detail::app_b},  // VERTROUWELIJK -> CONFIDENTIEL UE
    {2, 3, mapping::equivalent, detail::app_b},  // GEHEIM -> SECRET UE
    {3, 4, mapping::equivalent, detail::app_b},  // ZEER GEHEIM -> TRÈS SECRET UE
};
inline constexpr correspondence from_eu[] = {
    // Note 1: no Belgian level; Belgium protects R-UE "no less stringently".
    {1, -1, mapping::no_equivalent, detail::app_b},  // RESTREINT UE: no Belgian level
    {2, 1, mapping::equivalent, detail::app_b},      // CONFIDENTIEL UE -> VERTROUWELIJK
    {3, 2, mapping::equivalent, detail::app_b},      // SECRET UE -> GEHEIM
    {4, 3, mapping::equivalent, detail::app_b},      // TRÈS SECRET UE -> ZEER GEHEIM
};
inline constexpr mapping_table mappings[] = {
    {nato::id, to_nato, from_nato, nato::national_table_contexts, {}, nato::national_table_scope},
    {eu::id, to_eu, from_eu, eu::appendix_b_contexts, {}, eu::appendix_b_scope},
};

// Veiligheidsmachtiging at the three levels, issued by the NVO (domain-brief §2 [V]).
inline constexpr clearance_grade grades[] = {
    {1, "VERTROUWELIJK clearance", "", 1, detail::vsse},
    {2, "GEHEIM clearance", "", 2, detail::vsse},
    {3, "ZEER GEHEIM clearance", "", 3, detail::vsse},
};

inline constexpr clearance_grant clearance_vertrouwelijk{id, 1};
inline constexpr clearance_grant clearance_geheim{id, 2};
inline constexpr clearance_grant clearance_zeer_geheim{id, 3};

inline constexpr clearance::scheme scheme{
    .id = id,
    .name = "Belgium",
    .code = "BEL",
    .owner = owner,
    .levels = levels,
    .mappings = mappings,
    .personnel =
        {
            .grades = grades,
            .clearance_from = 1,  // criterion (2): a clearance at the required level, for every level
            .clearance_source = {"domain-brief §2: NVO access criteria (2)", confidence::verified},
            .national_rule = false,
            .national_rule_source = {},
        },
    // The four NVO criteria: (1) an NVO-authorised organisation, (2) clearance, (3) need-to-know,
    // (4) a security briefing (domain-brief §2 [V]).
    .organisation = {true, {"domain-brief §2: NVO access criteria (1)", confidence::verified}},
    .briefing = {true, {"domain-brief §2: NVO access criteria (4)", confidence::verified}},
};

}  // namespace clearance::inline v0::bel
