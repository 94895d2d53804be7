// SPDX-License-Identifier: MIT
//
// Lesson 8: a chat room of three nations, and a peer server.
//
// An exercise room on a Dutch XMPP server is cleared up to NATO SECRET, for NATO nations. Its
// members are a Dutch, a German and a French officer. The German officer's account is on a
// German server, a peer cleared up to NATO CONFIDENTIAL: every message to her leaves through it.
// The room's server decides, with the library: what the "classify before send" dialog offers,
// the label of a Dutch memo with a NATO attachment, who receives a message and every reason why
// the others do not, who must leave when the room's label goes up, what a message without a
// label becomes, and what a pilot room in warn mode lets through. It keeps an audit trail and
// prints it as JSON lines at the end.
#include <clearance/handle/audit_json.hpp>
#include <clearance/wire.hpp>

#include "lesson.hpp"

using namespace clearance;

namespace {

constexpr destination german_server{.id = "xmpp.bund.example", .kind = destination_kind::peer,
                                    .cleared = {nato::confidential}, .parties = {party::deu}};
constexpr destination room{.id = "exercise@conference.mil.example.nl", .kind = destination_kind::room,
                           .cleared = {nato::secret}, .parties = {party::nato}};

constexpr person dutch{.nationality = party::nld, .works_for = organisation::government,
                       .clearances = {nld::screening_a, nato::clearance_secret}, .briefed = true};
constexpr person german{.nationality = party::deu, .works_for = organisation::government,
                        .clearances = {deu::ue2, nato::clearance_confidential}, .briefed = true};
constexpr person french{.nationality = party::fra, .works_for = organisation::government,
                        .clearances = {nato::clearance_secret}, .briefed = true};
constexpr std::array<member, 3> members{member{"de.vries@mil.example.nl", dutch},
                                        member{"weber@bund.example", german},
                                        member{"martin@defense.example.fr", french}};

/// The peer a member's messages leave through: the German officer's account is on the German
/// server; the others are local.
const destination* home_server(const member& m) { return m.id.ends_with("@bund.example") ? &german_server : nullptr; }

// What the build checks: the peer may take NATO CONFIDENTIAL, and the room NATO SECRET.
static_assert(deliverable<label{nato::confidential}, german_server>);
static_assert(require<may_deliver(nato::secret, room)>);
// Uncomment the next line: the build refuses to relay NATO SECRET to the German server.
// static_assert(require<may_deliver(nato::secret, german_server)>);  // breaks: denied<clearance::(v0::)?reason::above_destination_clearance, .*"NATO SECRET".*"up to NATO CONFIDENTIAL"

/// The host's clock: a fixed start, a quarter second per reading, so the lesson prints the same
/// every time. A real server passes its wall clock (Unix milliseconds, UTC).
std::int64_t exercise_clock(void* ticks) noexcept {
  auto& n = *static_cast<std::int64_t*>(ticks);
  return 1796115600000 + 250 * n++;  // 2026-12-01T09:00:00Z
}

std::vector<audit_record> trail_lines;

/// Delivers `l` posted in the room: the room's server asks can_access for each member, and for a
/// member on a peer, may_deliver to the peer as well. Prints and records every reason.
void post(audit_trail& trail, const label& l, std::string_view text) {
  std::printf("\n\"%s\" (%s) posted in the room:\n", std::string(text).c_str(), format_marking(l).c_str());
  const room_delivery r = deliver_to_members(l, room, members, [&](const member& m, const decision&) {
    const destination* peer = home_server(m);
    const decision_list reasons = peer ? combined_reasons(access_reasons(m.who, l), delivery_reasons(l, *peer)) : access_reasons(m.who, l);
    const std::string who = lesson::pad(std::string(m.id), 26);
    if (reasons.first().allowed()) {
      std::printf("  %s delivered\n", who.c_str());
    } else {
      std::printf("  %s not delivered, for every reason:\n", who.c_str());
      for (const decision& d : reasons) std::printf("    %s\n", explain(d, d.why == reason::above_destination_clearance ? german_server.id : m.id).c_str());
    }
    trail_lines.push_back(trail.record(audit_kind::deliver, m.id, peer ? peer->id : room.id, reasons, l));
  });
  if (!r) std::printf("  the room refuses it: %s\n", explain(r.room, room.id).c_str());
}

}  // namespace

