// SPDX-License-Identifier: MIT
//
// The schemes the library knows. Adding a scheme: write data/<scheme>.hpp and list it here.
#pragma once

#include <array>

#include "data/bel.hpp"
#include "data/bgr.hpp"
#include "data/cze.hpp"
#include "data/deu.hpp"
#include "data/eu.hpp"
#include "data/nato.hpp"
#include "data/nld.hpp"
#include "scheme.hpp"

namespace clearance {

inline constexpr std::array<const scheme*, 7> known_schemes{
    &nato::scheme, &eu::scheme, &nld::scheme, &bel::scheme, &deu::scheme, &cze::scheme, &bgr::scheme,
};

/// The scheme with this id, or nullptr: an unknown scheme is never guessed.
constexpr const scheme* find_scheme(scheme_id id) noexcept {
  for (const scheme* s : known_schemes)
    if (s->id == id) return s;
  return nullptr;
}

/// The level of `s` with this rank, or nullptr.
constexpr const level_info* find_level(const scheme& s, int rank) noexcept {
  for (const level_info& info : s.levels)
    if (info.rank == rank) return &info;
  return nullptr;
}

constexpr const level_info* find_level(level lv) noexcept {
  const scheme* s = find_scheme(lv.scheme);
  return s ? find_level(*s, lv.rank) : nullptr;
}

/// The national scheme owned by a country, or nullptr.
constexpr const scheme* national_scheme_of(party country) noexcept {
  if (country == party::none) return nullptr;
  for (const scheme* s : known_schemes)
    if (s->owner == country) return s;
  return nullptr;
}

/// The mapping table of `s` towards `hub`, or nullptr.
constexpr const mapping_table* find_mapping(const scheme& s, scheme_id hub) noexcept {
  for (const mapping_table& t : s.mappings)
    if (t.hub == hub) return &t;
  return nullptr;
}

/// The row of `rows` for level `from`, or nullptr.
constexpr const correspondence* find_row(std::span<const correspondence> rows, int from) noexcept {
  for (const correspondence& r : rows)
    if (r.from == from) return &r;
  return nullptr;
}

/// The grade row of `rules`, or nullptr.
constexpr const clearance_grade* find_grade(const personnel_rules& rules, int grade) noexcept {
  for (const clearance_grade& g : rules.grades)
    if (g.grade == grade) return &g;
  return nullptr;
}

}  // namespace clearance
