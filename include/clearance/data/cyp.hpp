// SPDX-License-Identifier: MIT
//
// Data: the Cypriot classification scheme.
//   Appendix B of 2013/488/EU gives Greece and Cyprus one row, in Greek (domain-brief §1.3 [V]):
//   Cyprus uses the levels and EU rows of data/grc.hpp, under its own id and owner. A marking is
//   therefore ambiguous between the two unless the scheme is named ("CYP Απόρρητο").
//   No NATO table was read: a label reaches NATO through the EU table, by rank (domain-brief §1.4 [I]).
//   No personnel table was read: Cypriot information is denied to everyone until an access_policy
//   supplies one (deny by default).
#pragma once

#include "../core/scheme.hpp"
#include "eu.hpp"
#include "grc.hpp"

namespace clearance::inline v0::cyp {

inline constexpr scheme_id id{196};
inline constexpr party owner = party::cyp;

inline constexpr level periorismenis_chrisis{id, 1, owner};
inline constexpr level empisteftiko{id, 2, owner};
inline constexpr level aporrito{id, 3, owner};
inline constexpr level akros_aporrito{id, 4, owner};

namespace detail {
inline constexpr citation none_read{"library default: no Cypriot personnel table read (deny by default)",
                                    confidence::inference};
}  // namespace detail

// Appendix B, rank for rank in both directions, as for Greece (eu::appendix_b_by_rank).
inline constexpr mapping_table mappings[] = {eu::appendix_b_by_rank};

inline constexpr clearance::scheme scheme{
    .id = id,
    .name = "Cyprus",
    .code = "CYP",
    .owner = owner,
    .levels = grc::levels,
    .mappings = mappings,
    .personnel = {.grades = {}, .clearance_from = 1, .clearance_source = detail::none_read},
    .organisation = {true, detail::none_read},
    .briefing = {true, detail::none_read},
};

}  // namespace clearance::inline v0::cyp
