// SPDX-License-Identifier: MIT
//
// The schemes the library holds, level by level, with their NATO and EU equivalents, how each
// correspondence was established, and where it comes from.
#include <clearance/clearance.hpp>
#include <cstdio>
#include <string>

using namespace clearance;

namespace {

std::string equivalent_in(const level_info& info, const scheme& s, scheme_id hub) {
  if (s.id == hub) return "-";
  const conversion c = convert(level{s.id, info.rank}, hub);
  if (!c) return std::string("(") + std::string(to_string(c.outcome.why)) + ")";
  sentence m;
  append_level(m, level_of(c.value));
  return std::string(m.view()) + " [" + std::string(to_string(c.kind)) + ", " +
         std::string(to_string(c.conf)) + "]";
}

}  // namespace

int main() {
  for (const scheme* s : known_schemes) {
    std::printf("%s (%s)\n", std::string(s->name).c_str(), std::string(s->code).c_str());
    for (const level_info& info : s->levels) {
      std::printf("  %d  %-32s %-8s %s\n", info.rank, std::string(info.name).c_str(),
                  std::string(info.abbreviation).c_str(), info.classified ? "" : "(not a classification)");
      std::printf("       NATO: %s\n", equivalent_in(info, *s, nato::id).c_str());
      std::printf("       EU:   %s\n", equivalent_in(info, *s, eu::id).c_str());
      std::printf("       damage: %s\n", std::string(info.damage).c_str());
      std::printf("       source: %s [%s]\n", std::string(info.source.ref).c_str(),
                  std::string(to_string(info.source.conf)).c_str());
    }
    const personnel_rules& p = s->personnel;
    for (const clearance_grade& g : p.grades) {
      sentence m;
      append_level(m, level{s->id, g.covers_up_to});
      std::printf("  clearance %-40s up to %s  [%s]\n", std::string(g.name).c_str(), m.c_str(),
                  std::string(to_string(g.source.conf)).c_str());
    }
    std::printf("\n");
  }
}
