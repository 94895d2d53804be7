// SPDX-License-Identifier: MIT
//
// What every lesson prints: a decision with its reason, and the catalogue row of a channel.
#pragma once

#include <clearance/clearance.hpp>
#include <cstdio>
#include <string>

namespace lesson {

/// `text` followed by spaces up to `width` characters (UTF-8 aware, unlike printf's %-30s).
inline std::string pad(std::string text, std::size_t width) {
  std::size_t chars = 0;
  for (const char c : text) chars += (static_cast<unsigned char>(c) & 0xC0u) != 0x80u;
  if (chars < width) text.append(width - chars, ' ');
  return text;
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

}  // namespace lesson
