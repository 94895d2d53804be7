// Transmission checks: every classified NATO and Dutch level over the Sectra Tiger/S (through a
// conversion to its ceiling's scheme) and every level it may take over the telephone, 64 times,
// in one constant evaluation (see access.cpp for why one check is not enough).
#include <array>

#include <clearance/clearance.hpp>
using namespace clearance;

constexpr bool all_allowed() {
  const std::array<label, 7> over_sectra{label{nato::restricted}, label{nato::confidential}, label{nato::secret},
                                         label{nld::dep_vertrouwelijk}, label{nld::stg_confidentieel},
                                         label{nld::stg_geheim}, label{nato::secret}.with(compartment(3))};
  bool all = true;
  for (int pass = 0; pass < 64; ++pass) {
    for (const label& l : over_sectra) all = all && may_transmit(l, channels::sectra_tiger_s).allowed();
    all = all && may_transmit(nld::dep_vertrouwelijk, channels::telephone).allowed();
  }
  return all;
}
static_assert(all_allowed());
