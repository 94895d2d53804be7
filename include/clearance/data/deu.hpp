// SPDX-License-Identifier: MIT
//
// Data: the German classification scheme (Verschlusssachen).
//   Levels and damage definitions: SÜG § 4 Abs. 2 [V]. EU correspondence: 2013/488/EU App. B,
//   cross-checked against 2021/C 247 I/01 (domain-brief §1.3 [V]). NATO: VSA 2023 Anl. VII,
//   "wird in Deutschland wie ... gehandhabt" (domain-brief §1.4 [V]): a handled-as direction only.
//   Clearances: SÜG § 8 (Ü1: VS-VERTRAULICH), § 9 (Ü2: GEHEIM), § 10 (Ü3: STRENG GEHEIM) [V].
#pragma once

#include "../core/scheme.hpp"
#include "eu.hpp"
#include "nato.hpp"

namespace clearance::inline v0::deu {

inline constexpr scheme_id id{276};
inline constexpr party owner = party::deu;

inline constexpr level vs_nfd{id, 1, owner};
inline constexpr level vs_vertraulich{id, 2, owner};
inline constexpr level geheim{id, 3, owner};
inline constexpr level streng_geheim{id, 4, owner};

namespace detail {
inline constexpr citation sueg4{"SÜG § 4 Abs. 2 (Verschlusssachen, Geheimhaltungsgrade)", confidence::verified};
inline constexpr citation app_b{"domain-brief §1.3: 2013/488/EU App. B; 2021/C 247 I/01", confidence::verified};
inline constexpr citation vsa{"domain-brief §1.4: VSA 2023 Anl. VII ('wird in Deutschland wie ... gehandhabt')",
                              confidence::verified};
inline constexpr citation vsa_reverse{"domain-brief §1.4 [I]: VSA 2023 Anl. VII read backwards, matching App. B",
                                      confidence::inference};
}  // namespace detail

// Abbreviations VS-NfD, VS-Vertr., Geh., Str. Geh.: VSA Bayern Nr. 17.4 (gesetze-bayern.de
// BayVV_1301_I_15405-NN17): "Geheimhaltungsgrade sind auszuschreiben", abbreviations only where the
// item does not allow it [V].
inline constexpr level_info levels[] = {
    {1, "VS-NUR FÜR DEN DIENSTGEBRAUCH", "VS-NUR FUER DEN DIENSTGEBRAUCH", "VS-NfD",
     {{{language::de, "VS-NUR FÜR DEN DIENSTGEBRAUCH"}, {}}},
     "Kenntnisnahme durch Unbefugte kann für die Interessen der Bundesrepublik Deutschland oder eines "
     "ihrer Länder nachteilig sein",
     true, detail::sueg4, detail::sueg4},
    {2, "VS-VERTRAULICH", "", "VS-Vertr.",
     {{{language::de, "VS-VERTRAULICH"}, {}}},
     "Kenntnisnahme durch Unbefugte kann für die Interessen der Bundesrepublik Deutschland oder eines "
     "ihrer Länder schädlich sein",
     true, detail::sueg4, detail::sueg4},
    {3, "GEHEIM", "", "Geh.",
     {{{language::de, "GEHEIM"}, {}}},
     "Kenntnisnahme durch Unbefugte kann die Sicherheit der Bundesrepublik Deutschland oder eines ihrer "
     "Länder gefährden oder ihren Interessen schweren Schaden zufügen",
     true, detail::sueg4, detail::sueg4},
    {4, "STRENG GEHEIM", "", "Str. Geh.",
     {{{language::de, "STRENG GEHEIM"}, {}}},
     "Kenntnisnahme durch Unbefugte kann den Bestand oder lebenswichtige Interessen der Bundesrepublik "
     "Deutschland oder eines ihrer Länder gefährden",
     true, detail::sueg4, detail::sueg4},
};

inline constexpr correspondence to_nato[] = {
    {1, 1, mapping::equivalent, detail::vsa_reverse},  // VS-NfD -> NATO RESTRICTED
    {2, 2, mapping::equivalent, detail::vsa_reverse},  // VS-VERTRAULICH -> NATO CONFIDENTIAL
    {3, 3, mapping::equivalent, detail::vsa_reverse},  // GEHEIM -> NATO SECRET
    {4, 4, mapping::equivalent, detail::vsa_reverse},  // STRENG GEHEIM -> COSMIC TOP SECRET
};
inline constexpr correspondence from_nato[] = {
    {1, 1, mapping::handled_as, detail::vsa},  // NATO RESTRICTED handled as VS-NfD
    {2, 2, mapping::handled_as, detail::vsa},  // NATO CONFIDENTIAL handled as VS-VERTRAULICH
    {3, 3, mapping::handled_as, detail::vsa},  // NATO SECRET handled as GEHEIM
    {4, 4, mapping::handled_as, detail::vsa},  // COSMIC TOP SECRET handled as STRENG GEHEIM
};
inline constexpr correspondence to_eu[] = {
    {1, 1, mapping::equivalent, detail::app_b},  // VS-NfD -> RESTREINT UE
    {2, 2, mapping::equivalent, detail::app_b},  // VS-VERTRAULICH -> CONFIDENTIEL UE
    {3, 3, mapping::equivalent, detail::app_b},  // GEHEIM -> SECRET UE
    {4, 4, mapping::equivalent, detail::app_b},  // STRENG GEHEIM -> TRÈS SECRET UE
};
inline constexpr correspondence from_eu[] = {
    {1, 1, mapping::equivalent, detail::app_b},  // RESTREINT UE -> VS-NfD
    {2, 2, mapping::equivalent, detail::app_b},  // CONFIDENTIEL UE -> VS-VERTRAULICH
    {3, 3, mapping::equivalent, detail::app_b},  // SECRET UE -> GEHEIM
    {4, 4, mapping::equivalent, detail::app_b},  // TRÈS SECRET UE -> STRENG GEHEIM
};
inline constexpr mapping_table mappings[] = {
    {nato::id, to_nato, from_nato, nato::national_table_contexts, {}, nato::national_table_scope},
    {eu::id, to_eu, from_eu, eu::appendix_b_contexts, {}, eu::appendix_b_scope},
};

inline constexpr clearance_grade grades[] = {
    {1, "Ü1 (einfache Sicherheitsüberprüfung)", "Ue1", 2, {"SÜG § 8 Abs. 1 Nr. 1", confidence::verified}},
    {2, "Ü2 (erweiterte Sicherheitsüberprüfung)", "Ue2", 3, {"SÜG § 9 Abs. 1 Nr. 1", confidence::verified}},
    {3, "Ü3 (mit Sicherheitsermittlungen)", "Ue3", 4, {"SÜG § 10 Nr. 1", confidence::verified}},
};

inline constexpr clearance_grant ue1{id, 1};
inline constexpr clearance_grant ue2{id, 2};
inline constexpr clearance_grant ue3{id, 3};

inline constexpr clearance::scheme scheme{
    .id = id,
    .name = "Germany",
    .code = "DEU",
    .owner = owner,
    .levels = levels,
    .mappings = mappings,
    .personnel =
        {
            .grades = grades,
            .clearance_from = 2,  // the simplest check (Ü1) starts at VS-VERTRAULICH: SÜG § 8
            .clearance_source = {"SÜG § 8 Abs. 1 Nr. 1 (Ü1 for VS-VERTRAULICH)", confidence::verified},
            .national_rule = false,
            .national_rule_source = {},
        },
    .organisation = {true, {"library default: deny by default (no German source read)", confidence::inference}},
    // "Kenntnis nur, wenn nötig" (VS-NfD-Merkblatt) is need-to-know; a briefing is not sourced [I].
    .briefing = {true, {"library default: deny by default (no German source read)", confidence::inference}},
};

}  // namespace clearance::inline v0::deu