int main() {
  std::int64_t ticks = 0;
  audit_trail trail{exercise_clock, &ticks, "NATO sample policy", "2026-11", data_as_of};

  // 1. The dialog: the labels every party of a message to the room can take, highest first.
  constexpr std::array<label, 5> policy{label{nato::unclassified}, label{nato::restricted}, label{nato::confidential},
                                        label{nato::secret}, label{nato::cosmic_top_secret}};
  constexpr std::array<person, 2> others{german, french};
  constexpr std::array<destination, 2> through{room, german_server};
  constexpr label_catalog<5> dialog = make_catalog(policy, nato::restricted,
                                                   {.sender = dutch, .recipients = others, .through = through});
  static_assert(require<dialog.choose(nato::confidential)>);  // the build checks a label the host picks
  std::printf("The \"classify before send\" dialog for de.vries@mil.example.nl offers:\n");
  for (std::size_t i = 0; i < dialog.size; ++i) {
    const catalog_entry& e = dialog.entries[i];
    if (i == dialog.offered) std::printf("and leaves out:\n");
    std::printf("  %s%s\n", format_marking(e.value).c_str(), i == dialog.default_index ? "  (the policy's default)" : "");
    if (!e.verdict.allowed())
      std::printf("    the %s: %s\n", std::string(to_string(e.verdict.role)).c_str(),
                  explain(e.verdict.outcome, e.verdict.role == audience_role::recipient ? members[e.verdict.index + 1].id
                                             : e.verdict.role == audience_role::destination ? through[e.verdict.index].id
                                                                                             : members[0].id)
                      .c_str());
  }
  const catalog_text xep = write_catalog(builtin_schemes, dialog.offered_labels(), dialog.default_index,
                                         {.to = room.id, .name = "exercise"});
  std::printf("As an XEP-0258 catalog: %s, %zu bytes\n", xep.ok() ? "written" : "refused", xep.view().size());

  // 2. A Dutch memo with a NATO attachment: one label, in NATO's scheme, never lower than a part.
  const std::array<label, 2> memo{label{nld::stg_confidentieel}.releasable({party::nato}), label{nato::restricted}};
  const label_result message = message_label(memo, nato::id);
  std::printf("\nA Stg. CONFIDENTIEEL memo with a NATO RESTRICTED attachment, in NATO's scheme: %s\n",
              message ? format_marking(message.value).c_str() : explain(message.outcome).c_str());
  if (message) post(trail, message.value, "Exercise plan, with the map");
  const std::array<label, 2> french_note{label{fra::diffusion_restreinte}, label{nato::restricted}};
  std::printf("A DIFFUSION RESTREINTE note with it has no NATO label: %s\n",
              explain(message_label(french_note, nato::id).outcome).c_str());

  // 3. A message above what the German officer and her server may take.
  post(trail, nato::secret, "H-hour is 0400");

  // 4. The room's label goes up to NATO SECRET: who may no longer stay.
  std::printf("\nThe room's label goes up from NATO CONFIDENTIAL to NATO SECRET; must leave:\n");
  const room_delivery raised = relabel_room(nato::secret, room, members, [&](const member& m, const decision& d) {
    std::printf("  %s %s\n", lesson::pad(std::string(m.id), 26).c_str(), explain(d, m.id).c_str());
    trail_lines.push_back(trail.record(audit_kind::relabel, m.id, room.id, d, nato::confidential, nato::secret));
  });
  std::printf("  (%zu may stay)\n", raised.cleared);

  // 5. A message that asks for the default label (XEP-0258: an empty <label/>) or carries none is
  // handled under the room's label, the host's choice; never under something lower. A label that
  // is there but cannot be read is refused, not replaced by the default.
  std::printf("\nReceived labels, and what the room's server handles them as:\n");
  struct received {
    const char* what;
    std::string_view stanza_part;  // empty: the message has no <securitylabel>
  };
  for (const received& m : {received{"<label/> (the policy's default)", "<securitylabel xmlns='urn:xmpp:sec-label:0'><label/></securitylabel>"},
                            received{"no <securitylabel>", ""},
                            received{"an unreadable label", "<securitylabel xmlns='urn:xmpp:sec-label:0'><label>?</label></securitylabel>"}}) {
    const xmpp_label read = read_xep0258(m.stanza_part);
    const bool use_default = m.stanza_part.empty() || read.error == wire_error::default_label;
    std::printf("  %-32s %s\n", m.what,
                use_default ? "the room's label, NATO SECRET"
                : read      ? format_marking(read.value).c_str()
                            : ("refused, not delivered: " + std::string(to_string(read.error))).c_str());
  }

  // 6. A pilot room in warn mode delivers what enforce would refuse, and records it.
  constexpr destination training{.id = "training@conference.mil.example.nl", .kind = destination_kind::room,
                                 .cleared = {level{nato::id, 0}}, .parties = {party::nato}};
  std::printf("\nA pilot room for training, cleared for unclassified information only:\n");
  for (const enforcement mode : {enforcement::enforce, enforcement::warn}) {
    const decision d = may_deliver(nato::restricted, training);
    std::printf("  NATO RESTRICTED, %s mode: %s; %s\n",
                std::string(to_string(mode)).c_str(), delivers(mode, d) ? "delivered" : "not delivered",
                explain(d, training.id).c_str());
    trail_lines.push_back(trail.record(audit_kind::deliver, "de.vries@mil.example.nl", training.id,
                                       delivery_reasons(nato::restricted, training), nato::restricted, {}, mode));
  }

  std::printf("\nThe audit trail, one JSON line per event:\n");
  for (const audit_record& r : trail_lines) {
    std::array<char, 4096> line{};
    const std::size_t n = write_json(builtin_schemes, r, line);
    std::printf("%.*s\n", static_cast<int>(n), line.data());
  }
}
