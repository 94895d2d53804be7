// SPDX-License-Identifier: MIT
//
// The schemes the library knows. Adding a scheme: write data/<scheme>.hpp and list it here.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

#include "data/aut.hpp"
#include "data/bel.hpp"
#include "data/bgr.hpp"
#include "data/cyp.hpp"
#include "data/cze.hpp"
#include "data/deu.hpp"
#include "data/dnk.hpp"
#include "data/esp.hpp"
#include "data/est.hpp"
#include "data/eu.hpp"
#include "data/fin.hpp"
#include "data/fra.hpp"
#include "data/fra_pre2021.hpp"
#include "data/gbr.hpp"
#include "data/gbr_pre2014.hpp"
#include "data/grc.hpp"
#include "data/hrv.hpp"
#include "data/hun.hpp"
#include "data/irl.hpp"
#include "data/ita.hpp"
#include "data/ltu.hpp"
#include "data/lux.hpp"
#include "data/lva.hpp"
#include "data/mlt.hpp"
#include "data/nato.hpp"
#include "data/nld.hpp"
#include "data/pol.hpp"
#include "data/prt.hpp"
#include "data/rou.hpp"
#include "data/svk.hpp"
#include "data/svn.hpp"
#include "data/swe.hpp"
#include "data/swe_pre2019.hpp"
#include "data/usa.hpp"
#include "scheme.hpp"

namespace clearance {

// National schemes after NATO and the EU; earlier editions last.
inline constexpr std::array<const scheme*, 34> known_schemes{
    &nato::scheme, &eu::scheme, &nld::scheme, &bel::scheme, &deu::scheme, &cze::scheme, &bgr::scheme,
    &aut::scheme, &cyp::scheme, &dnk::scheme, &esp::scheme, &est::scheme, &fin::scheme, &fra::scheme,
    &grc::scheme, &hrv::scheme, &hun::scheme, &irl::scheme, &ita::scheme, &ltu::scheme, &lux::scheme,
    &lva::scheme, &mlt::scheme, &pol::scheme, &prt::scheme, &rou::scheme, &svk::scheme, &svn::scheme,
    &swe::scheme, &gbr::scheme, &usa::scheme, &fra_pre2021::scheme, &gbr_pre2014::scheme,
    &swe_pre2019::scheme,
};

namespace detail {
/// known_schemes by id, for find_scheme: an open-addressed table holding each scheme's position
/// plus one (0: an empty slot), probed from the slot `id % scheme_slots` on. With at least one
/// slot empty, every probe ends; a scheme listed twice is found at its first position.
inline constexpr std::size_t scheme_slots = 128;
static_assert(known_schemes.size() < scheme_slots && known_schemes.size() < 255);

constexpr std::size_t scheme_slot(scheme_id id) noexcept {
  return static_cast<std::size_t>(static_cast<unsigned>(id)) % scheme_slots;
}

inline constexpr std::array<std::uint8_t, scheme_slots> scheme_index = [] {
  std::array<std::uint8_t, scheme_slots> out{};
  for (std::size_t i = 0; i < known_schemes.size(); ++i) {
    std::size_t slot = scheme_slot(known_schemes[i]->id);
    while (out[slot] != 0) slot = (slot + 1) % scheme_slots;
    out[slot] = static_cast<std::uint8_t>(i + 1);
  }
  return out;
}();
}  // namespace detail

/// The scheme with this id; nothing for an unknown scheme, which is never guessed.
constexpr found<scheme> find_scheme(scheme_id id) noexcept {
  for (std::size_t slot = detail::scheme_slot(id);; slot = (slot + 1) % detail::scheme_slots) {
    const std::size_t position = detail::scheme_index[slot];
    if (position == 0) return {};
    if (known_schemes[position - 1]->id == id) return *known_schemes[position - 1];
  }
}

/// The level of `s` with this rank, or nothing.
constexpr found<level_info> find_level(const scheme& s, int rank) noexcept {
  for (const level_info& info : s.levels)
    if (info.rank == rank) return info;
  return {};
}

constexpr found<level_info> find_level(level lv) noexcept {
  const found<scheme> s = find_scheme(lv.scheme);
  return s ? find_level(*s, lv.rank) : found<level_info>{};
}

/// The current national scheme of a country (not an earlier edition), or nothing.
constexpr found<scheme> national_scheme_of(party country) noexcept {
  if (country == party::none) return {};
  for (const scheme* s : known_schemes)
    if (s->owner == country && !s->in_use.until.known()) return *s;
  return {};
}

/// The row of `rows` for level `from`, or nothing.
constexpr found<correspondence> find_row(std::span<const correspondence> rows, int from) noexcept {
  for (const correspondence& r : rows)
    if (r.from == from) return r;
  return {};
}

/// The grade row of `rules`, or nothing.
constexpr found<clearance_grade> find_grade(const personnel_rules& rules, int grade) noexcept {
  for (const clearance_grade& g : rules.grades)
    if (g.grade == grade) return g;
  return {};
}

}  // namespace clearance
