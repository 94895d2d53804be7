// SPDX-License-Identifier: MIT
//
// Lesson 5: messaging apps carry unclassified information only.
//
// Source 003 (Belgian Defence, 2022): WhatsApp, Signal, Telegram and Threema may be used for
// unclassified information only. Their catalogue rows have no classified ceiling, so every
// classified label is refused, whatever the scheme; NATO UNCLASSIFIED, a marking rather than a
// classification, may go.
#include "lesson.hpp"

using namespace clearance;

namespace {

// The build refuses a forbidden path. Uncomment the next line to see the compiler name the rule:
// static_assert(require<may_transmit(nato::restricted, channels::whatsapp)>);  // breaks: denied<clearance::(v0::)?reason::above_channel_ceiling, .*"NATO RESTRICTED"
static_assert(require<may_transmit(nato::unclassified, channels::whatsapp)>);

}  // namespace

int main() {
  const channel* apps[] = {&channels::whatsapp, &channels::signal, &channels::telegram, &channels::threema};
  std::printf("The catalogue rows (data/channels.hpp):\n");
  for (const channel* c : apps) lesson::print_channel(*c);

  std::printf("\nSource 003, Belgian Defence:\n");
  for (const channel* c : apps) {
    const std::string name(c->name);
    lesson::show(("NATO UNCLASSIFIED over " + name).c_str(), may_transmit(nato::unclassified, *c), c->name);
    lesson::show(("NATO RESTRICTED over " + name).c_str(), may_transmit(nato::restricted, *c), c->name);
    lesson::show(("Dep. VERTROUWELIJK over " + name).c_str(), may_transmit(nld::dep_vertrouwelijk, *c), c->name);
  }
}
