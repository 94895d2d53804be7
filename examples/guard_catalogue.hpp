// SPDX-License-Identifier: MIT
//
// The channel catalogue of a host: the accreditation of the XMPP server clearance-guard serves
// (examples/clearance_guard.cpp). A host keeps its own rows beside the library's catalogue
// (include/clearance/data/channels.hpp) and passes both to find_channel; adding a server is adding
// a row here, with no edit to the library. verified_channel checks each row when it compiles.
#pragma once

#include <array>
#include <clearance/clearance.hpp>

namespace guard_catalogue {

using namespace clearance;

/// The exercise's XMPP server, as its accreditation would state it: messages (use: transmit) up to
/// NATO SECRET, no special category. An example row, not a real approval: it cites the host's own
/// (invented) accreditation, and says so with its confidence.
inline constexpr channel exercise_xmpp{
    .id = "exercise-xmpp",
    .name = "the exercise XMPP server",
    .kind = channel_kind::messenger,
    .vendor = "Prosody",
    .product = "Prosody with clearance-guard, exercise network",
    .uses = {use::transmit},
    .ceilings = {nato::secret},
    .approved_by = authority::government,
    .approver = "the exercise's security accreditation authority (example)",
    .source = {"host policy: the exercise's accreditation of its XMPP server (an invented example)",
               confidence::inference},
};
static_assert(verified_channel<exercise_xmpp>);

/// The host's rows, then the library's: find_channel(id, guard_catalogue::rows).
inline constexpr std::array<const channel*, 1 + channels::catalogue.size()> rows = [] {
  std::array<const channel*, 1 + channels::catalogue.size()> all{&exercise_xmpp};
  for (std::size_t i = 0; i < channels::catalogue.size(); ++i) all[i + 1] = channels::catalogue[i];
  return all;
}();

}  // namespace guard_catalogue
