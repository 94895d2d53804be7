// SPDX-License-Identifier: MIT
//
// What the lessons and clearance-check share: printing a decision with its reason, a channel's
// catalogue row and the scheme tables, and reading text fields.
#pragma once

#include <algorithm>
#include <clearance/clearance.hpp>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace lesson {

/// The number of characters of UTF-8 `text` (not bytes).
inline std::size_t characters(std::string_view text) {
  std::size_t chars = 0;
  for (const char c : text) chars += (static_cast<unsigned char>(c) & 0xC0u) != 0x80u;
  return chars;
}

/// `text` followed by spaces up to `width` characters (UTF-8 aware, unlike printf's %-30s).
inline std::string pad(std::string text, std::size_t width) {
  if (const std::size_t chars = characters(text); chars < width) text.append(width - chars, ' ');
  return text;
}

/// `s` without leading and trailing blanks.
inline std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}

/// The parts of `s` between separators, each trimmed: "a, b," gives "a", "b", "".
inline std::vector<std::string_view> split(std::string_view s, char separator) {
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    const std::size_t end = s.find(separator, start);
    parts.push_back(trim(s.substr(start, end - start)));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

/// `s` in quotes, fit for a log line: control characters (C0, DEL, C1) and bytes that are not
/// UTF-8 are written as \xHH, so a line cannot forge another line of the log or drive a terminal.
inline std::string quoted(std::string_view s) {
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size();) {
    const clearance::code_point c = clearance::decode_utf8(s, i);
    if (c.size > 0 && c.value >= 0x20 && !(c.value >= 0x7F && c.value <= 0x9F)) {
      out.append(s.substr(i, c.size));
      i += c.size;
      continue;
    }
    constexpr char hex[] = "0123456789ABCDEF";
    const auto b = static_cast<unsigned char>(s[i]);
    out += {'\\', 'x', hex[b >> 4], hex[b & 0xF]};
    ++i;
  }
  return out + "\"";
}

/// "  what                                     allowed: ... / denied (rule): ..."
inline void show(const char* what, const clearance::decision& d, std::string_view who = {}) {
  std::printf("  %-42s %s\n", what, clearance::explain(d, who).c_str());
}

/// A channel's row of the catalogue: its ceilings, who approved it, its conditions, its source.
inline void print_channel(const clearance::channel& c) {
  clearance::sentence ceilings;
  for (bool first = true; const clearance::level ceiling : c.ceilings) {
    if (ceiling.scheme == clearance::scheme_id::none) continue;
    ceilings << (first ? "" : ", ");
    clearance::append_ceiling(ceilings, ceiling);
    first = false;
  }
  clearance::sentence conditions;
  clearance::append_conditions(conditions, c.conditions);
  std::printf("  %s: %s\n", std::string(c.name).c_str(), ceilings.c_str());
  std::printf("    approved by %s; conditions: %s\n", std::string(c.approver).c_str(), conditions.c_str());
  std::printf("    source: %s [%s]\n", std::string(c.source.ref).c_str(),
              std::string(clearance::to_string(c.source.conf)).c_str());
}

/// "Stg. GEHEIM": a level's name.
inline std::string name(clearance::level lv) {
  clearance::sentence s;
  clearance::append_level(s, lv);
  return s.c_str();
}

/// The day a scheme's equivalents are shown for: the last day of an earlier edition, else the
/// latest day on which its edition or one of its tables started; unknown for undated schemes
/// (then only tables without a period apply).
inline clearance::date shown_on(const clearance::scheme& s) {
  if (s.in_use.until.known()) return s.in_use.until;
  clearance::date latest = s.in_use.from;
  for (const clearance::mapping_table& t : s.mappings)
    if (t.in_force.from > latest && (!t.in_force.until.known())) latest = t.in_force.from;
  return latest;
}

/// The level of scheme `to` that corresponds to `lv`, nationally, on the day `to` is shown for;
/// "-" where there is none (or only through unverified rows).
inline std::string in_scheme(clearance::level lv, clearance::scheme_id to) {
  if (lv.scheme == to) return name(lv);
  const clearance::conversion c = clearance::convert(lv, to, {.on = shown_on(*clearance::find_scheme(to))});
  return c ? name(clearance::level_of(c.value)) : "-";
}

/// Each NATO level with its equivalent in each of `schemes`, side by side.
inline void print_equivalence_table(clearance::scheme_list schemes = clearance::builtin_schemes.schemes()) {
  using namespace clearance;
  std::vector<std::vector<std::string>> columns;  // per scheme: its name, then one cell per NATO level
  for (const scheme* s : schemes) {
    columns.push_back({std::string(s->name)});
    for (const level_info& info : nato::scheme.levels) columns.back().push_back(in_scheme({nato::id, info.rank}, s->id));
  }
  std::vector<std::size_t> widths;  // the widest cell of each column, plus one space
  for (const std::vector<std::string>& column : columns) {
    std::size_t width = 0;
    for (const std::string& cell : column) width = std::max(width, characters(cell));
    widths.push_back(width + 1);
  }
  widths.back() = 0;  // no padding after the last column
  for (std::size_t row = 0; row <= nato::scheme.levels.size(); ++row) {
    std::string line = " ";
    for (std::size_t i = 0; i < columns.size(); ++i) {
      line += ' ';  // (not `" " + pad(...)`: g++ 12 -O3 gives a false -Wrestrict warning)
      line += pad(columns[i][row], widths[i]);
    }
    std::printf("%s\n", line.c_str());
  }
}

/// Each level of `s`: rank, name, abbreviation, its NATO and EU equivalents with how they were
/// established, and its source.
inline void print_scheme_levels(const clearance::scheme& s) {
  using namespace clearance;
  std::printf("%s (%s)\n", std::string(s.name).c_str(), std::string(s.code).c_str());
  if (const date on = shown_on(s); on.known()) {
    sentence when;
    append_date(when, on);
    std::printf("  (equivalents in national handling on %s)\n", when.c_str());
  }
  for (const level_info& info : s.levels) {
    const level lv = level_of(s, info.rank);
    std::printf("  %d  %s", info.rank, std::string(info.name).c_str());
    if (info.abbreviation != info.name) std::printf(" (%s)", std::string(info.abbreviation).c_str());
    std::printf("%s\n", info.classified ? "" : ", not a classification");
    for (const scheme_id hub : {nato::id, eu::id}) {
      if (s.id == hub) continue;
      const conversion c = convert(lv, hub, {.on = shown_on(s), .accepts = confidence::unverified});
      const std::string text = c ? name(level_of(c.value)) + " [" + std::string(to_string(c.kind)) + ", " +
                                       std::string(to_string(c.conf)) + "]"
                                 : std::string(explain(c.outcome).c_str());
      std::printf("       %-5s %s\n", hub == nato::id ? "NATO:" : "EU:", text.c_str());
    }
    std::printf("       source: %s [%s]\n", std::string(info.source.ref).c_str(),
                std::string(to_string(info.source.conf)).c_str());
  }
}

}  // namespace lesson
