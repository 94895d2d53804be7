// SPDX-License-Identifier: MIT
//
// Data: security categories a label can carry, with SPIF semantics (domain-brief §3):
//   restrictive - the person must hold every one of the label's (ATOMAL, CRYPTO, BOHEMIA, and
//                 the host application's need-to-know compartments);
//   informative - no effect on access (the sample NATO SPIF's "Administrative" tag set).
// Permissive releasability is not a category here: it is the label's `party_set`.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "found.hpp"
#include "provenance.hpp"
#include "sets.hpp"

namespace clearance {

/// A category value; enumerators are bit positions in a `category_set`.
/// Bits 0..15 are the library's catalogue, bits 16..63 are need-to-know compartments that a
/// host application assigns (see `compartment`).
enum class category : int {
  atomal = 0,
  crypto = 1,
  bohemia = 2,
  management = 8,
  staff = 9,
  personal = 10,
  medical = 11,
  commercial = 12,
  /// Never defined: what an out-of-range category value becomes in a set (e.g. compartment(48)),
  /// so that a label holding it is invalid instead of silently missing a category.
  invalid = 15,
};

/// 128 values: the library's catalogue and the host's compartments in the first 64.
using category_set = enum_set<category, static_cast<int>(category::invalid), 2>;

inline constexpr int first_compartment_bit = 16;
inline constexpr int compartment_count = 64 - first_compartment_bit;

/// Need-to-know compartment `n` (0 <= n < 48) of the host application: a restrictive category
/// the person must hold. An out-of-range `n` yields `category::invalid`: a label with it is invalid.
constexpr category compartment(int n) noexcept {
  return (n >= 0 && n < compartment_count) ? static_cast<category>(first_compartment_bit + n) : category::invalid;
}

enum class category_kind : int { restrictive, informative };

struct category_info {
  category id{};
  std::string_view name{};
  category_kind kind{};
  /// Lowest NATO rank the category may accompany; 0 = any level. ATOMAL and CRYPTO cannot
  /// accompany NATO UNCLASSIFIED (0) or NATO RESTRICTED (1). A level of another scheme counts as
  /// its NATO equivalent, and as unclassified when it has none (an inference, deny by default).
  int min_nato_rank{};
  citation source{};
};

inline constexpr std::array<category_info, 8> categories{{
    // ATOMAL exists only at CTS, NS and NC: domain-brief §4 [V: DoD handbook, US IC-ISM enum];
    // excluded at U/R in the sample SPIF.
    {category::atomal, "ATOMAL", category_kind::restrictive, 2,
     {"domain-brief §4 (ATOMAL only with CTS, NS, NC); sample NATO SPIF", confidence::verified}},
    // CRYPTO is excluded at U/R in the sample SPIF: domain-brief §3, §4 [S].
    {category::crypto, "CRYPTO", category_kind::restrictive, 2,
     {"domain-brief §3-4: sample NATO SPIF, excluded at U/R", confidence::secondary}},
    // BOHEMIA: NATO SIGINT, C-M(2002)49-COR8 [V]; no level restriction is encoded (the IC-ISM
    // enumeration only pairs it with CTS, which is not stated as a rule).
    {category::bohemia, "BOHEMIA", category_kind::restrictive, 0,
     {"domain-brief §4: C-M(2002)49-COR8 (2010)", confidence::verified}},
    // Informative "Administrative" values of the sample NATO SPIF (illustrative): domain-brief §3.
    {category::management, "MANAGEMENT", category_kind::informative, 0,
     {"domain-brief §3: sample NATO SPIF, Administrative tag set", confidence::verified}},
    {category::staff, "STAFF", category_kind::informative, 0,
     {"domain-brief §3: sample NATO SPIF, Administrative tag set", confidence::verified}},
    {category::personal, "PERSONAL", category_kind::informative, 0,
     {"domain-brief §3: sample NATO SPIF, Administrative tag set", confidence::verified}},
    {category::medical, "MEDICAL", category_kind::informative, 0,
     {"domain-brief §3: sample NATO SPIF, Administrative tag set", confidence::verified}},
    {category::commercial, "COMMERCIAL", category_kind::informative, 0,
     {"domain-brief §3: sample NATO SPIF, Administrative tag set", confidence::verified}},
}};

constexpr bool is_compartment(category c) noexcept {
  const int i = static_cast<int>(c);
  return i >= first_compartment_bit && i < 64;
}

/// The catalogue row of a library category; nothing for a compartment (it has no row).
constexpr found<category_info> find_category(category c) noexcept {
  for (const category_info& info : categories)
    if (info.id == c) return info;
  return {};
}

/// All compartments: the host application's restrictive categories.
inline constexpr category_set all_compartments =
    category_set::from_words(~std::uint64_t{0} << first_compartment_bit);

/// Every category value a label may carry.
inline constexpr category_set defined_categories = [] {
  category_set s = all_compartments;
  for (const category_info& info : categories) s.insert(info.id);
  return s;
}();

/// The categories a person must hold all of.
/// The categories a level may not carry, by the level's NATO rank (0..7; from 8 on: none), as
/// masks: g++ 12 rejects copying a category_set out of a constexpr array in constant evaluation.
inline constexpr std::array<std::uint64_t, 8> excluded_by_nato_rank = [] {
  std::array<std::uint64_t, 8> out{};
  for (std::size_t rank = 0; rank < out.size(); ++rank)
    for (const category_info& info : categories)
      if (static_cast<int>(rank) < info.min_nato_rank) out[rank] |= std::uint64_t{1} << static_cast<int>(info.id);
  return out;
}();

constexpr category_set categories_excluded_at(int nato_rank) noexcept {
  if (nato_rank < 0) nato_rank = 0;
  return category_set::from_words(nato_rank < 8 ? excluded_by_nato_rank[static_cast<std::size_t>(nato_rank)] : 0);
}

inline constexpr category_set restrictive_categories = [] {
  category_set s = all_compartments;
  for (const category_info& info : categories)
    if (info.kind == category_kind::restrictive) s.insert(info.id);
  return s;
}();

static_assert([] {
  for (const category_info& info : categories) {
    const int i = static_cast<int>(info.id);
    if (i < 0 || i >= first_compartment_bit || info.id == category::invalid || info.name.empty() ||
        info.source.ref.empty() || info.min_nato_rank < 0 || info.min_nato_rank >= 8)
      return false;
  }
  return true;
}(), "categories: library categories must use bits 0..15, carry a name and a source, and have a "
    "minimum NATO rank of 0..7");

}  // namespace clearance
