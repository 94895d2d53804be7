// SPDX-License-Identifier: MIT
//
// The words of a person, shared by clearance-check (its --person option) and clearance-guard (the
// persons of its configuration): a comma-separated list of a nationality, an organisation,
// clearances, need-to-know and "briefed", e.g. "NLD, government, screening A, NS, briefed".
// Each word is looked up in the library's tables; anything else is refused with bad_input, whose
// message starts with `where` (the option or the configuration line).
#pragma once

#include <charconv>
#include <clearance/clearance.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "lesson.hpp"

namespace words {

using namespace clearance;
using lesson::quoted;
using lesson::split;
using lesson::trim;

/// Bad input: the message says what was wrong; the program exits with 2.
struct bad_input {
  std::string what;
};

inline bool same_text(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

inline int number(std::string_view s, std::string_view what) {
  int n = 0;
  const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (error != std::errc{} || end != s.data() + s.size() || s.empty())
    throw bad_input{std::string(what) + ": " + quoted(s) + " is not a number"};
  return n;
}

/// The names a clearance grade answers to: its name, its ASCII spelling, and its name without
/// " clearance" or a parenthesis ("NS clearance": "NS"; "Ü2 (erweiterte ...)": "Ü2").
inline std::vector<std::string_view> names_of(const clearance_grade& g) {
  std::vector<std::string_view> names{g.name};
  if (!g.ascii.empty()) names.push_back(g.ascii);
  for (const std::string_view full : {g.name, g.ascii}) {
    if (const auto p = full.find(" ("); p != std::string_view::npos) names.push_back(full.substr(0, p));
    if (full.ends_with(" clearance")) names.push_back(full.substr(0, full.size() - 10));
  }
  return names;
}

/// The clearance grant that `text` names: "NS", "screening B", "BEL GEHEIM" (a scheme code in
/// front settles a name that more than one scheme uses).
inline std::optional<clearance_grant> find_grant(std::string_view text, std::string_view where) {
  std::vector<clearance_grant> found;
  std::string codes;
  for (const scheme* s : builtin_schemes.schemes()) {
    std::string_view name = text;
    if (const auto space = text.find(' '); space != std::string_view::npos && same_text(text.substr(0, space), s->code))
      name = trim(text.substr(space));
    for (const clearance_grade& g : s->personnel.grades)
      for (const std::string_view candidate : names_of(g))
        if (same_text(candidate, name) && (found.empty() || found.back() != clearance_grant{s->id, g.grade})) {
          found.push_back({s->id, g.grade});
          codes += (codes.empty() ? "" : ", ") + std::string(s->code);
        }
  }
  if (found.size() > 1)
    throw bad_input{std::string(where) + ": " + quoted(text) + " is a clearance of " + codes +
                    ": write the scheme's code in front"};
  if (found.empty()) return std::nullopt;
  return found.front();
}

inline std::optional<party> find_country(std::string_view text) {
  for (const party_info& p : parties)
    if (p.kind == party_kind::country && (same_text(p.code, text) || same_text(p.name, text))) return p.id;
  return std::nullopt;
}

inline category find_category(std::string_view text, std::string_view where) {
  for (const category_info& c : categories)
    if (same_text(c.name, text)) return c.id;
  if (text.size() > 12 && same_text(text.substr(0, 12), "compartment ")) {
    const int n = number(trim(text.substr(12)), std::string(where) + ": need-to-know compartment");
    if (compartment(n) == category::invalid)
      throw bad_input{std::string(where) + ": compartment " + std::to_string(n) + " is out of range (0 to 47)"};
    return compartment(n);
  }
  throw bad_input{std::string(where) + ": unknown category " + quoted(text) +
                  " after need-to-know (ATOMAL, CRYPTO, BOHEMIA, "
                  "MANAGEMENT, STAFF, PERSONAL, MEDICAL, COMMERCIAL, or compartment N)"};
}

inline person read_person(std::string_view spec, std::string_view where) {
  person p;
  for (const std::string_view item : split(spec, ',')) {
    if (item.empty()) throw bad_input{std::string(where) + ": an empty item in " + quoted(spec)};
    if (same_text(item, "briefed")) {
      p.briefed = true;
    } else if (same_text(item, "government") || same_text(item, "nato-body") || same_text(item, "accredited")) {
      if (p.works_for != organisation::none)
        throw bad_input{std::string(where) + ": two organisations in " + quoted(spec)};
      p.works_for = same_text(item, "government")  ? organisation::government
                    : same_text(item, "nato-body") ? organisation::nato_body
                                                   : organisation::accredited;
    } else if (item.size() > 13 && same_text(item.substr(0, 13), "need-to-know ")) {
      p.need_to_know.insert(find_category(trim(item.substr(13)), where));
    } else if (const std::optional<party> country = find_country(item)) {
      if (p.nationality != party::none) throw bad_input{std::string(where) + ": two nationalities in " + quoted(spec)};
      p.nationality = *country;
    } else if (const std::optional<clearance_grant> grant = find_grant(item, where)) {
      clearance_grant* slot = nullptr;
      for (clearance_grant& held : p.clearances)
        if (held.scheme == grant->scheme)
          throw bad_input{std::string(where) + ": two clearances of one scheme in " + quoted(spec)};
      for (clearance_grant& held : p.clearances)
        if (!slot && held.scheme == scheme_id::none) slot = &held;
      if (!slot)
        throw bad_input{std::string(where) + ": more than " + std::to_string(p.clearances.size()) + " clearances"};
      *slot = *grant;
    } else {
      throw bad_input{std::string(where) + ": " + quoted(item) +
                      " is no nationality, organisation, clearance, need-to-know or \"briefed\"" +
                      (where.starts_with("--") ? " (see --help)" : "")};
    }
  }
  if (p.nationality == party::none)
    throw bad_input{std::string(where) + ": no nationality in " + quoted(spec) + " (e.g. NLD)"};
  return p;
}

}  // namespace words
