// SPDX-License-Identifier: MIT
//
// The channel and device catalogue, and what may go over each: the statements of sources
// 000-004, decided at compile time and printed at run time with their reasons.
#include <clearance/clearance.hpp>
#include <cstdio>
#include <string>

using namespace clearance;

namespace {

std::string ceilings_of(const channel& c) {
  sentence s;
  for (bool first = true; const level ceiling : c.ceilings) {
    if (ceiling.scheme == scheme_id::none) continue;
    s << (first ? "" : ", ");
    append_ceiling(s, ceiling);
    first = false;
  }
  return std::string(s.view());
}

void show(const char* what, const decision& d, const channel& c) {
  std::printf("  %-40s %s\n", what, explain(d, c.name).c_str());
}

// A managed and supervised iOS 26 device in the indigo configuration, patched.
constexpr deployment managed_iphone{
    .meets = {condition::managed_by_mdm, condition::supervised, condition::approved_configuration,
              condition::current_patch_level},
    .version = 26,
    .on = date{2026, 3, 1},
};
constexpr deployment webex_client{.meets = {condition::client_deployment}};

// The build refuses a forbidden path. Uncomment to see the compiler name the rule:
// static_assert(require<may_transmit(nld::stg_geheim, channels::cisco_webex, webex_client)>);
static_assert(require<may_transmit(nld::dep_vertrouwelijk, channels::cisco_webex, webex_client)>);

}  // namespace

int main() {
  std::printf("Catalogue (data/channels.hpp):\n");
  for (const channel* c : channels::catalogue) {
    sentence conditions;
    append_conditions(conditions, c->conditions);
    std::printf("  %-30s %s\n", std::string(c->name).c_str(), ceilings_of(*c).c_str());
    std::printf("  %-30s approved by %s; conditions: %s\n", "", std::string(c->approver).c_str(),
                conditions.c_str());
    std::printf("  %-30s source: %s [%s]\n", "", std::string(c->source.ref).c_str(),
                std::string(to_string(c->source.conf)).c_str());
  }

  std::printf("\nSource 004, Dutch government:\n");
  show("Stg. GEHEIM over Webex", may_transmit(nld::stg_geheim, channels::cisco_webex, webex_client),
       channels::cisco_webex);
  show("Dep. VERTROUWELIJK over Webex", may_transmit(nld::dep_vertrouwelijk, channels::cisco_webex, webex_client),
       channels::cisco_webex);
  show("Dep. VERTROUWELIJK over Webex in the cloud", may_transmit(nld::dep_vertrouwelijk, channels::cisco_webex),
       channels::cisco_webex);
  show("Stg. CONFIDENTIEEL by telephone", may_transmit(nld::stg_confidentieel, channels::telephone),
       channels::telephone);
  show("Stg. GEHEIM over Sectra Tiger/S", may_transmit(nld::stg_geheim, channels::sectra_tiger_s),
       channels::sectra_tiger_s);
  show("Stg. ZEER GEHEIM over Sectra Tiger/S", may_transmit(nld::stg_zeer_geheim, channels::sectra_tiger_s),
       channels::sectra_tiger_s);

  std::printf("\nSources 000-002, iOS 26:\n");
  show("NATO RESTRICTED, managed iPhone", may_store(nato::restricted, channels::ios_26_managed, managed_iphone),
       channels::ios_26_managed);
  show("NATO RESTRICTED, unmanaged iPhone",
       may_store(nato::restricted, channels::ios_26_managed, {.version = 26, .on = date{2026, 3, 1}}),
       channels::ios_26_managed);
  show("NATO CONFIDENTIAL, managed iPhone", may_store(nato::confidential, channels::ios_26_managed, managed_iphone),
       channels::ios_26_managed);
  show("Dep. VERTROUWELIJK, managed iPhone",
       may_store(nld::dep_vertrouwelijk, channels::ios_26_managed, managed_iphone), channels::ios_26_managed);
  show("NATO RESTRICTED, BlackBerry 10", may_store(nato::restricted, channels::blackberry_10, {.version = 10}),
       channels::blackberry_10);

  std::printf("\nSource 003, Belgian Defence:\n");
  for (const channel* c : {&channels::whatsapp, &channels::signal, &channels::telegram, &channels::threema}) {
    show("NATO RESTRICTED", may_transmit(nato::restricted, *c), *c);
    show("NATO UNCLASSIFIED", may_transmit(nato::unclassified, *c), *c);
  }
}
