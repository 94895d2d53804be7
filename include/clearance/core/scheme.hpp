// SPDX-License-Identifier: MIT
//
// The shape of a classification scheme. Each scheme's facts live in one data header
// (data/<scheme>.hpp) that fills these types in; the logic never names a scheme's levels.
#pragma once

#include <array>
#include <initializer_list>
#include <limits>
#include <string_view>

#include "categories.hpp"
#include "parties.hpp"
#include "date.hpp"
#include "enums.hpp"
#include "found.hpp"
#include "provenance.hpp"
#include "sets.hpp"
#include "slice.hpp"

namespace clearance::inline v0 {

/// Identifies a scheme. National schemes use their country's ISO 3166-1 numeric code, and an
/// earlier edition of one (the UK before April 2014) that code plus 1000; NATO and the EU use
/// codes from the user-assigned range 900-999. `none` is no scheme.
enum class scheme_id : int { none = 0 };

/// The schemes the logic itself names: the hubs of the mapping tables and of the category rules.
/// Their data is opt-in like any other scheme's (data/nato.hpp, data/eu.hpp).
namespace hubs {
inline constexpr scheme_id nato{900};
inline constexpr scheme_id eu{901};
}  // namespace hubs

/// One level of one scheme: what a label's classification is. `owner` is whose information it
/// is (the scheme's owner), so that a label made from the level alone is releasable to its owner
/// without looking the scheme up; it is not part of the level's identity.
struct level {
  scheme_id scheme = scheme_id::none;
  int rank = -1;  ///< position in the scheme; 0 = a marking that is not a classification
  party owner = party::none;
  friend constexpr bool operator==(level a, level b) noexcept { return a.scheme == b.scheme && a.rank == b.rank; }
};

enum class language : int { en, fr, nl, de };
/// Each language's code (ISO 639-1, as xml:lang writes it), by its value.
inline constexpr std::string_view language_codes[] = {"en", "fr", "nl", "de"};

struct marking {
  language lang = language::en;
  std::string_view text{};
};

struct level_info {
  int rank{};
  std::string_view name{};            ///< canonical marking (UTF-8), e.g. "Stg. GEHEIM"
  std::string_view ascii{};           ///< ASCII spelling for compiler diagnostics; empty if `name` is ASCII
  std::string_view abbreviation{};    ///< e.g. "NR", "Dep.V."
  std::array<marking, 2> markings{};  ///< full markings in the scheme's languages (unused: empty text)
  std::string_view damage{};          ///< what unauthorised disclosure could do
  bool classified{};                  ///< false for markings that are not classifications (NU)
  citation source{};                  ///< for the level, its order and its markings
  citation damage_source{};           ///< for the damage definition
  int code{};                         ///< the classification's code in the policy (SPIF lacv, ESS
                                      ///< security-classification); 0: rank + 1 (see level_code)
  /// The classification's name in the policy (SPIF securityClassification, STANAG 4774
  /// Classification): "SECRET" for NATO SECRET. Empty: the level's name.
  std::string_view policy_name{};
  /// Colours of its display marking (SPIF securityClassification color; XEP-0258 displaymarking
  /// fgcolor and bgcolor): a CSS name of XEP-0258's list or "#RRGGBB"; empty: none sourced.
  std::string_view fgcolor{};
  std::string_view bgcolor{};
};

/// Whether `c` is a colour XEP-0258 allows (its schema: CSS names and "#RRGGBB"); or empty.
constexpr bool is_display_colour(std::string_view c) noexcept {
  if (c.empty()) return true;
  if (c.size() == 7 && c[0] == '#') {
    for (const char h : c.substr(1))
      if (!((h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F'))) return false;
    return true;
  }
  for (const std::string_view name : {"aqua", "black", "blue", "fuschia", "gray", "green", "lime", "maroon", "navy",
                                      "olive", "purple", "red", "silver", "teal", "white", "yellow", "orange"})
    if (c == name) return true;
  return false;
}

/// How a level of one scheme corresponds to a level of another.
enum class mapping : int {
  equivalent,     ///< the same protection in both schemes
  handled_as,     ///< the target scheme handles the level as its own level (one direction)
  no_equivalent,  ///< the target scheme has no level for it: never silently replaced
};

constexpr std::string_view to_string(mapping m) noexcept {
  switch (m) {
    case mapping::equivalent: return "equivalent";
    case mapping::handled_as: return "handled as";
    case mapping::no_equivalent: return "no equivalent";
  }
  return "unknown mapping";
}

/// One row of a mapping table: level `from` corresponds to level `to` (-1 for no_equivalent).
struct correspondence {
  int from{};
  int to{};
  mapping kind{};
  citation source{};
};

/// Where a label is being handled; enumerators are bit positions of a `context_set`.
enum class context : int {
  national = 0,       ///< inside one nation's administration, under its own rules
  eu_exchange = 1,    ///< exchanged with or within the EU (the Appendix B equivalences)
  nato_exchange = 2,  ///< exchanged with or within NATO
  invalid = 63,       ///< never defined: what an out-of-range value becomes in a set
};

using context_set = enum_set<context, static_cast<int>(context::invalid)>;

inline constexpr context all_contexts[] = {context::national, context::eu_exchange, context::nato_exchange};

/// Whether `c` is one of the contexts (not `invalid`, not a value cast from elsewhere).
constexpr bool is_defined(context c) noexcept { return detail::enumerated(c, context::nato_exchange); }
inline constexpr context_set every_context{context::national, context::eu_exchange, context::nato_exchange};

constexpr std::string_view to_string(context c) noexcept {
  switch (c) {
    case context::national: return "national handling";
    case context::eu_exchange: return "EU exchange";
    case context::nato_exchange: return "NATO exchange";
    case context::invalid: break;
  }
  return "unknown context";
}

/// The mapping between a scheme and another (the "hub": NATO, the EU, or another scheme).
/// `to_hub` rows go from this scheme's ranks to the hub's; `from_hub` rows the other way. A
/// direction is either empty (the table does not map that way) or has a row for every classified
/// level (no silent gaps). A table applies only in its contexts and on the days of its period; two
/// tables between the same schemes must not both apply on one day in one context.
struct mapping_table {
  scheme_id hub = scheme_id::none;
  slice<const correspondence> to_hub{};
  slice<const correspondence> from_hub{};
  context_set contexts{};  ///< where the table applies: at least one context
  period in_force{};       ///< when it applies; unknown ends are open
  citation source{};       ///< for the contexts and the period
};

/// A personnel security clearance (or screening) grade of a scheme.
struct clearance_grade {
  int grade{};               ///< > 0, higher is stronger
  std::string_view name{};   ///< e.g. "screening C", "NS clearance" (UTF-8)
  std::string_view ascii{};  ///< ASCII spelling for diagnostics; empty if `name` is ASCII
  int covers_up_to{};        ///< highest rank of the scheme the grade gives access to
  citation source{};
};

/// A clearance a person holds: a grade of a scheme. Default-constructed: holds nothing.
struct clearance_grant {
  scheme_id scheme = scheme_id::none;
  int grade = 0;
  friend constexpr bool operator==(clearance_grant, clearance_grant) noexcept = default;
};

inline constexpr int never = std::numeric_limits<int>::max();

/// Who needs which clearance for the scheme's levels. Replaceable through an access_policy.
struct personnel_rules {
  slice<const clearance_grade> grades{};
  int clearance_from = never;  ///< lowest rank that needs a clearance of this scheme
  citation clearance_source{};
  /// When true, nationals of the scheme's owner must also hold a clearance of this scheme
  /// covering the equivalent of a foreign label (a national rule adding requirements).
  bool national_rule = false;
  citation national_rule_source{};
};

/// A rule that applies to every classified level of the scheme.
struct requirement {
  bool required = true;
  citation source{};
};

/// A further accepted spelling of a level in markings, beyond the level's name, ASCII spelling,
/// abbreviation and language markings: e.g. "CTSA" = COSMIC TOP SECRET with ATOMAL.
struct spelling {
  std::string_view text{};
  int rank{};
  category_set categories{};  ///< categories the spelling carries ("CTSA": ATOMAL)
  citation source{};
};

/// A context of the scheme's markings: "NATO/EAPC SECRET" names the context EAPC in place of the
/// scheme's own word, and releases the information to `releasable_to`.
struct marking_context {
  std::string_view word{};
  party_set releasable_to{};
  citation source{};
  int code{};  ///< the context's code in its tag set (SPIF lacv)
};

/// A value of a policy's Context tag set that is no context of its own: the one saying "a
/// Releasable To list follows" ("Releasable", 10000 in the sample NATO policy).
struct context_value {
  std::string_view word{};
  int code{};
};

/// The identifiers (OIDs) of the tag sets a scheme's policy holds its lists in: its releasability
/// list, its ONLY list and its contexts. Empty: the scheme's policy has none sourced (the exchange
/// formats then use the library's own, library_list_tags).
struct list_tag_sets {
  std::string_view releasable_to{};
  std::string_view only{};
  std::string_view context{};
  /// With a context tag set: the value a label's contexts carry when it has a Releasable To list.
  context_value list_follows{};
};

/// A party a scheme's labels may name in their releasability only up to a level: a label above
/// `max_rank` that names it (in Releasable To or an ONLY list) is invalid. The SPIF says this with
/// excluded classes on a Releasable To value; the sample NATO policy keeps countries outside NATO
/// from COSMIC TOP SECRET.
struct release_ceiling {
  party to = party::none;
  int max_rank = 0;  ///< the highest rank of a label that may name `to`
  citation source{};
};

struct scheme {
  scheme_id id = scheme_id::none;
  std::string_view name{};    ///< "Netherlands", "NATO"
  std::string_view code{};    ///< "NLD", "NATO" (ASCII)
  party owner = party::none;  ///< whose information it is: the default releasability
  slice<const level_info> levels{};
  slice<const mapping_table> mappings{};
  personnel_rules personnel{};
  requirement organisation{};               ///< the person must work for an authorising organisation
  requirement briefing{};                   ///< the person must have received a security briefing
  slice<const spelling> spellings{};        ///< further spellings accepted in markings
  slice<const marking_context> contexts{};  ///< contexts written "<code>/<context> <level>"
  /// Releasability values the scheme's display markings never write (the NATO value of the sample
  /// NATO policy's Releasable To tag set): a "Releasable to" list implies them.
  party_set implied_releasability{};
  /// Parties its labels may name only up to a level; none: any party at any level.
  slice<const release_ceiling> release_ceilings{};
  /// The scheme's own named categories (ids from host_category(0)), valid on its labels only:
  /// a codeword, an informative value. The library's catalogue (categories.hpp) is valid on all.
  slice<const category_info> categories{};
  /// The tag sets of those categories (their names in STANAG 4774 labels).
  slice<const tag_set_info> tag_sets{};
  /// Rules that its labels carry some of its categories: with a category, or at a level.
  slice<const category_requirement> requirements{};
  /// The word that closes the scheme's ONLY lists in markings; empty: "ONLY" (and "SEULEMENT").
  /// E.g. "EYES ONLY" for "... NOR, SWE EYES ONLY".
  std::string_view only_word{};
  /// The policy's identifier (an OID), where one is sourced; empty: the library's private arc
  /// with the scheme's number (policy_arc below).
  std::string_view policy_id{};
  list_tag_sets list_tags{};  ///< where its lists go in the exchange formats (parties' numbers are the codes)
  /// When the scheme's markings are put on new information; unknown ends are open. Labels of an
  /// earlier edition (France before 2021-07-01) stay valid: their information still exists.
  period in_use{};
  citation in_use_source{};
};

/// The level of `s` with this rank, with the scheme's owner (see `level`).
constexpr level level_of(const scheme& s, int rank) noexcept { return {s.id, rank, s.owner}; }

/// The arc under which the library numbers the policies that have no sourced identifier: a UUID
/// OID (ITU-T X.667, arc 2.25), needing no registration. A scheme without `policy_id` is
/// "<policy_arc>.1.<scheme number>"; see docs/reference.md.
inline constexpr std::string_view policy_arc = "2.25.128909374871698331541637434060181487704";

/// The tag sets of the schemes without sourced ones, under the library's arc (docs/reference.md):
/// releasability lists and ONLY lists of a national scheme in STANAG 4774 and ESS labels.
inline constexpr list_tag_sets library_list_tags{
    "2.25.128909374871698331541637434060181487704.2.2", "2.25.128909374871698331541637434060181487704.2.3", {}, {}};

static_assert(library_list_tags.releasable_to.starts_with(policy_arc) &&
                  library_list_tags.only.starts_with(policy_arc) && compartment_tag_set.starts_with(policy_arc),
              "the library's tag sets lie under its arc");

/// The tag sets a scheme's lists travel in: its own, or the library's.
constexpr list_tag_sets list_tags_of(const scheme& s) noexcept {
  return s.list_tags.releasable_to.empty() ? library_list_tags : s.list_tags;
}

/// The names of the list tag sets in STANAG 4774 labels (TagName), as the sample NATO policy
/// names them (ADatP-4774 sample SPIF: Releasable To 1.3.26.1.4.2, Only 1.3.26.1.4.5, Context
/// 1.3.26.1.4.4); the library's own tag sets take the same names.
namespace list_tag_names {
inline constexpr std::string_view releasable_to = "Releasable To";
inline constexpr std::string_view only = "Only";
inline constexpr std::string_view context = "Context";
}  // namespace list_tag_names

/// The code of a level in its policy: the level's own, or its rank + 1 (the codes of the sample
/// NATO policy and of ESS labels: 1 = unclassified ... 5 = top secret).
constexpr int level_code(const level_info& info) noexcept { return info.code != 0 ? info.code : info.rank + 1; }

/// The name of a level in its policy (STANAG 4774 Classification): "SECRET" for NATO SECRET.
constexpr std::string_view policy_name(const level_info& info) noexcept {
  return info.policy_name.empty() ? info.name : info.policy_name;
}

}  // namespace clearance::inline v0
