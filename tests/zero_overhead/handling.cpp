// SPDX-License-Identifier: MIT
//
// The same handling code, raw and through labeled<int, L>. Built twice at -O2 (with and without
// -DLABELED), the function bodies must be identical: the checks cost nothing at run time.
#include <functional>

extern "C" void transport(int message) noexcept;  // the host's transport, defined elsewhere

#ifdef LABELED
#include <clearance/clearance.hpp>
using namespace clearance;
constexpr label report = nld::dep_vertrouwelijk;
using report_t = labeled<int, report>;

extern "C" void send_report(report_t r) noexcept { transport(send<channels::telephone>(r)); }
extern "C" void send_joined(report_t a, labeled<int, label{nld::stg_geheim}> b) noexcept {
  transport(send<channels::sectra_tiger_s>(combine(a, b, std::plus<>{})));
}
extern "C" void append_and_send(report_t target, report_t source) noexcept {
  append(target, source, [](int& t, int s) { t += s; });
  transport(send<channels::telephone>(target));
}
#else
extern "C" void send_report(int r) noexcept { transport(r); }
extern "C" void send_joined(int a, int b) noexcept { transport(std::plus<>{}(a, b)); }
extern "C" void append_and_send(int target, int source) noexcept {
  target += source;
  transport(target);
}
#endif
