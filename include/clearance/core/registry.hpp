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
#include <type_traits>

#include "found.hpp"
#include "parties.hpp"
#include "quiet_shadow.hpp"
#include "scheme.hpp"
#include "slice.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0 {

/// The schemes of a registry, in order. A null entry (a registry built at run time over storage
/// with a hole) is passed over, so it names no scheme; at compile time reading one is an error
/// (testing it there would fail under g++'s null sanitizer), as for channel catalogues.
class scheme_list {
 public:
  class iterator {
   public:
    constexpr iterator(const scheme* const* at, const scheme* const* end) noexcept : at_(at), end_(end) { skip(); }
    constexpr const scheme* operator*() const noexcept { return *at_; }
    constexpr iterator& operator++() noexcept {
      ++at_;
      skip();
      return *this;
    }
    friend constexpr bool operator==(const iterator& a, const iterator& b) noexcept { return a.at_ == b.at_; }

   private:
    constexpr void skip() noexcept {
      if (!std::is_constant_evaluated())
        while (at_ != end_ && *at_ == nullptr) ++at_;
    }
    const scheme* const* at_;
    const scheme* const* end_;
  };

  constexpr explicit scheme_list(slice<const scheme* const> entries) noexcept : entries_(entries) {}
  [[nodiscard]] constexpr iterator begin() const noexcept {
    return {entries_.data(), entries_.data() + entries_.size()};
  }
  [[nodiscard]] constexpr iterator end() const noexcept {
    return {entries_.data() + entries_.size(), entries_.data() + entries_.size()};
  }
  /// The entries as given, null ones too: for a constant registry, whose entries never are.
  [[nodiscard]] constexpr std::size_t size() const noexcept { return entries_.size(); }
  [[nodiscard]] constexpr const scheme* operator[](std::size_t i) const noexcept { return entries_[i]; }

 private:
  slice<const scheme* const> entries_;
};

class registry {
 public:
  /// The schemes in `schemes`, searched in order (the first of an id is found); a null entry
  /// names no scheme. `index`, when given, is an open-addressed table of positions plus one
  /// (0: an empty slot), probed from `id % index.size()` on: see registry_of. A position outside
  /// `schemes` or a full table finds nothing, never reads outside.
  constexpr explicit registry(slice<const scheme* const> schemes, slice<const std::uint16_t> index = {}) noexcept
      : schemes_(schemes), index_(index) {}

  [[nodiscard]] constexpr scheme_list schemes() const noexcept { return scheme_list{schemes_}; }

  /// The scheme with this id; nothing for a scheme the registry does not hold, never guessed.
  [[nodiscard]] constexpr found<scheme> find(scheme_id id) const noexcept {
    if (index_.empty()) {
      for (const scheme* s : schemes())
        if (s->id == id) return *s;
      return {};
    }
    std::size_t slot = slot_of(id, index_.size());
    for (std::size_t probes = 0; probes < index_.size(); ++probes, slot = (slot + 1) % index_.size()) {
      const std::size_t position = index_[slot];
      if (position == 0 || position > schemes_.size()) return {};
      const scheme* s = schemes_[position - 1];
      if (!std::is_constant_evaluated() && s == nullptr) return {};
      if (s->id == id) return *s;
    }
    return {};
  }

  /// The current national scheme of a country (not an earlier edition), or nothing.
  [[nodiscard]] constexpr found<scheme> national_scheme_of(party country) const noexcept {
    if (country == party::none) return {};
    for (const scheme* s : schemes())
      if (s->owner == country && !s->in_use.until.known()) return *s;
    return {};
  }

  static constexpr std::size_t slot_of(scheme_id id, std::size_t slots) noexcept {
    return static_cast<std::size_t>(static_cast<unsigned>(id)) % slots;
  }

 private:
  slice<const scheme* const> schemes_;
  slice<const std::uint16_t> index_;
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
constexpr found<correspondence> find_row(slice<const correspondence> rows, int from) noexcept {
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

}  // namespace clearance::inline v0

CLEARANCE_DETAIL_QUIET_SHADOW_END
