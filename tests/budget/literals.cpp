// Further markings read: 12 markings parsed 48 times in one constant evaluation, after the vocabulary (the
// first literal's cost, literal.cpp) is built in an evaluation of its own.
#include <clearance/clearance.hpp>
using namespace clearance;

constexpr bool all_read() {
  const std::string_view texts[] = {
      "NATO SECRET//ATOMAL//REL TO BEL, NLD", "NATO RESTRICTED", "COSMIC TOP SECRET", "Stg. GEHEIM",
      "Dep. VERTROUWELIJK", "NATO CONFIDENTIAL//REL TO DEU", "DEU STRENG GEHEIM", "SECRET UE/EU SECRET",
      "RESTREINT UE/EU RESTRICTED", "Stg. ZEER GEHEIM", "VS-VERTRAULICH", "NATO SECRET//COMPARTMENT 3",
  };
  bool all = true;
  for (int pass = 0; pass < 48; ++pass)
    for (const std::string_view t : texts) all = all && parse_marking(t).ok();
  return all;
}
static_assert(all_read());
