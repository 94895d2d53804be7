// SPDX-License-Identifier: MIT
//
// Data: the Romanian classification scheme.
//   Levels and the EU correspondence: Council Decision 2013/488/EU Appendix B, as published in
//   the Dutch treaty series (BWBV0005395) (domain-brief §1.3 [V]).
//   The damage definitions of the national law were not read: left empty, cited as unverified.
//   No NATO table was read: a label reaches NATO through the EU table, by rank (domain-brief §1.4 [I]).
//   No personnel table was read: Romanian information is denied to everyone until an access_policy
//   supplies one (deny by default).
#pragma once

#include "../core/scheme.hpp"
#include "eu.hpp"

namespace clearance::rou {

inline constexpr scheme_id id{642};
inline constexpr party owner = party::rou;

inline constexpr level secret_de_serviciu{id, 1, owner};
inline constexpr level secret{id, 2, owner};
inline constexpr level strict_secret{id, 3, owner};
inline constexpr level strict_secret_de_importanta_deosebita{id, 4, owner};

namespace detail {
inline constexpr citation app_b{"domain-brief §1.3: 2013/488/EU App. B (BWBV0005395)", confidence::verified};
inline constexpr citation damage{"not read: the damage definitions of the Romanian law", confidence::unverified};
inline constexpr citation none_read{"library default: no Romanian personnel table read (deny by default)",
                                    confidence::inference};
}  // namespace detail

// The ASCII spellings are for compiler diagnostics.
// No language markings: `{{{}, {}}}` rather than `{}`, which g++ 12 rejects in constant evaluation.
inline constexpr level_info levels[] = {
    {1, "Secret de serviciu", "", "Secret de serviciu", {{{}, {}}}, "", true, detail::app_b, detail::damage},
    {2, "Secret", "", "Secret", {{{}, {}}}, "", true, detail::app_b, detail::damage},
    {3, "Strict secret", "", "Strict secret", {{{}, {}}}, "", true, detail::app_b, detail::damage},
    {4, "Strict secret de importanță deosebită", "Strict secret de importanta deosebita", "Strict secret de importanță deosebită", {{{}, {}}}, "", true, detail::app_b, detail::damage},
};

inline constexpr correspondence to_eu[] = {
    {1, 1, mapping::equivalent, detail::app_b},  // Secret de serviciu -> RESTREINT UE
    {2, 2, mapping::equivalent, detail::app_b},  // Secret -> CONFIDENTIEL UE
    {3, 3, mapping::equivalent, detail::app_b},  // Strict secret -> SECRET UE
    {4, 4, mapping::equivalent, detail::app_b},  // Strict secret de importanță deosebită -> TRÈS SECRET UE
};
inline constexpr correspondence from_eu[] = {
    {1, 1, mapping::equivalent, detail::app_b},  // RESTREINT UE -> Secret de serviciu
    {2, 2, mapping::equivalent, detail::app_b},  // CONFIDENTIEL UE -> Secret
    {3, 3, mapping::equivalent, detail::app_b},  // SECRET UE -> Strict secret
    {4, 4, mapping::equivalent, detail::app_b},  // TRÈS SECRET UE -> Strict secret de importanță deosebită
};
inline constexpr mapping_table mappings[] = {{eu::id, to_eu, from_eu, eu::appendix_b_contexts, {}, eu::appendix_b_scope}};

inline constexpr clearance::scheme scheme{
    .id = id,
    .name = "Romania",
    .code = "ROU",
    .owner = owner,
    .levels = levels,
    .mappings = mappings,
    .personnel = {.grades = {}, .clearance_from = 1, .clearance_source = detail::none_read},
    .organisation = {true, detail::none_read},
    .briefing = {true, detail::none_read},
};

}  // namespace clearance::rou
