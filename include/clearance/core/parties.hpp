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
//
// The values are those of the sample NATO policy's Releasable To tag set (ADatP-4774 sample
// SPIF, policy 1.3.26.1.3.1): 76 countries with their ISO 3166-1 numeric codes and French names,
// and 14 organisations, groups and missions (ISAF, KFOR, RESOLUTE SUPPORT, ...) whose members
// are not sourced: they stand for no country, and a person matches them by serving with them
// (person::serves_with). The EU and Cyprus are added for the EU scheme. Where a country's name
// changed after the sample (2015), the current English short name is used.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "found.hpp"
#include "provenance.hpp"
#include "sets.hpp"
#include "sort.hpp"

namespace clearance::inline v0 {

/// A country or organisation: the value of a nationality or of a releasability category.
/// Enumerators are bit positions in a `party_set`; `none` is no party.
enum class party : int {
  // clang-format off: a table, laid out by hand
  none = 0,
  // organisations, groups and missions (releasability values that are not countries)
  nato, eu, eapc, isaf, ip, ici, kfor, md, patg, pfp, resolute_support, parp, ngc, nuc, nrc,
  // countries, ISO 3166-1 alpha-3
  afg, alb, are, arm, aus, aut, aze, bel, bgr, bhr, bih, blr, can, che, col, cyp, cze, deu, dnk,
  dza, egy, esp, est, fin, fra, gbr, geo, grc, hrv, hun, irl, irq, isl, isr, ita, jor, jpn, kaz,
  kgz, kor, kwt, ltu, lux, lva, mar, mda, mkd, mlt, mne, mng, mrt, mys, nld, nor, nzl, omn, pak,
  pol, prt, qat, rou, rus, sau, sgp, slv, srb, svk, svn, swe, tjk, tkm, ton, tun, tur, ukr, usa,
  uzb,
  // clang-format on
};

/// A set of parties; an out-of-range party value becomes `none`, which no label may hold.
/// 128 values: the sample NATO policy alone has 90 releasability values (ADatP-4774 sample SPIF).
using party_set = enum_set<party, 0, 2>;

enum class party_kind : int { country, organisation };

struct party_info {
  party id{};
  std::string_view code{};    ///< ISO 3166-1 alpha-3 for countries; the marking word for organisations
  int number{};               ///< ISO 3166-1 numeric for countries; the sample NATO policy's code
                              ///< (lacv) for its organisations; 0: none sourced
  std::string_view name{};    ///< English short name, as in "Releasable to Japan, Switzerland"
  std::string_view french{};  ///< French name, as in "Communicable a Japon"; empty: none sourced
  party_kind kind{};
  party_set member_of{};  ///< groups the party belongs to (a "REL TO NATO" label includes it)
  citation source{};
};

namespace parties_detail {
inline constexpr citation nato_eu{
    "NATO: 32 Allies (nato.int, 2024); EU: domain-brief §1.3 (2013/488 App. B); "
    "ISO 3166 numeric code and French name: ADatP-4774 sample SPIF, Releasable To",
    confidence::verified};
inline constexpr citation nato_only{
    "NATO: 32 Allies (nato.int, 2024); not an EU Member State; "
    "code and French name: ADatP-4774 sample SPIF, Releasable To",
    confidence::secondary};
inline constexpr citation eu_only{
    "EU: domain-brief §1.3 (2013/488 App. B); not a NATO Ally; "
    "code and French name: ADatP-4774 sample SPIF, Releasable To (Cyprus: ISO 3166-1)",
    confidence::verified};
inline constexpr citation eapc_partner{
    "EAPC partner: nato.int press info 1997-07-04; OSCE-based list [S]; "
    "code and French name: ADatP-4774 sample SPIF, Releasable To",
    confidence::secondary};
/// A country of the sample policy's Releasable To tag set that belongs to no group held here.
inline constexpr citation spif_country{"ADatP-4774 sample SPIF, Releasable To (ISO 3166 numeric lacv)",
                                       confidence::verified};
/// An organisation, group or mission of the sample policy's Releasable To tag set; its members are
/// not sourced, so it stands for no country (a person matches it by serving with it).
inline constexpr citation spif_value{"domain-brief §3; ADatP-4774 sample SPIF, Releasable To (lacv 1001-2301)",
                                     confidence::verified};
using enum party;
inline constexpr party_set natoeu{nato, eu, eapc};
inline constexpr party_set natoonly{nato, eapc};
}  // namespace parties_detail

/// The party catalogue, indexed by `party` (row i describes the party with value i).
inline constexpr std::array<party_info, 93> parties = [] {
  using enum party;
  using enum party_kind;
  using namespace parties_detail;
  return std::array<party_info, 93>{{
      {none, "", 0, "no party", "", organisation, {}, {"library: the absence of a party", confidence::verified}},
      {nato, "NATO", 1001, "NATO", "", organisation, {}, spif_value},
      {eu, "EU", 0, "European Union", "", organisation, {}, {"Council Decision 2013/488/EU", confidence::verified}},
      {eapc, "EAPC", 1101, "EAPC", "", organisation, {}, spif_value},
      {isaf, "ISAF", 1201, "ISAF", "", organisation, {}, spif_value},
      {ip, "IP", 1301, "IP", "", organisation, {}, spif_value},
      {ici, "ICI", 1401, "ICI", "", organisation, {}, spif_value},
      {kfor, "KFOR", 1501, "KFOR", "", organisation, {}, spif_value},
      {md, "MD", 1601, "MD", "", organisation, {}, spif_value},
      {patg, "PATG", 1701, "PATG", "", organisation, {}, spif_value},
      {pfp, "PFP", 1801, "PFP", "", organisation, {}, spif_value},
      {resolute_support, "RESOLUTE SUPPORT", 1901, "RESOLUTE SUPPORT", "", organisation, {}, spif_value},
      {parp, "PARP", 2001, "PARP", "", organisation, {}, spif_value},
      {ngc, "NGC", 2101, "NGC", "", organisation, {}, spif_value},
      {nuc, "NUC", 2201, "NUC", "", organisation, {}, spif_value},
      {nrc, "NRC", 2301, "NRC", "", organisation, {}, spif_value},
      {afg, "AFG", 4, "Afghanistan", "Afghanistan", country, {}, spif_country},
      {alb, "ALB", 8, "Albania", "Albanie", country, natoonly, nato_only},
      {are, "ARE", 784, "United Arab Emirates", "Émirats Arabes Unis", country, {}, spif_country},
      {arm, "ARM", 51, "Armenia", "Arménie", country, {eapc}, eapc_partner},
      {aus, "AUS", 36, "Australia", "Australie", country, {}, spif_country},
      {aut, "AUT", 40, "Austria", "Autriche", country, {eu, eapc}, eapc_partner},
      {aze, "AZE", 31, "Azerbaijan", "Azerbaïdjan", country, {eapc}, eapc_partner},
      {bel, "BEL", 56, "Belgium", "Belgique", country, natoeu, nato_eu},
      {bgr, "BGR", 100, "Bulgaria", "Bulgarie", country, natoeu, nato_eu},  // sample SPIF code "BLG"
      {bhr, "BHR", 48, "Bahrain", "Bahreïn", country, {}, spif_country},
      {bih, "BIH", 70, "Bosnia and Herzegovina", "Bosnie-Herzégovine", country, {eapc}, eapc_partner},
      {blr, "BLR", 112, "Belarus", "Bélarus", country, {eapc}, eapc_partner},
      {can, "CAN", 124, "Canada", "Canada", country, natoonly, nato_only},
      {che, "CHE", 756, "Switzerland", "Suisse", country, {eapc}, eapc_partner},
      {col, "COL", 170, "Colombia", "Colombie", country, {}, spif_country},
      {cyp, "CYP", 196, "Cyprus", "", country, {eu}, eu_only},
      {cze, "CZE", 203, "Czechia", "Tchèque, République", country, natoeu,
       nato_eu},  // sample SPIF (2015): "Czech Republic"
      {deu, "DEU", 276, "Germany", "Allemagne", country, natoeu, nato_eu},
      {dnk, "DNK", 208, "Denmark", "Danemark", country, natoeu, nato_eu},
      {dza, "DZA", 12, "Algeria", "Algérie", country, {}, spif_country},
      {egy, "EGY", 818, "Egypt", "Égypte", country, {}, spif_country},
      {esp, "ESP", 724, "Spain", "Espagne", country, natoeu, nato_eu},
      {est, "EST", 233, "Estonia", "Estonie", country, natoeu, nato_eu},
      {fin, "FIN", 246, "Finland", "Finlande", country, natoeu, nato_eu},
      {fra, "FRA", 250, "France", "France", country, natoeu, nato_eu},
      {gbr, "GBR", 826, "United Kingdom", "Royaume-Uni", country, natoonly, nato_only},
      {geo, "GEO", 268, "Georgia", "Géorgie", country, {eapc}, eapc_partner},
      {grc, "GRC", 300, "Greece", "Grèce", country, natoeu, nato_eu},
      {hrv, "HRV", 191, "Croatia", "Croatie", country, natoeu, nato_eu},
      {hun, "HUN", 348, "Hungary", "Hongrie", country, natoeu, nato_eu},
      {irl, "IRL", 372, "Ireland", "Irlande", country, {eu, eapc}, eapc_partner},
      {irq, "IRQ", 368, "Iraq", "Iraq", country, {}, spif_country},
      {isl, "ISL", 352, "Iceland", "Islande", country, natoonly, nato_only},
      {isr, "ISR", 376, "Israel", "Israël", country, {}, spif_country},
      {ita, "ITA", 380, "Italy", "Italie", country, natoeu, nato_eu},
      {jor, "JOR", 400, "Jordan", "Jordanie", country, {}, spif_country},
      {jpn, "JPN", 392, "Japan", "Japon", country, {}, spif_country},
      {kaz, "KAZ", 398, "Kazakhstan", "Kazakhstan", country, {eapc}, eapc_partner},
      {kgz, "KGZ", 417, "Kyrgyzstan", "Kirghizistan", country, {eapc}, eapc_partner},
      {kor, "KOR", 410, "Korea, Republic of", "Corée, République de", country, {}, spif_country},
      {kwt, "KWT", 414, "Kuwait", "Koweït", country, {}, spif_country},
      {ltu, "LTU", 440, "Lithuania", "Lituanie", country, natoeu, nato_eu},
      {lux, "LUX", 442, "Luxembourg", "Luxembourg", country, natoeu, nato_eu},
      {lva, "LVA", 428, "Latvia", "Lettonie", country, natoeu, nato_eu},
      {mar, "MAR", 504, "Morocco", "Maroc", country, {}, spif_country},
      {mda, "MDA", 498, "Moldova, Republic of", "Moldova, République de", country, {eapc}, eapc_partner},
      {mkd, "MKD", 807, "North Macedonia", "Macédoine, l'Ex-république Yougoslave de", country, natoonly,
       nato_only},  // sample SPIF (2015): "Macedonia, the former Yugoslav Republic of"  // sample SPIF code "FYR"
      {mlt, "MLT", 470, "Malta", "Malte", country, {eu}, eu_only},
      {mne, "MNE", 499, "Montenegro", "Monténégro", country, natoonly, nato_only},
      {mng, "MNG", 496, "Mongolia", "Mongolie", country, {}, spif_country},
      {mrt, "MRT", 478, "Mauritania", "Mauritanie", country, {}, spif_country},
      {mys, "MYS", 458, "Malaysia", "Malaisie", country, {}, spif_country},
      {nld, "NLD", 528, "Netherlands", "Pays-Bas", country, natoeu, nato_eu},
      {nor, "NOR", 578, "Norway", "Norvège", country, natoonly, nato_only},
      {nzl, "NZL", 554, "New Zealand", "Nouvelle-Zélande", country, {}, spif_country},
      {omn, "OMN", 512, "Oman", "Oman", country, {}, spif_country},
      {pak, "PAK", 586, "Pakistan", "Pakistan", country, {}, spif_country},
      {pol, "POL", 616, "Poland", "Pologne", country, natoeu, nato_eu},
      {prt, "PRT", 620, "Portugal", "Portugal", country, natoeu, nato_eu},
      {qat, "QAT", 634, "Qatar", "Qatar", country, {}, spif_country},
      {rou, "ROU", 642, "Romania", "Roumanie", country, natoeu, nato_eu},
      {rus, "RUS", 643, "Russian Federation", "Russie, Fédération de", country, {eapc}, eapc_partner},
      {sau, "SAU", 682, "Saudi Arabia", "Arabie Saoudite", country, {}, spif_country},
      {sgp, "SGP", 702, "Singapore", "Singapour", country, {}, spif_country},
      {slv, "SLV", 222, "El Salvador", "El Salvador", country, {}, spif_country},
      {srb, "SRB", 688, "Serbia", "Serbie", country, {eapc}, eapc_partner},
      {svk, "SVK", 703, "Slovakia", "Slovaquie", country, natoeu, nato_eu},
      {svn, "SVN", 705, "Slovenia", "Slovénie", country, natoeu, nato_eu},
      {swe, "SWE", 752, "Sweden", "Suède", country, natoeu, nato_eu},
      {tjk, "TJK", 762, "Tajikistan", "Tadjikistan", country, {eapc}, eapc_partner},
      {tkm, "TKM", 795, "Turkmenistan", "Turkménistan", country, {eapc}, eapc_partner},
      {ton, "TON", 776, "Tonga", "Tonga", country, {}, spif_country},
      {tun, "TUN", 788, "Tunisia", "Tunisie", country, {}, spif_country},
      {tur, "TUR", 792, "Türkiye", "Turquie", country, natoonly, nato_only},  // sample SPIF (2015): "Turkey"
      {ukr, "UKR", 804, "Ukraine", "Ukraine", country, {eapc}, eapc_partner},
      {usa, "USA", 840, "United States", "États-Unis", country, natoonly,
       nato_only},  // sample SPIF (2015): "United States of America"
      {uzb, "UZB", 860, "Uzbekistan", "Ouzbékistan", country, {eapc}, eapc_partner},
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

/// Every organisation, group and mission: what a person may serve with.
inline constexpr party_set organisations = [] {
  party_set s{};
  for (const party_info& p : parties)
    if (p.id != party::none && p.kind == party_kind::organisation) s.insert(p.id);
  return s;
}();

/// For each party value, the countries that are members of it (none for a country).
inline constexpr std::array<party_set, parties.size()> members_of = [] {
  std::array<party_set, parties.size()> out{};
  for (const party_info& p : parties)
    if (p.kind == party_kind::country)
      p.member_of.for_each([&](party group) {
        if (static_cast<std::size_t>(group) < out.size()) out[static_cast<std::size_t>(group)].insert(p.id);
      });
  return out;
}();

/// The party values that have members: the groups.
inline constexpr party_set groups = [] {
  party_set s{};
  for (std::size_t i = 0; i < members_of.size(); ++i)
    if (!members_of[i].empty()) s.insert(static_cast<party>(i));
  return s;
}();

/// The set with each group value extended by its members: {NATO} becomes {NATO, ALB, BEL, ...}.
/// Idempotent; the normal form of a label's releasability.
constexpr party_set expand(party_set s) noexcept {
  party_set out = s;
  (s & groups).for_each([&](party g) { out = out | members_of[static_cast<std::size_t>(g)]; });
  return out;
}

/// The set with each party extended by the groups it belongs to: {NLD} becomes {NLD, NATO, EU,
/// EAPC}. What a holder matches in a label's releasability (see holdings(person)).
constexpr party_set with_groups(party_set s) noexcept {
  party_set out = s;
  s.for_each([&](party p) {
    if (const found<party_info> info = find_party(p)) out = out | info->member_of;
  });
  return out;
}

/// The shortest spelling of a set: each group whose members are all present stands for them
/// ({NATO, ALB, BEL, ...} becomes {NATO}); the inverse of expand on expanded sets.
constexpr party_set collapse(party_set s) noexcept {
  party_set out = s;
  (s & groups).for_each([&](party g) {
    if (s.includes(members_of[static_cast<std::size_t>(g)])) out = out - members_of[static_cast<std::size_t>(g)];
  });
  return out;
}

/// The catalogue's parties in the order markings list them: by number (ISO 3166 numeric, then the
/// organisations' codes), those without a number last (the order of the sample NATO policy's
/// display markings: "Japan, Switzerland, Ukraine"; ADatP-4774 Table 17).
inline constexpr std::array<party, parties.size() - 1> parties_by_number = [] {
  // Each key once, before sorting: an ISO number sorts before every organisation's code (1001 and
  // up), and a party without a number after all; the row breaks ties, so the order is the table's.
  constexpr std::size_t n = parties.size() - 1;  // `none` is left out
  std::array<long, n> key{};
  for (std::size_t i = 0; i < n; ++i) {
    const long number = parties[i + 1].number;
    key[i] = (number == 0 ? 1L << 20 : number) * 128 + static_cast<long>(i);
  }
  detail::heap_sort(key.data(), n, [](long a, long b) { return a < b; });
  std::array<party, n> out{};
  for (std::size_t i = 0; i < n; ++i) out[i] = parties[static_cast<std::size_t>(key[i] % 128) + 1].id;
  return out;
}();
static_assert(parties.size() - 1 <= 128, "parties_by_number: the row must fit in the key's low 7 bits");

/// Each party's position in parties_by_number.
inline constexpr std::array<int, parties.size()> position_by_number = [] {
  std::array<int, parties.size()> out{};
  for (std::size_t i = 0; i < parties_by_number.size(); ++i)
    out[static_cast<std::size_t>(parties_by_number[i])] = static_cast<int>(i);
  return out;
}();

// The table must be indexed by value and name every enumerator.
static_assert(
    [] {
      for (std::size_t i = 0; i < parties.size(); ++i)
        if (static_cast<std::size_t>(parties[i].id) != i || (i != 0 && parties[i].code.empty())) return false;
      return static_cast<int>(parties.back().id) < party_set::capacity;
    }(),
    "parties: rows must be indexed by their party value and fit in a party_set");

}  // namespace clearance::inline v0
