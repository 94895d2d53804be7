// SPDX-License-Identifier: MIT
//
// Data: the EU classification scheme, Council Decision 2013/488/EU Art. 2 (domain-brief §1.2 [V]).
// The EU <-> NATO correspondence is by rank; the EU-NATO Security of Information Agreement
// (OJ L 80, 27.3.2003) governs the exchange, but no table was read (domain-brief §1.4 [I]).
#pragma once

#include "../core/scheme.hpp"
#include "nato.hpp"

namespace clearance::inline v0::eu {

inline constexpr scheme_id id = hubs::eu;
inline constexpr party owner = party::eu;

inline constexpr level restricted{id, 1, owner};
inline constexpr level confidential{id, 2, owner};
inline constexpr level secret{id, 3, owner};
inline constexpr level top_secret{id, 4, owner};

namespace detail {
inline constexpr citation art2{"domain-brief §1.2: Council Decision 2013/488/EU Art. 2", confidence::verified};
inline constexpr citation by_rank{"domain-brief §1.4: EU <-> NATO equivalent by rank (EU-NATO agreement, OJ L 80 2003)",
                                  confidence::inference};
}  // namespace detail

/// Where the Appendix B equivalences apply: EU information exchanged, and handled nationally by
/// the Member States (the Agreement 2011/C 202/05, whose annex the table is).
inline constexpr context_set appendix_b_contexts{context::national, context::eu_exchange};
inline constexpr citation appendix_b_scope{"domain-brief §1.3 [I]: Agreement 2011/C 202/05 annex, EU information",
                                           confidence::inference};

/// Appendix B for the schemes whose four levels are the EU's four, rank for rank, in both
/// directions: their one table, written once. A scheme whose row differs (a level without an
/// equivalent, a level handled as another, a row of another text) writes its own.
inline constexpr citation appendix_b_rows{"domain-brief §1.3: 2013/488/EU App. B (BWBV0005395)", confidence::verified};
inline constexpr correspondence appendix_b_same_rank[] = {
    {1, 1, mapping::equivalent, appendix_b_rows},  // <-> RESTREINT UE
    {2, 2, mapping::equivalent, appendix_b_rows},  // <-> CONFIDENTIEL UE
    {3, 3, mapping::equivalent, appendix_b_rows},  // <-> SECRET UE
    {4, 4, mapping::equivalent, appendix_b_rows},  // <-> TRÈS SECRET UE
};
inline constexpr mapping_table appendix_b_by_rank{id, appendix_b_same_rank, appendix_b_same_rank, appendix_b_contexts,
                                                  {}, appendix_b_scope};

inline constexpr level_info levels[] = {
    {1, "RESTREINT UE/EU RESTRICTED", "", "R-UE",
     {{{language::fr, "RESTREINT UE"}, {language::en, "EU RESTRICTED"}}},
     "could be disadvantageous to the interests of the EU or of one or more of the Member States", true,
     detail::art2, detail::art2},
    {2, "CONFIDENTIEL UE/EU CONFIDENTIAL", "", "C-UE",
     {{{language::fr, "CONFIDENTIEL UE"}, {language::en, "EU CONFIDENTIAL"}}},
     "could harm the essential interests of the EU or of one or more of the Member States", true,
     detail::art2, detail::art2},
    {3, "SECRET UE/EU SECRET", "", "S-UE",
     {{{language::fr, "SECRET UE"}, {language::en, "EU SECRET"}}},
     "could seriously harm the essential interests of the EU or of one or more of the Member States", true,
     detail::art2, detail::art2},
    {4, "TRÈS SECRET UE/EU TOP SECRET", "TRES SECRET UE/EU TOP SECRET", "TS-UE",
     {{{language::fr, "TRÈS SECRET UE"}, {language::en, "EU TOP SECRET"}}},
     "could cause exceptionally grave prejudice to the essential interests of the EU or of one or more "
     "of the Member States",
     true, detail::art2, detail::art2},
};

inline constexpr correspondence to_nato[] = {
    {1, 1, mapping::equivalent, detail::by_rank},  // R-UE -> NATO RESTRICTED
    {2, 2, mapping::equivalent, detail::by_rank},  // C-UE -> NATO CONFIDENTIAL
    {3, 3, mapping::equivalent, detail::by_rank},  // S-UE -> NATO SECRET
    {4, 4, mapping::equivalent, detail::by_rank},  // TS-UE -> COSMIC TOP SECRET
};
inline constexpr correspondence from_nato[] = {
    {1, 1, mapping::equivalent, detail::by_rank},  // NATO RESTRICTED -> R-UE
    {2, 2, mapping::equivalent, detail::by_rank},  // NATO CONFIDENTIAL -> C-UE
    {3, 3, mapping::equivalent, detail::by_rank},  // NATO SECRET -> S-UE
    {4, 4, mapping::equivalent, detail::by_rank},  // COSMIC TOP SECRET -> TS-UE
};
inline constexpr mapping_table mappings[] = {{nato::id, to_nato, from_nato, every_context, {}, detail::by_rank}};

// EU personnel security clearances at C-UE, S-UE and TS-UE: that PSCs exist from C-UE up is
// verified (Agreement Art. 5(2)); the grade names by level are the library's reading [I].
inline constexpr clearance_grade grades[] = {
    {2, "C-UE clearance", "", 2, {"domain-brief §2: Agreement Art. 5(2), PSC for C-UE and above", confidence::inference}},
    {3, "S-UE clearance", "", 3, {"domain-brief §2: Agreement Art. 5(2), PSC for C-UE and above", confidence::inference}},
    {4, "TS-UE clearance", "", 4, {"domain-brief §2: Agreement Art. 5(2), PSC for C-UE and above", confidence::inference}},
};

inline constexpr clearance_grant clearance_confidential{id, 2};
inline constexpr clearance_grant clearance_secret{id, 3};
inline constexpr clearance_grant clearance_top_secret{id, 4};

inline constexpr clearance::scheme scheme{
    .id = id,
    .name = "EU",
    .code = "EU",
    .owner = owner,
    .levels = levels,
    .mappings = mappings,
    .personnel =
        {
            .grades = grades,
            .clearance_from = 2,
            .clearance_source = {"domain-brief §2: Agreement 2011/C 202/05 Art. 5(2), clearance for C-UE and above",
                                 confidence::verified},
            .national_rule = false,
            .national_rule_source = {},
        },
    // Not stated for the EU in the sources; required by default (deny by default) [I].
    .organisation = {true, {"library default: deny by default (no EU source read)", confidence::inference}},
    // 2013/488 Art. 7: access only when briefed [V].
    .briefing = {true, {"domain-brief §2: Council Decision 2013/488/EU Art. 7", confidence::verified}},
};

}  // namespace clearance::inline v0::eu
