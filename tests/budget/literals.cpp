// Further markings read: 12 markings parsed 48 times (g++: 192 times) in one constant evaluation, after
// the vocabulary's phrases (the first literal's cost, literal.cpp) are made in an evaluation of
// their own. g++ counts a parse in fewer operations than clang counts steps: 576 parses would stay
// under the phrases' own count and so measure nothing.
#include <clearance/clearance.hpp>
using namespace clearance;

constexpr bool all_read() {
  const std::string_view texts[] = {
      "NATO SECRET//ATOMAL//REL TO BEL, NLD", "NATO RESTRICTED", "COSMIC TOP SECRET", "Stg. GEHEIM",
      "Dep. VERTROUWELIJK", "NATO CONFIDENTIAL//REL TO DEU", "DEU STRENG GEHEIM", "SECRET UE/EU SECRET",
      "RESTREINT UE/EU RESTRICTED", "Stg. ZEER GEHEIM", "VS-VERTRAULICH", "NATO SECRET//COMPARTMENT 3",
  };
  bool all = true;
#if defined(__clang__)
  constexpr int passes = 48;
#else
  constexpr int passes = 192;
#endif
  for (int pass = 0; pass < passes; ++pass)
    for (const std::string_view t : texts) all = all && parse_marking(t).ok();
  return all;
}
static_assert(all_read());
