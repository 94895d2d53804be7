// SPDX-License-Identifier: MIT
//
// Data: the parties information can be released to (countries and organisations), and the
// memberships that a releasability value such as "NATO" stands for.
//
// Sources for the memberships:
//   NATO  - the 32 Allies (Finland since 2023-04-04, Sweden since 2024-03-07): nato.int member
//           list as reported by difesaonline.it 2024-03-07 and The National 2023-04-04 [S].
//   EU    - the 27 Member States: the rows of the Council Decision 2013/488/EU Appendix B table,
//           domain-brief §1.3 [V] (the United Kingdom left; recital (5) of 2021/1075 [I]).
//   EAPC  - NATO Allies plus partner countries (nato.int press info 1997-07-04 [S]); the partners
//           held here are those a public page lists among all OSCE states except Andorra,
//           Liechtenstein, Malta, Monaco, San Marino, Vatican, Cyprus, Mongolia [S]. Malta's
//           status is contradictory between pages, so Malta is left out (deny by default).
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "found.hpp"
#include "provenance.hpp"
#include "sets.hpp"

namespace clearance {

/// A country or organisation: the value of a nationality or of a releasability category.
/// Enumerators are bit positions in a `party_set`; `none` is no party.
enum class party : int {
  none = 0,
  // organisations and groups (releasability values that are not countries)
  nato, eu, eapc,
  // countries, ISO 3166-1 alpha-3
  alb, aut, bel, bgr, can, che, cyp, cze, deu, dnk, esp, est, fin, fra, gbr, grc, hrv,
  hun, irl, isl, ita, jpn, ltu, lux, lva, mkd, mlt, mne, nld, nor, pol, prt, rou, svk,
  svn, swe, tur, ukr, usa,
};

/// A set of parties; an out-of-range party value becomes `none`, which no label may hold.
using party_set = enum_set<party, 0>;

enum class party_kind : int { country, organisation };

struct party_info {
  party id{};
  std::string_view code{};  ///< ISO 3166-1 alpha-3 for countries; the marking word for groups
  std::string_view name{};  ///< English short name, as in "Releasable to Japan, Switzerland"
  party_kind kind{};
  party_set member_of{};    ///< groups the party belongs to (a "REL TO NATO" label includes it)
  citation source{};
};

namespace parties_detail {
inline constexpr citation nato_eu{"NATO: 32 Allies (nato.int, 2024); EU: domain-brief §1.3 (2013/488 App. B)",
                                  confidence::verified};
inline constexpr citation nato_only{"NATO: 32 Allies (nato.int, 2024); not an EU Member State",
                                    confidence::secondary};
inline constexpr citation eu_only{"EU: domain-brief §1.3 (2013/488 App. B); not a NATO Ally",
                                  confidence::verified};
inline constexpr citation eapc_partner{"EAPC partner: nato.int press info 1997-07-04; OSCE-based list [S]",
                                       confidence::secondary};
inline constexpr citation spif_value{"domain-brief §3: NATO sample SPIF 'Releasable To' value",
                                     confidence::verified};
using enum party;
inline constexpr party_set natoeu{nato, eu, eapc};
inline constexpr party_set natoonly{nato, eapc};
}  // namespace parties_detail

/// The party catalogue, indexed by `party` (row i describes the party with value i).
inline constexpr std::array<party_info, 43> parties = [] {
  using enum party;
  using enum party_kind;
  using namespace parties_detail;
  return std::array<party_info, 43>{{
      {none, "", "no party", organisation, {}, {"library: the absence of a party", confidence::verified}},
      {nato, "NATO", "NATO", organisation, {}, spif_value},
      {eu, "EU", "European Union", organisation, {}, {"Council Decision 2013/488/EU", confidence::verified}},
      {eapc, "EAPC", "EAPC", organisation, {}, spif_value},
      {alb, "ALB", "Albania", country, natoonly, nato_only},
      {aut, "AUT", "Austria", country, {eu, eapc}, eapc_partner},
      {bel, "BEL", "Belgium", country, natoeu, nato_eu},
      {bgr, "BGR", "Bulgaria", country, natoeu, nato_eu},
      {can, "CAN", "Canada", country, natoonly, nato_only},
      {che, "CHE", "Switzerland", country, {eapc}, eapc_partner},
      {cyp, "CYP", "Cyprus", country, {eu}, eu_only},
      {cze, "CZE", "Czechia", country, natoeu, nato_eu},
      {deu, "DEU", "Germany", country, natoeu, nato_eu},
      {dnk, "DNK", "Denmark", country, natoeu, nato_eu},
      {esp, "ESP", "Spain", country, natoeu, nato_eu},
      {est, "EST", "Estonia", country, natoeu, nato_eu},
      {fin, "FIN", "Finland", country, natoeu, nato_eu},
      {fra, "FRA", "France", country, natoeu, nato_eu},
      {gbr, "GBR", "United Kingdom", country, natoonly, nato_only},
      {grc, "GRC", "Greece", country, natoeu, nato_eu},
      {hrv, "HRV", "Croatia", country, natoeu, nato_eu},
      {hun, "HUN", "Hungary", country, natoeu, nato_eu},
      {irl, "IRL", "Ireland", country, {eu, eapc}, eapc_partner},
      {isl, "ISL", "Iceland", country, natoonly, nato_only},
      {ita, "ITA", "Italy", country, natoeu, nato_eu},
      {jpn, "JPN", "Japan", country, {}, {"domain-brief §4: ADatP-4774 Table 17 example", confidence::verified}},
      {ltu, "LTU", "Lithuania", country, natoeu, nato_eu},
      {lux, "LUX", "Luxembourg", country, natoeu, nato_eu},
      {lva, "LVA", "Latvia", country, natoeu, nato_eu},
      {mkd, "MKD", "North Macedonia", country, natoonly, nato_only},
      {mlt, "MLT", "Malta", country, {eu}, eu_only},
      {mne, "MNE", "Montenegro", country, natoonly, nato_only},
      {nld, "NLD", "Netherlands", country, natoeu, nato_eu},
      {nor, "NOR", "Norway", country, natoonly, nato_only},
      {pol, "POL", "Poland", country, natoeu, nato_eu},
      {prt, "PRT", "Portugal", country, natoeu, nato_eu},
      {rou, "ROU", "Romania", country, natoeu, nato_eu},
      {svk, "SVK", "Slovakia", country, natoeu, nato_eu},
      {svn, "SVN", "Slovenia", country, natoeu, nato_eu},
      {swe, "SWE", "Sweden", country, natoeu, nato_eu},
      {tur, "TUR", "Türkiye", country, natoonly, nato_only},
      {ukr, "UKR", "Ukraine", country, {eapc}, eapc_partner},
      {usa, "USA", "United States", country, natoonly, nato_only},
  }};
}();

/// The catalogue row of a party; nothing for a value outside the catalogue.
constexpr found<party_info> find_party(party p) noexcept {
  const int i = static_cast<int>(p);
  if (i < 0 || i >= static_cast<int>(parties.size())) return {};
  return parties[static_cast<std::size_t>(i)];
}

/// Every party value the catalogue defines (`none` excluded).
inline constexpr party_set defined_parties = [] {
  party_set s{};
  for (const party_info& p : parties)
    if (p.id != party::none) s.insert(p.id);
  return s;
}();

/// For each party value, the countries that are members of it (none for a country), as masks:
/// g++ 12 rejects copying a party_set out of a constexpr array in constant evaluation.
inline constexpr std::array<std::uint64_t, 64> members_of = [] {
  std::array<std::uint64_t, 64> out{};
  for (const party_info& p : parties)
    if (p.kind == party_kind::country)
      for (const party_info& group : parties)
        if (p.member_of.contains(group.id)) out[static_cast<std::size_t>(group.id)] |= party_set::bit(p.id);
  return out;
}();

/// The party values that have members: the groups.
inline constexpr std::uint64_t group_bits = [] {
  std::uint64_t bits = 0;
  for (std::size_t i = 0; i < members_of.size(); ++i)
    if (members_of[i] != 0) bits |= std::uint64_t{1} << i;
  return bits;
}();

/// The set with each group value extended by its members: {NATO} becomes {NATO, ALB, BEL, ...}.
/// Idempotent; the normal form of a label's releasability.
constexpr party_set expand(party_set s) noexcept {
  party_set out = s;
  for (std::uint64_t rest = s.bits & group_bits; rest != 0; rest &= rest - 1)
    out.bits |= members_of[static_cast<std::size_t>(std::countr_zero(rest))];
  return out;
}

// The table must be indexed by value and name every enumerator.
static_assert([] {
  for (std::size_t i = 0; i < parties.size(); ++i)
    if (static_cast<std::size_t>(parties[i].id) != i || (i != 0 && parties[i].code.empty())) return false;
  return static_cast<int>(parties.back().id) < 64;
}(), "parties: rows must be indexed by their party value and fit in 64 bits");

}  // namespace clearance
