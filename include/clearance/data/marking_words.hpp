// SPDX-License-Identifier: MIT
//
// Data: the words of a marking that are neither a level, a category nor a party: the words that
// introduce or close a releasability list, and suffixes that add nothing to the label.
// Levels come from each scheme's data header, categories from categories.hpp and parties from
// parties.hpp, so the marking vocabulary grows with the data.
#pragma once

#include <string_view>

#include "../core/provenance.hpp"
#include "../core/scheme.hpp"

namespace clearance::inline v0 {

enum class marking_word : int {
  releasable_to,  ///< introduces the list of parties, exactly as written: "REL TO"
  releasable_to_display,  ///< introduces a display list, which implies the values the scheme never
                          ///< displays (the NATO value): "Releasable to", "Communicable à"
  only,           ///< closes a list written without an introduction: "Ireland, Sweden, NATO ONLY"
  compartment,    ///< "COMPARTMENT 3": a need-to-know compartment of the host application
  no_effect,      ///< a suffix that adds nothing to the label ("amtlich geheimgehalten")
};

enum class word_use : int {
  any,     ///< accepted when parsing, written in canonical and portion forms
  banner,  ///< accepted when parsing, written in banners
  parse,   ///< only accepted when parsing
};

struct keyword_info {
  std::string_view text{};
  marking_word word{};
  language lang{};
  word_use use{};
  citation source{};
};

inline constexpr keyword_info marking_keywords[] = {
    {"REL TO", marking_word::releasable_to, language::en, word_use::any,
     {"domain-brief §4: CAPCO / US IC-ISM releasability marking", confidence::secondary}},
    {"Releasable to", marking_word::releasable_to_display, language::en, word_use::banner,
     {"ADatP-4774 sample SPIF, Releasable To prefix; domain-brief §4 (Table 17)", confidence::verified}},
    // Written as the sample policy spells it (ADatP-4774 Table 17 expects "Communicable a ISAF");
    // read with the accent as well.
    {"Communicable a", marking_word::releasable_to_display, language::fr, word_use::banner,
     {"ADatP-4774 sample SPIF, French Releasable To prefix; Table 17 French rendering", confidence::verified}},
    {"Communicable à", marking_word::releasable_to_display, language::fr, word_use::parse,
     {"French spelling of the sample policy's prefix (domain-brief §4)", confidence::verified}},
    {"ONLY", marking_word::only, language::en, word_use::any,
     {"ADatP-4774 sample SPIF, Only suffix ' ONLY'; domain-brief §3-4 (Table 17)", confidence::verified}},
    {"SEULEMENT", marking_word::only, language::fr, word_use::banner,
     {"ADatP-4774 sample SPIF, Only suffix in French ' SEULEMENT'", confidence::verified}},
    {"COMPARTMENT", marking_word::compartment, language::en, word_use::any,
     {"library notation for the host application's compartments (categories.hpp)", confidence::verified}},
    {"amtlich geheimgehalten", marking_word::no_effect, language::de, word_use::parse,
     {"domain-brief §4: Lower Saxony VSA 1997 Anl. 4 (suffix of German markings)", confidence::verified}},
    {"amtlich geheim gehalten", marking_word::no_effect, language::de, word_use::parse,
     {"VSA Bayern Nr. 17 as quoted: 'mit dem Zusatz amtlich geheim gehalten'", confidence::secondary}},
};

}  // namespace clearance::inline v0
