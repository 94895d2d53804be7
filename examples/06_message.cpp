// SPDX-License-Identifier: MIT
//
// Lesson 6: a message with an attachment, forwarded and declassified.
//
// An operation's NATO SECRET paragraph and a NATO RESTRICTED attachment become one message,
// labelled with their join (the least label that dominates both, domain-brief §6). The message
// may be shown to the analyst and sent over the Sectra Tiger/S; Webex and writing it back into
// the attachment do not compile. Only an authority may lower a label, and that is audited. Then
// the same decisions for a label known only at run time, with the audit hook printing each one.
#include "lesson.hpp"

using namespace clearance;

namespace {

constexpr category operation = compartment(1);  // need-to-know for the operation
constexpr person analyst{.nationality = party::nld, .works_for = organisation::government,
                         .clearances = {nld::screening_a, nato::clearance_secret},
                         .need_to_know = {operation}, .briefed = true};
struct commander {  // who may lower the operation's labels, and on what ground
  static constexpr authority_grant grant{"operation commander", "the operation has ended"};
};

std::string concatenate(const std::string& a, const std::string& b) { return a + "\n" + b; }
void show(const std::string& s) { std::printf("shown:  %s\n", s.c_str()); }
void transmit(const std::string& s) { std::printf("sent:   %s\n", s.c_str()); }

void print_audit(const audit_event& e, void*) noexcept {
  std::printf("audit:  %s: %s\n", std::string(to_string(e.kind)).c_str(), explain(e.outcome, e.who).c_str());
}

}  // namespace

int main() {
  const audit_hook hook{print_audit, nullptr};
  set_audit_hook(&hook);

  labeled<std::string, label{nato::secret}.with(operation)> paragraph{"Move at dawn."};
  labeled<std::string, label{nato::restricted}> attachment{"Map of the area."};
  auto message = combine(paragraph, attachment, concatenate);  // labelled NATO SECRET: the join
  show(reveal<analyst>(message));                               // the analyst may read it
  transmit(send<channels::sectra_tiger_s>(message));            // NATO SECRET maps to Stg. GEHEIM
  // Uncomment the next line: the build refuses to send NATO SECRET over Webex.
  // transmit(send<channels::cisco_webex>(message));  // breaks: denied<clearance::(v0::)?reason::above_channel_ceiling, .*"NATO SECRET"
  // (Likewise `attachment = message;` does not compile: writing NATO SECRET into NATO RESTRICTED.)
  auto summary = declassify<label{nato::restricted}.with(operation), commander>(message);  // audited
  // The iPhone's approval is dated (2026-02-26), so the deployment names the day of use: without
  // it nothing shows the use falls within the approval, and the send would not compile.
  transmit(send<channels::ios_26_managed, deployment{.meets = {condition::managed_by_mdm, condition::supervised,
                                                               condition::approved_configuration,
                                                               condition::current_patch_level},
                                                     .version = 26, .on = date{2026, 3, 1}}>(summary));

  std::printf("\nA label known only at run time:\n");
  const dynamic_labeled<std::string> incoming{"Report from the field.", nld::stg_geheim};
  send(incoming, channels::cisco_webex, {.meets = {condition::client_deployment}}, transmit);
  send(incoming, channels::sectra_tiger_s, {}, transmit);
  set_audit_hook(nullptr);
}
