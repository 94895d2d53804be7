// Labelled values sent over a channel: 16 distinct labelled types, each send<C> evaluating
// may_transmit in its requires-clause. Each is an evaluation of its own and smaller than the
// headers' costliest constant, so this file's count is the headers' (include_alone): it holds
// that a labelled send adds no costlier evaluation.
#include <string>

#include <clearance/clearance.hpp>
using namespace clearance;

template <int N>
using note = labeled<std::string, label{nld::stg_geheim}.with(compartment(N))>;
template <int... N>
void send_all(const note<N>&... v) {
  (static_cast<void>(send<channels::sectra_tiger_s>(v)), ...);
}
template void send_all<0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15>(
    const note<0>&, const note<1>&, const note<2>&, const note<3>&, const note<4>&, const note<5>&, const note<6>&,
    const note<7>&, const note<8>&, const note<9>&, const note<10>&, const note<11>&, const note<12>&,
    const note<13>&, const note<14>&, const note<15>&);
