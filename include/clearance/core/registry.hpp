// SPDX-License-Identifier: MIT
//
// A registry: the schemes a host works with, handed to every decision, conversion and marking.
// The library holds no list of its own: a host composes one from the data headers it includes
// and its own schemes, and pays for nothing else.
//
//     #include <clearance/data/nato.hpp>
//     #include <clearance/data/nld.hpp>
//     #include "acme_scheme.hpp"  // the host's own: the same types as data/*.hpp
//     inline constexpr const clearance::registry& schemes =
//         clearance::registry_of<clearance::nato::scheme, clearance::nld::scheme, acme::scheme>;
//
// A registry only views its schemes: a constant one views constant data, a policy loaded at run
// time views the storage its owner keeps alive. The same functions take either; with a constant
// registry they are constant expressions. <clearance/clearance.hpp> registers every built-in
// scheme (data/schemes.hpp) and keeps the calls without a registry.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

#include "found.hpp"
#include "parties.hpp"
#include "quiet_shadow.hpp"
#include "scheme.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance {

class registry {
 public:
  /// The schemes in `schemes`, searched in order (the first of an id is found). `index`, when
  /// given, is an open-addressed table of positions plus one (0: an empty slot), probed from
  /// `id % index.size()` on, with at least one slot empty: see registry_of.
  constexpr explicit registry(std::span<const scheme* const> schemes,
                              std::span<const std::uint16_t> index = {}) noexcept
      : schemes_(schemes), index_(index) {}

  [[nodiscard]] constexpr std::span<const scheme* const> schemes() const noexcept { return schemes_; }

  /// The scheme with this id; nothing for a scheme the registry does not hold, never guessed.
  [[nodiscard]] constexpr found<scheme> find(scheme_id id) const noexcept {
    if (index_.empty()) {
      for (const scheme* s : schemes_)
        if (s->id == id) return *s;
      return {};
    }
    for (std::size_t slot = slot_of(id, index_.size());; slot = (slot + 1) % index_.size()) {
      const std::size_t position = index_[slot];
      if (position == 0) return {};
      if (schemes_[position - 1]->id == id) return *schemes_[position - 1];
    }
  }

  /// The current national scheme of a country (not an earlier edition), or nothing.
  [[nodiscard]] constexpr found<scheme> national_scheme_of(party country) const noexcept {
    if (country == party::none) return {};
    for (const scheme* s : schemes_)
      if (s->owner == country && !s->in_use.until.known()) return *s;
    return {};
  }

  static constexpr std::size_t slot_of(scheme_id id, std::size_t slots) noexcept {
    return static_cast<std::size_t>(static_cast<unsigned>(id)) % slots;
  }

 private:
  std::span<const scheme* const> schemes_;
  std::span<const std::uint16_t> index_;
};

namespace detail {
template <const scheme&... S>
struct registry_tables {
  static constexpr std::size_t count = sizeof...(S);
  static constexpr std::size_t slots = 2 * count + 1;
  static constexpr const scheme* list[count] = {&S...};
  static constexpr std::array<std::uint16_t, slots> index = [] {
    std::array<std::uint16_t, slots> out{};
    for (std::size_t i = 0; i < count; ++i) {
      std::size_t slot = registry::slot_of(list[i]->id, slots);
      while (out[slot] != 0) slot = (slot + 1) % slots;
      out[slot] = static_cast<std::uint16_t>(i + 1);
    }
    return out;
  }();
};
}  // namespace detail

/// A constant registry of the schemes S (at least one), with an index by id.
template <const scheme& First, const scheme&... Rest>
inline constexpr registry registry_of{detail::registry_tables<First, Rest...>::list,
                                      detail::registry_tables<First, Rest...>::index};

/// The level of `s` with this rank, or nothing.
constexpr found<level_info> find_level(const scheme& s, int rank) noexcept {
  for (const level_info& info : s.levels)
    if (info.rank == rank) return info;
  return {};
}

constexpr found<level_info> find_level(const registry& reg, level lv) noexcept {
  const found<scheme> s = reg.find(lv.scheme);
  return s ? find_level(*s, lv.rank) : found<level_info>{};
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

CLEARANCE_DETAIL_QUIET_SHADOW_END
