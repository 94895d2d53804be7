// SPDX-License-Identifier: MIT
//
// How levels, grades, parties and categories are written in sentences (UTF-8) and in compiler
// diagnostics (ASCII: compilers print other bytes as escapes).
#pragma once

#include <array>

#include "../core/channel.hpp"
#include "../core/categories.hpp"
#include "../core/parties.hpp"
#include "../core/quiet_shadow.hpp"
#include "../core/registry.hpp"
#include "../core/scheme.hpp"
#include "../core/slice.hpp"
#include "../core/text.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0 {

enum class charset : int { utf8, ascii };

namespace detail {
constexpr bool is_ascii(std::string_view s) noexcept {
  for (char c : s)
    if (static_cast<unsigned char>(c) > 0x7F) return false;
  return true;
}
constexpr std::string_view spelling(std::string_view name, std::string_view ascii, charset cs) noexcept {
  return (cs == charset::ascii && !ascii.empty()) ? ascii : name;
}
}  // namespace detail

/// "Stg. GEHEIM"; "scheme 4242 rank 1" for an unknown scheme; "NATO rank 9" for an unknown rank.
template <std::size_t N>
constexpr void append_level(const registry& reg, fixed_text<N>& out, level lv, charset cs = charset::utf8) noexcept {
  const found<scheme> s = reg.find(lv.scheme);
  if (!s) {
    out << "scheme " << static_cast<int>(lv.scheme) << " rank " << lv.rank;
    return;
  }
  if (const found<level_info> info = find_level(*s, lv.rank)) {
    out << detail::spelling(info->name, info->ascii, cs);
    return;
  }
  out << s->code << " rank " << lv.rank;
}

/// The name of a scheme: "Netherlands", or "scheme 4242".
template <std::size_t N>
constexpr void append_scheme(const registry& reg, fixed_text<N>& out, scheme_id id) noexcept {
  if (const found<scheme> s = reg.find(id))
    out << s->name;
  else
    out << "scheme " << static_cast<int>(id);
}

/// "screening C"; "no Netherlands clearance" for grade 0. Names come from the scheme's own table.
template <std::size_t N>
constexpr void append_grade(const registry& reg, fixed_text<N>& out, scheme_id id, int grade,
                            charset cs = charset::utf8) noexcept {
  const found<scheme> s = reg.find(id);
  if (grade <= 0 || !s) {
    out << "no ";
    append_scheme(reg, out, id);
    out << " clearance";
    return;
  }
  if (const found<clearance_grade> g = find_grade(s->personnel, grade)) {
    out << detail::spelling(g->name, g->ascii, cs);
    return;
  }
  out << s->code << " grade " << grade;
}

enum class party_spelling : int { code, name, french };

/// "BEL, NLD" (or "Belgium, Netherlands", "Belgique, Pays-Bas"), in the order of the parties'
/// numbers (ISO 3166 numeric, then the organisations); a group value whose members are all present
/// is written once ("NATO"); values in `hidden` are not written.
template <std::size_t N>
constexpr void append_parties(fixed_text<N>& out, party_set set, party_spelling sp = party_spelling::code,
                              party_set hidden = {}) noexcept {
  if (set.empty()) {
    out << "nobody";
    return;
  }
  const party_set shown = collapse(set) - hidden;
  // The catalogue's members, sorted by number (a list is short: an insertion sort).
  std::array<party, parties.size()> listed{};
  std::size_t n = 0;
  (shown & defined_parties).for_each([&](party p) {
    std::size_t j = n++;
    const int at = position_by_number[static_cast<std::size_t>(p)];
    for (; j > 0 && position_by_number[static_cast<std::size_t>(listed[j - 1])] > at; --j) listed[j] = listed[j - 1];
    listed[j] = p;
  });
  bool first = true;
  for (std::size_t i = 0; i < n; ++i) {
    const party_info& info = parties[static_cast<std::size_t>(listed[i])];
    const std::string_view text = sp == party_spelling::code                             ? info.code
                                  : sp == party_spelling::french && !info.french.empty() ? info.french
                                                                                         : info.name;
    out << (first ? "" : ", ") << text;
    first = false;
  }
  (shown - defined_parties).for_each([&](party p) {  // values outside the catalogue
    out << (first ? "" : ", ") << "party " << static_cast<int>(p);
    first = false;
  });
}

/// The row of category `c`: the catalogue's, or one of `own` (a scheme's own categories).
constexpr found<category_info> find_category(category c, slice<const category_info> own) noexcept {
  if (const found<category_info> info = find_category(c)) return info;
  for (const category_info& info : own)
    if (info.id == c) return info;
  return {};
}

/// "ATOMAL, compartment 3", naming a scheme's own categories from its rows `own`.
template <std::size_t N>
constexpr void append_categories(fixed_text<N>& out, category_set set, slice<const category_info> own = {}) noexcept {
  bool first = true;
  set.for_each([&](category c) {
    out << (first ? "" : ", ");
    first = false;
    if (const found<category_info> info = find_category(c, own))
      out << info->name;
    else if (is_compartment(c))
      out << "compartment " << (static_cast<int>(c) - first_compartment_bit);
    else
      out << "category " << static_cast<int>(c);
  });
  if (first) out << "no category";
}

/// The identifier of the scheme's policy: its sourced OID ("1.3.26.1.3.1" for NATO), or one under
/// the library's private arc: "<policy_arc>.1.<scheme number>".
template <std::size_t N>
constexpr void append_policy_id(fixed_text<N>& out, const scheme& s) noexcept {
  if (!s.policy_id.empty())
    out << s.policy_id;
  else
    out << policy_arc << ".1." << static_cast<int>(s.id);
}

/// The code of a party: "NLD", or "party 60" outside the catalogue.
template <std::size_t N>
constexpr void append_party(fixed_text<N>& out, party p) noexcept {
  if (const found<party_info> info = find_party(p); info && p != party::none)
    out << info->code;
  else if (p == party::none)
    out << "no nationality";
  else
    out << "party " << static_cast<int>(p);
}

/// "2026-02-26"; "no date" when unknown.
template <std::size_t N>
constexpr void append_date(fixed_text<N>& out, date d) noexcept {
  if (!d.known()) {
    out << "no date";
    return;
  }
  const auto two = [&](int n) { out << (n < 10 ? "0" : "") << n; };
  out << d.year() << "-";
  two(d.month());
  out << "-";
  two(d.day());
}

/// "managed by MDM, supervised"
template <std::size_t N>
constexpr void append_conditions(fixed_text<N>& out, condition_set set) noexcept {
  bool first = true;
  for (int i = 0; i < 64; ++i) {
    const auto c = static_cast<condition>(i);
    if (!set.contains(c)) continue;
    out << (first ? "" : ", ") << to_string(c);
    first = false;
  }
  if (first) out << "no condition";
}

/// What a channel is approved up to: "up to Dep. VERTROUWELIJK", or "for unclassified
/// information only" for a ceiling of rank 0.
template <std::size_t N>
constexpr void append_ceiling(const registry& reg, fixed_text<N>& out, level ceiling,
                              charset cs = charset::utf8) noexcept {
  if (ceiling.rank == 0) {
    out << "for unclassified information only";
    return;
  }
  out << "up to ";
  append_level(reg, out, ceiling, cs);
}

}  // namespace clearance::inline v0

CLEARANCE_DETAIL_QUIET_SHADOW_END
