// SPDX-License-Identifier: MIT
//
// Lesson 4: Webex and the telephone up to Dep. VERTROUWELIJK; Sectra Tiger/S up to Stg. GEHEIM.
//
// Source 004 (Dutch government): Cisco Webex, in the client deployment, and the regular
// telephone may carry information up to and including Departementaal VERTROUWELIJK; the Sectra
// Tiger/S is approved by the AIVD up to Staatsgeheim GEHEIM. Anything above a channel's ceiling
// is refused, and so is Webex in the vendor's cloud, which does not meet the approval's condition.
#include "lesson.hpp"

using namespace clearance;

namespace {

constexpr deployment webex_client{.meets = {condition::client_deployment}};

// The build refuses a forbidden path. Uncomment the next line to see the compiler name the rule:
// static_assert(require<may_transmit(nld::stg_geheim, channels::cisco_webex, webex_client)>);  // breaks: denied<clearance::(v0::)?reason::above_channel_ceiling, .*"Stg\. GEHEIM"
static_assert(require<may_transmit(nld::dep_vertrouwelijk, channels::cisco_webex, webex_client)>);

}  // namespace

int main() {
  std::printf("The catalogue rows (data/channels.hpp):\n");
  for (const channel* c : {&channels::cisco_webex, &channels::telephone, &channels::sectra_tiger_s})
    lesson::print_channel(*c);

  const channel &webex = channels::cisco_webex, &phone = channels::telephone, &tiger = channels::sectra_tiger_s;
  std::printf("\nSource 004, Dutch government:\n");
  lesson::show("Dep. VERTROUWELIJK over Webex", may_transmit(nld::dep_vertrouwelijk, webex, webex_client), webex.name);
  lesson::show("Stg. GEHEIM over Webex", may_transmit(nld::stg_geheim, webex, webex_client), webex.name);
  lesson::show("Dep. VERTROUWELIJK over Webex in the cloud", may_transmit(nld::dep_vertrouwelijk, webex), webex.name);
  lesson::show("Dep. VERTROUWELIJK by telephone", may_transmit(nld::dep_vertrouwelijk, phone), phone.name);
  lesson::show("Stg. CONFIDENTIEEL by telephone", may_transmit(nld::stg_confidentieel, phone), phone.name);
  lesson::show("Stg. GEHEIM over Sectra Tiger/S", may_transmit(nld::stg_geheim, tiger), tiger.name);
  lesson::show("Stg. ZEER GEHEIM over Sectra Tiger/S", may_transmit(nld::stg_zeer_geheim, tiger), tiger.name);
  lesson::show("NATO SECRET over Sectra Tiger/S", may_transmit(nato::secret, tiger), tiger.name);
  lesson::show("NATO RESTRICTED over Webex", may_transmit(nato::restricted, webex, webex_client), webex.name);
}
