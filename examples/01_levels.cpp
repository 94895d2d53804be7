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

// A marking literal is read when the program is built. Uncomment the next line to see the
// build refuse a misspelt one:
// constexpr label typo = "NATO SEKRIT"_marking;  // breaks: denied<clearance::(v0::)?marking_error::unknown_classification
constexpr label memo = "Stg. GEHEIM"_marking;
static_assert(memo == label{nld::stg_geheim});

}  // namespace

int main() {
  // The schemes of this lesson; `clearance-check schemes` prints every scheme the library holds.
  const scheme* const schemes[] = {&nato::scheme, &eu::scheme, &nld::scheme, &bel::scheme, &deu::scheme};
  std::printf("The NATO levels and their national equivalents, side by side:\n");
  lesson::print_equivalence_table(scheme_list{schemes});
  std::printf("\nEach scheme, level by level (rank, name, abbreviation):\n");
  for (const scheme* s : schemes) {
    lesson::print_scheme_levels(*s);
    std::printf("\n");
  }
  std::printf("The literal \"Stg. GEHEIM\"_marking was read when this program was built: %s\n",
              format_marking(memo).c_str());
}
