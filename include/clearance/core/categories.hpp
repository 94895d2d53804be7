// SPDX-License-Identifier: MIT
//
// Data: security categories a label can carry, with SPIF semantics (domain-brief §3):
//   restrictive - the person must hold every one of the label's (ATOMAL, CRYPTO, BOHEMIA, the
//                 host application's need-to-know compartments and its named codewords);
//   informative - no effect on access (the sample NATO SPIF's "Administrative" tag set).
// Permissive categories are releasability: the label's `releasable_to` and `only` party lists.
//
// Three kinds of values share one `category_set`:
//   0..15   the library's catalogue below: the sample NATO policy's Additional Sensitivity and
//           Administrative tag sets (ADatP-4774 sample SPIF);
//   16..63  need-to-know compartments a host numbers (`compartment(n)`), without names;
//   64..127 categories a scheme defines with names in its own data (`scheme::categories`,
//           `host_category(n)`): a codeword such as "DAWN", valid on that scheme's labels.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "found.hpp"
#include "provenance.hpp"
#include "sets.hpp"

namespace clearance::inline v0 {

/// A category value; enumerators are bit positions in a `category_set`.
enum class category : int {
  // Additional Sensitivity, tag set 1.3.26.1.4.1 (restrictive)
  atomal = 0,
  crypto = 1,
  bohemia = 2,
  siop = 3,
  siop_esi = 4,
  exclusive = 5,
  intelligence = 6,
  logistics = 7,
  operations = 13,
  // Administrative, tag set 1.3.26.1.4.3 (informative)
  management = 8,
  staff = 9,
  personal = 10,
  medical = 11,
  commercial = 12,
  /// Never defined: what an out-of-range category value becomes in a set (e.g. compartment(48)),
  /// so that a label holding it is invalid instead of silently missing a category.
  invalid = 15,
};

/// 128 values: the library's catalogue, the host's compartments and the schemes' named categories.
using category_set = enum_set<category, static_cast<int>(category::invalid), 2>;

inline constexpr int first_compartment_bit = 16;
inline constexpr int compartment_count = 48;
inline constexpr int first_host_category = first_compartment_bit + compartment_count;
inline constexpr int host_category_count = category_set::capacity - first_host_category;

/// Need-to-know compartment `n` (0 <= n < 48) of the host application: a restrictive category
/// the person must hold. An out-of-range `n` yields `category::invalid`: a label with it is invalid.
constexpr category compartment(int n) noexcept {
  return (n >= 0 && n < compartment_count) ? static_cast<category>(first_compartment_bit + n) : category::invalid;
}

/// Named category `n` (0 <= n < 64) of a scheme's own data (scheme::categories); out of range:
/// `category::invalid`.
constexpr category host_category(int n) noexcept {
  return (n >= 0 && n < host_category_count) ? static_cast<category>(first_host_category + n) : category::invalid;
}

enum class category_kind : int { restrictive, informative };

struct category_info {
  category id{};
  std::string_view name{};  ///< the marking word, e.g. "ATOMAL"
  category_kind kind{};
  /// Lowest rank it may accompany; 0 = any level. For the library's rows a NATO rank: ATOMAL and
  /// CRYPTO cannot accompany NATO UNCLASSIFIED (0) or NATO RESTRICTED (1), and a level of another
  /// scheme counts as its NATO equivalent (as unclassified when it has none: deny by default).
  /// For a scheme's own rows, a rank of that scheme.
  int min_rank{};
  citation source{};
  int code{};                  ///< the value's code in its tag set (SPIF lacv)
  std::string_view tag_set{};  ///< the tag set's identifier (an OID)
  bool obsolete = false;       ///< kept so that existing labels stay readable
  category_set excludes{};     ///< categories it may not be combined with
  category_set needs{};        ///< categories it may only come with (all of them)
};

/// How many of a set of categories a rule asks for (SPIF requiredCategory operation).
enum class how_many : int { all, one_or_more, only_one };

/// A rule of a scheme that a label carries categories: one that carries category `with`, or,
/// when `with` is category::invalid, one at rank `rank` (SPIF requiredCategory of a tag value or
/// of a classification). "All of" a value's categories is also its row's `needs`.
struct category_requirement {
  category with = category::invalid;
  int rank = -1;
  how_many need = how_many::all;
  category_set of{};
  citation source{};
};

/// Whether `held` meets a requirement's `need` of `of`. A `need` that is none of the enumerators
/// is met by nothing: deny by default.
constexpr bool requirement_met(const category_set& held, how_many need, const category_set& of) noexcept {
  const int n = (held & of).count();
  switch (need) {
    case how_many::all: return held.includes(of);
    case how_many::one_or_more: return n >= 1;
    case how_many::only_one: return n == 1;
  }
  return false;
}

/// How a tag set's values travel in ESS labels: the security category types of ACP 145(A), as a
/// SPIF's tagType names them (restrictive, permissive, enumerated with enumType, tagType7 with
/// tag7Encoding). A STANAG 4774 label writes RESTRICTIVE, PERMISSIVE or INFORMATIVE.
enum class tag_type : int {
  restrictive,             ///< restrictive bit map
  enumerated_restrictive,  ///< enumerated restrictive attributes (a set of codes)
  permissive,              ///< permissive bit map
  enumerated_permissive,   ///< enumerated permissive attributes
  informative,             ///< informative, bitSetAttributes (a bit map)
  informative_enumerated,  ///< informative, securityAttributes (a set of codes)
};

constexpr bool is_restrictive(tag_type t) noexcept {
  return t == tag_type::restrictive || t == tag_type::enumerated_restrictive;
}
constexpr bool is_informative(tag_type t) noexcept {
  return t == tag_type::informative || t == tag_type::informative_enumerated;
}

/// A tag set of a policy: where its categories travel in the exchange formats (the tag set's OID
/// in ESS labels, its name in STANAG 4774 labels).
struct tag_set_info {
  std::string_view id{};    ///< an OID: "1.3.26.1.4.1"
  std::string_view name{};  ///< "Additional Sensitivity"
  tag_type type{};
  citation source{};
};

namespace categories_detail {
inline constexpr std::string_view additional_sensitivity = "1.3.26.1.4.1";
inline constexpr std::string_view administrative = "1.3.26.1.4.3";
inline constexpr citation sample{"ADatP-4774 sample SPIF, Additional Sensitivity tag set", confidence::verified};
/// SIOP and SIOP ESI appear only in the sample policy (domain-brief §4 [U]).
inline constexpr citation sample_only{"ADatP-4774 sample SPIF only; domain-brief §4 [U]", confidence::unverified};
inline constexpr citation admin{"ADatP-4774 sample SPIF, Administrative tag set; domain-brief §3",
                                confidence::verified};
}  // namespace categories_detail

inline constexpr std::array<category_info, 14> categories = [] {
  using enum category;
  using enum category_kind;
  using namespace categories_detail;
  // clang-format off: a table, laid out by hand
  return std::array<category_info, 14>{{
      // ATOMAL exists only at CTS, NS and NC: domain-brief §4 [V: DoD handbook, US IC-ISM enum];
      // excluded at U/R in the sample SPIF.
      {atomal, "ATOMAL", restrictive, 2,
       {"domain-brief §4 (ATOMAL only with CTS, NS, NC); ADatP-4774 sample SPIF", confidence::verified}, 1,
       additional_sensitivity},
      // CRYPTO is excluded at U/R in the sample SPIF: domain-brief §3, §4 [S].
      {crypto, "CRYPTO", restrictive, 2,
       {"domain-brief §3-4: ADatP-4774 sample SPIF, excluded at U/R", confidence::secondary}, 2,
       additional_sensitivity},
      {siop, "SIOP", restrictive, 0, sample_only, 3, additional_sensitivity},
      {siop_esi, "SIOP ESI", restrictive, 0, sample_only, 4, additional_sensitivity, true},
      // Obsolete in the sample, excluded at UNCLASSIFIED.
      {exclusive, "EXCLUSIVE", restrictive, 1, sample, 5, additional_sensitivity, true},
      {intelligence, "INTELLIGENCE", restrictive, 1, sample, 6, additional_sensitivity, true},
      {logistics, "LOGISTICS", restrictive, 1, sample, 7, additional_sensitivity, true},
      {operations, "OPERATIONS", restrictive, 1, sample, 8, additional_sensitivity, true},
      // BOHEMIA: NATO SIGINT, C-M(2002)49-COR8 [V]; excluded at UNCLASSIFIED in the sample SPIF.
      {bohemia, "BOHEMIA", restrictive, 1,
       {"domain-brief §4: C-M(2002)49-COR8 (2010); ADatP-4774 sample SPIF (excluded at U)",
        confidence::verified},
       9, additional_sensitivity},
      // Informative "Administrative" values of the sample NATO SPIF (illustrative): domain-brief §3.
      {management, "MANAGEMENT", informative, 0, admin, 1, administrative},
      {staff, "STAFF", informative, 0, admin, 2, administrative},
      {personal, "PERSONAL", informative, 0, admin, 3, administrative},
      {medical, "MEDICAL", informative, 0, admin, 4, administrative},
      {commercial, "COMMERCIAL", informative, 0, admin, 5, administrative},
  }};
  // clang-format on
}();

/// The tag sets of the library's catalogue, and of the host's numbered compartments: a tag set of
/// the library's own under its arc (core/scheme.hpp's policy_arc; docs/reference.md), whose
/// value n (code n, name "n") is compartment(n).
inline constexpr std::string_view compartment_tag_set = "2.25.128909374871698331541637434060181487704.2.1";
inline constexpr tag_set_info library_tag_sets[] = {
    // Additional Sensitivity: tagType restrictive; Administrative: tagType7, bitSetAttributes.
    {categories_detail::additional_sensitivity, "Additional Sensitivity", tag_type::restrictive,
     categories_detail::sample},
    {categories_detail::administrative, "Administrative", tag_type::informative, categories_detail::admin},
    {compartment_tag_set,
     "Compartment",
     tag_type::restrictive,
     {"the library's own tag set (docs/reference.md)", confidence::verified}},
};

constexpr bool is_compartment(category c) noexcept {
  const int i = static_cast<int>(c);
  return i >= first_compartment_bit && i < first_host_category;
}

constexpr bool is_host_category(category c) noexcept {
  const int i = static_cast<int>(c);
  return i >= first_host_category && i < category_set::capacity;
}

/// The catalogue row of a library category; nothing for a compartment or a scheme's category.
constexpr found<category_info> find_category(category c) noexcept {
  for (const category_info& info : categories)
    if (info.id == c) return info;
  return {};
}

/// All compartments: the host application's numbered restrictive categories.
inline constexpr category_set all_compartments = category_set::from_words(~std::uint64_t{0} << first_compartment_bit);

/// The range of the schemes' named categories (each scheme defines its own).
inline constexpr category_set all_host_categories = category_set::from_words(0, ~std::uint64_t{0});

/// Every category value a label of any scheme may carry: the catalogue and the compartments.
inline constexpr category_set defined_categories = [] {
  category_set s = all_compartments;
  for (const category_info& info : categories) s.insert(info.id);
  return s;
}();

/// The categories a level may not carry, by the level's NATO rank (0..7; from 8 on: none), as
/// masks of the first word (the catalogue's values).
inline constexpr std::array<std::uint64_t, 8> excluded_by_nato_rank = [] {
  std::array<std::uint64_t, 8> out{};
  for (std::size_t rank = 0; rank < out.size(); ++rank)
    for (const category_info& info : categories)
      if (static_cast<int>(rank) < info.min_rank) out[rank] |= std::uint64_t{1} << static_cast<int>(info.id);
  return out;
}();

constexpr category_set categories_excluded_at(int nato_rank) noexcept {
  if (nato_rank < 0) nato_rank = 0;
  return category_set::from_words(nato_rank < 8 ? excluded_by_nato_rank[static_cast<std::size_t>(nato_rank)] : 0);
}

/// The catalogue's restrictive categories and the compartments (a scheme's named restrictive
/// categories come from its data: see restrictive_in).
inline constexpr category_set restrictive_categories = [] {
  category_set s = all_compartments;
  for (const category_info& info : categories)
    if (info.kind == category_kind::restrictive) s.insert(info.id);
  return s;
}();

/// Rows of `rows` (a scheme's own categories) as sets: those defined, and the restrictive ones.
struct category_rows {
  category_set defined{};
  category_set restrictive{};
};
constexpr category_rows sets_of(const auto& rows) noexcept {
  category_rows out;
  for (const category_info& info : rows) {
    out.defined.insert(info.id);
    if (info.kind == category_kind::restrictive) out.restrictive.insert(info.id);
  }
  return out;
}

static_assert(
    [] {
      for (const category_info& info : categories) {
        const int i = static_cast<int>(info.id);
        if (i < 0 || i >= first_compartment_bit || info.id == category::invalid || info.name.empty() ||
            info.source.ref.empty() || info.min_rank < 0 || info.min_rank >= 8 || info.code <= 0 ||
            !info.excludes.empty() || !info.needs.empty())
          return false;
      }
      return true;
    }(),
    "categories: library categories must use bits 0..15, carry a name, a code and a source, have a "
    "minimum NATO rank of 0..7 and exclude or require no other category");

}  // namespace clearance::inline v0
