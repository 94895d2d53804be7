// SPDX-License-Identifier: MIT
//
// Lesson 1: classification levels and their equivalences.
//
// Every scheme orders its levels, and each level of a national scheme corresponds to a NATO
// and an EU level (domain-brief §1; the Dutch, Belgian and German rows cite their laws). This
// lesson prints the schemes side by side, then each level with how its correspondence was
// established and where it comes from. A correspondence is never guessed: where a table has no
// row, the conversion is denied with its reason.
#include "lesson.hpp"

using namespace clearance;
using namespace clearance::literals;

namespace {

std::string name(level lv) {
  sentence s;
  append_level(s, lv);
  return s.c_str();
}

/// The level of scheme `to` that corresponds to `lv`; "-" where there is none.
std::string in_scheme(level lv, scheme_id to) {
  if (lv.scheme == to) return name(lv);
  const conversion c = convert(lv, to);
  return c ? name(level_of(c.value)) : "-";
}

// A marking literal is read when the program is built. Uncomment the next line to see the
// build refuse a misspelt one:
// constexpr label typo = "NATO SEKRIT"_marking;  // breaks: invalid_classification_marking<clearance::marking_error::unknown_classification
constexpr label memo = "Stg. GEHEIM"_marking;
static_assert(memo == label{nld::stg_geheim});

}  // namespace

int main() {
  std::printf("The NATO levels and their national equivalents, side by side:\n");
  using lesson::pad;
  std::printf("  %s%s%s%s%s\n", pad("NATO", 19).c_str(), pad("EU", 33).c_str(), pad("Netherlands", 20).c_str(),
              pad("Belgium", 27).c_str(), "Germany");
  for (const level_info& info : nato::scheme.levels) {
    const level lv{nato::id, info.rank};
    std::printf("  %s%s%s%s%s\n", pad(name(lv), 19).c_str(), pad(in_scheme(lv, eu::id), 33).c_str(),
                pad(in_scheme(lv, nld::id), 20).c_str(), pad(in_scheme(lv, bel::id), 27).c_str(),
                in_scheme(lv, deu::id).c_str());
  }

  std::printf("\nEach scheme, level by level (rank, name, abbreviation):\n");
  for (const scheme* s : known_schemes) {
    std::printf("%s (%s)\n", std::string(s->name).c_str(), std::string(s->code).c_str());
    for (const level_info& info : s->levels) {
      const level lv{s->id, info.rank};
      std::printf("  %d  %-32s %-8s %s\n", info.rank, std::string(info.name).c_str(),
                  std::string(info.abbreviation).c_str(), info.classified ? "" : "(not a classification)");
      for (const scheme_id hub : {nato::id, eu::id}) {
        if (s->id == hub) continue;
        const conversion c = convert(lv, hub);
        const std::string text = c ? name(level_of(c.value)) + " [" + std::string(to_string(c.kind)) + ", " +
                                         std::string(to_string(c.conf)) + "]"
                                   : std::string(explain(c.outcome).c_str());
        std::printf("       %-5s %s\n", hub == nato::id ? "NATO:" : "EU:", text.c_str());
      }
      std::printf("       source: %s [%s]\n", std::string(info.source.ref).c_str(),
                  std::string(to_string(info.source.conf)).c_str());
    }
    std::printf("\n");
  }
  std::printf("The literal \"Stg. GEHEIM\"_marking was read when this program was built: %s\n",
              format_marking(memo).c_str());
}
