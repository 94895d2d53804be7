// SPDX-License-Identifier: MIT
//
// Data: the US classification levels CONFIDENTIAL, SECRET, TOP SECRET; there is no RESTRICTED.
//   Levels and the NATO correspondence: DoD International Programs Security Handbook ch. 10
//   (domain-brief §1.4 [V]): NATO access needs "a final DoD personnel clearance (except for
//   RESTRICTED) at the equivalent level", TS ~ CTS, S ~ NS, C ~ NC. How the US handles NATO
//   RESTRICTED was not read (domain-brief §1.4 [U]): it has no US level here (deny by default).
//   The damage definitions: Executive Order 13526 § 1.2, as quoted by secondary sources (the
//   order itself was not read [S]). The US is not in the EU table: a label reaches the EU through
//   NATO, by rank (domain-brief §1.4 [I]). No personnel table was read: US information is denied
//   to everyone until an access_policy supplies one (deny by default).
#pragma once

#include "../core/scheme.hpp"
#include "nato.hpp"

namespace clearance::inline v0::usa {

inline constexpr scheme_id id{840};
inline constexpr party owner = party::usa;

inline constexpr level confidential{id, 1, owner};
inline constexpr level secret{id, 2, owner};
inline constexpr level top_secret{id, 3, owner};

namespace detail {
inline constexpr citation dod{"domain-brief §1.4: DoD International Programs Security Handbook ch. 10", confidence::verified};
inline constexpr citation nr_unread{"domain-brief §0, §1.4: no US RESTRICTED level (its handling of NR not read)",
                                    confidence::verified};
inline constexpr citation eo13526{"Executive Order 13526 § 1.2, as quoted (secondary)", confidence::secondary};
inline constexpr citation none_read{"library default: no US personnel table read (deny by default)", confidence::inference};
}  // namespace detail

// No language markings: `{{{}, {}}}` rather than `{}`, which g++ 12 rejects in constant evaluation.
inline constexpr level_info levels[] = {
    {1, "CONFIDENTIAL", "", "C", {{{}, {}}}, "could cause damage to the national security", true, detail::dod,
     detail::eo13526},
    {2, "SECRET", "", "S", {{{}, {}}}, "could cause serious damage to the national security", true, detail::dod,
     detail::eo13526},
    {3, "TOP SECRET", "", "TS", {{{}, {}}}, "could cause exceptionally grave damage to the national security", true,
     detail::dod, detail::eo13526},
};

inline constexpr correspondence to_nato[] = {
    {1, 2, mapping::equivalent, detail::dod},  // CONFIDENTIAL -> NATO CONFIDENTIAL
    {2, 3, mapping::equivalent, detail::dod},  // SECRET -> NATO SECRET
    {3, 4, mapping::equivalent, detail::dod},  // TOP SECRET -> COSMIC TOP SECRET
};
inline constexpr correspondence from_nato[] = {
    {1, -1, mapping::no_equivalent, detail::nr_unread},  // NATO RESTRICTED: no US level
    {2, 1, mapping::equivalent, detail::dod},            // NATO CONFIDENTIAL -> CONFIDENTIAL
    {3, 2, mapping::equivalent, detail::dod},            // NATO SECRET -> SECRET
    {4, 3, mapping::equivalent, detail::dod},            // COSMIC TOP SECRET -> TOP SECRET
};
inline constexpr mapping_table mappings[] = {
    {nato::id, to_nato, from_nato, nato::national_table_contexts, {}, nato::national_table_scope},
};

inline constexpr clearance::scheme scheme{
    .id = id,
    .name = "United States",
    .code = "USA",
    .owner = owner,
    .levels = levels,
    .mappings = mappings,
    .personnel = {.grades = {}, .clearance_from = 1, .clearance_source = detail::none_read},
    .organisation = {true, detail::none_read},
    .briefing = {true, detail::none_read},
};

}  // namespace clearance::inline v0::usa
