// SPDX-License-Identifier: MIT
//
// A scheme defined by a host, outside the library: the classification scheme of a fictitious
// multinational exercise run by Norway ("EXR"), written with the same types as the library's
// data headers, with a table to NATO and one clearance grade. Nothing in include/ names it.
// The host composes its registry from it and the one built-in scheme it maps to (NATO), and
// brings one channel row of its own.
#pragma once

#include <clearance/core/channel.hpp>
#include <clearance/core/registry.hpp>
#include <clearance/core/scheme.hpp>
#include <clearance/data/nato.hpp>

namespace exr {

using namespace clearance;

inline constexpr scheme_id id{1578};  // Norway's ISO 3166-1 code plus 1000: not a national scheme
inline constexpr party owner = party::nor;

inline constexpr level unclassified{id, 0, owner};
inline constexpr level restricted{id, 1, owner};
inline constexpr level secret{id, 2, owner};

inline constexpr citation exercise_orders{"test fixture: exercise security instructions", confidence::verified};

inline constexpr level_info levels[] = {
    // The exercise's display colours (its orders), for XEP-0258 display markings.
    {0, "UNCLASSIFIED", "", "U", {{{language::en, "EXERCISE UNCLASSIFIED"}, {}}}, "none", false,
     exercise_orders, exercise_orders, 0, {}, "black", "green"},
    {1, "RESTRICTED", "", "R", {{{language::en, "EXERCISE RESTRICTED"}, {}}},
     "disadvantageous to the exercise", true, exercise_orders, exercise_orders, 0, {}, "black", "aqua"},
    {2, "SECRET", "", "S", {{{language::en, "EXERCISE SECRET"}, {}}}, "serious damage to the exercise",
     true, exercise_orders, exercise_orders, 0, {}, "#FFFFFF", "red"},
};

inline constexpr correspondence to_nato[] = {
    {1, 1, mapping::equivalent, exercise_orders},  // RESTRICTED -> NATO RESTRICTED
    {2, 3, mapping::equivalent, exercise_orders},  // SECRET -> NATO SECRET
};
inline constexpr correspondence from_nato[] = {
    {1, 1, mapping::equivalent, exercise_orders},      // NATO RESTRICTED -> RESTRICTED
    {2, 2, mapping::handled_as, exercise_orders},      // NATO CONFIDENTIAL -> handled as SECRET
    {3, 2, mapping::equivalent, exercise_orders},      // NATO SECRET -> SECRET
    {4, -1, mapping::no_equivalent, exercise_orders},  // COSMIC TOP SECRET: not in the exercise
};
inline constexpr mapping_table mappings[] = {
    {nato::id, to_nato, from_nato, nato::national_table_contexts, {}, exercise_orders},
};

inline constexpr clearance_grade grades[] = {
    {1, "EXR basic", "", 1, exercise_orders},
    {2, "EXR full", "", 2, exercise_orders},
};
inline constexpr clearance_grant basic{id, 1};
inline constexpr clearance_grant full{id, 2};

// The exercise's own categories (SPIF tag sets of its policy): two operation codewords, which a
// reader must hold and which may not be combined, a third that only comes with DAWN, and an
// informative handling note.
inline constexpr category dawn = host_category(0);
inline constexpr category dusk = host_category(1);
inline constexpr category debrief = host_category(2);
inline constexpr category noon = host_category(3);
inline constexpr std::string_view codewords = "2.25.128909374871698331541637434060181487704.9.1578.1";
inline constexpr std::string_view notes = "2.25.128909374871698331541637434060181487704.9.1578.2";
inline constexpr tag_set_info tag_sets[] = {{codewords, "Codewords", tag_type::restrictive, exercise_orders},
                                            {notes, "Handling Notes", tag_type::informative, exercise_orders}};
inline constexpr category_info categories[] = {
    // DAWN: SECRET only (rank 2), never with DUSK.
    {dawn, "DAWN", category_kind::restrictive, 2, exercise_orders, 1, codewords, false, {dusk}},
    {dusk, "DUSK", category_kind::restrictive, 1, exercise_orders, 2, codewords, false, {dawn}},
    {debrief, "DEBRIEF", category_kind::informative, 0, exercise_orders, 1, notes},
    {noon, "NOON", category_kind::restrictive, 2, exercise_orders, 3, codewords, false, {}, {dawn}},
};

// A debrief note goes with one operation codeword or more.
inline constexpr category_requirement requirements[] = {{debrief, -1, how_many::one_or_more, {dawn, dusk}, exercise_orders}};

// Ukraine takes part in the exercise up to its RESTRICTED: a label above it may not name Ukraine.
inline constexpr release_ceiling ceilings[] = {{party::ukr, restricted.rank, exercise_orders}};

inline constexpr clearance::scheme scheme{
    .id = id,
    .name = "Exercise",
    .code = "EXR",
    .owner = owner,
    .levels = levels,
    .mappings = mappings,
    .personnel = {.grades = grades, .clearance_from = 1, .clearance_source = exercise_orders},
    .organisation = {true, exercise_orders},
    .briefing = {true, exercise_orders},
    .release_ceilings = ceilings,
    .categories = categories,
    .tag_sets = tag_sets,
    .requirements = requirements,
    .only_word = "EYES ONLY",  // "EXR SECRET NOR, SWE EYES ONLY": the exercise's eyes-only list
};

/// The host's registry: its own scheme and NATO, nothing else.
inline constexpr registry schemes = registry_of<nato::scheme, scheme>;

/// The exercise network, approved up to the exercise's SECRET.
inline constexpr channel exercise_net{
    .id = "exercise-net",
    .name = "Exercise network",
    .kind = channel_kind::messenger,
    .vendor = "exercise staff",
    .product = "exercise network",
    .uses = {use::transmit, use::store},
    .ceilings = {secret},
    .approved_by = authority::national_agency,
    .approver = "exercise security officer",
    .source = exercise_orders,
};

}  // namespace exr
