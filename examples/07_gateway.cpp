// SPDX-License-Identifier: MIT
//
// Lesson 7: a small message gateway, deciding at run time.
//
// Each line of the input is a message: "label | sender | recipients | channel | text". The label
// is a marking, read with parse_marking, or the XEP-0258 <securitylabel> an XMPP client sends
// (with an ESS or a STANAG 4774 label inside), read with read_xep0258. The gateway then asks the same functions the earlier
// lessons used when they were built: may the gateway itself carry the label (it is accredited
// up to NATO SECRET), may the sender hold it, may the channel carry it, and, per recipient, may
// that person read it. Every decision goes to the audit log through the library's audit hook.
// A line that cannot be read (a bad marking, an unknown person or channel, a missing field)
// is refused with what was wrong, and nothing of it is delivered.
//
//     lesson_07_gateway                     the sample below; audit log on standard output
//     lesson_07_gateway messages.txt        messages from a file ("-": standard input)
//     lesson_07_gateway messages.txt log    the audit log written to the file "log"
//
// It exits with 0 when it has read all its input (denials and refused lines included), and with
// 2 when a file cannot be opened.
#include <array>
#include <clearance/wire.hpp>
#include <fstream>
#include <iostream>
#include <sstream>
#include <vector>

#include "lesson.hpp"

using namespace clearance;
using namespace clearance::literals;

namespace {

using lesson::quoted;
using lesson::split;
using lesson::trim;

/// The gateway, as a host application's own catalogue row: an example accreditation (not a
/// real one), checked when the program is built like the library's rows.
constexpr channel gateway{.id = "gateway", .name = "message gateway", .kind = channel_kind::mail,
                          .uses = {use::transmit}, .ceilings = {nato::secret},
                          .approved_by = authority::government, .approver = "the ministry's accreditor",
                          .source = {"lesson 7: an example accreditation", confidence::inference}};
static_assert(verified_channel<gateway>);

// What the gateway decides at run time, the build decides for labels known in advance. Uncomment
// the next line to see the build refuse COSMIC TOP SECRET through a gateway accredited up to
// NATO SECRET:
// static_assert(require<may_transmit("COSMIC TOP SECRET"_marking, gateway)>);  // breaks: denied<clearance::(v0::)?reason::above_channel_ceiling, .*"COSMIC TOP SECRET"
static_assert(require<may_transmit("NATO SECRET"_marking, gateway)>);

/// The conditions the gateway's deployment of each channel meets, and the day of use where the
/// approval is dated (a fixed day, so that the lesson prints the same every time; a real gateway
/// takes today's date). A channel not listed here is used with a default deployment: it meets no
/// condition and has no date, so a dated approval is refused.
struct route {
  const channel* via;
  deployment as;
};
constexpr std::array routes{
    route{&channels::cisco_webex, {.meets = {condition::client_deployment}}},
    route{&channels::ios_26_managed,
          {.meets = {condition::managed_by_mdm, condition::supervised, condition::approved_configuration,
                     condition::current_patch_level},
           .version = 26,
           .on = date{2026, 3, 1}}},
};

deployment deployment_of(const channel& c) {
  for (const route& r : routes)
    if (r.via == &c) return r.as;
  return {};
}

constexpr category operation = compartment(1);  // need-to-know for an operation

/// The people the gateway delivers to, by mailbox name.
struct mailbox {
  std::string_view name;
  person who;
};
constexpr std::array directory{
    mailbox{"de-vries", {.nationality = party::nld, .works_for = organisation::government,
                         .clearances = {nld::screening_a, nato::clearance_secret}, .need_to_know = {operation},
                         .briefed = true}},
    mailbox{"jansen", {.nationality = party::nld, .works_for = organisation::government,
                       .clearances = {nld::screening_b}, .briefed = true}},
    mailbox{"bakker", {.nationality = party::nld, .works_for = organisation::accredited,
                       .clearances = {nld::screening_c}, .briefed = true}},
    mailbox{"peeters", {.nationality = party::bel, .works_for = organisation::government,
                        .clearances = {bel::clearance_geheim, nato::clearance_secret}, .need_to_know = {operation},
                        .briefed = true}},
    mailbox{"schmidt", {.nationality = party::deu, .works_for = organisation::government,
                        .clearances = {deu::ue2, nato::clearance_secret}, .briefed = true}},
};

const person* find_person(std::string_view name) {
  for (const mailbox& m : directory)
    if (m.name == name) return &m.who;
  return nullptr;
}

constexpr const char* sample = R"(# label | sender | recipients | channel | text
NATO SECRET//COMPARTMENT 1//REL TO NLD, BEL | de-vries | peeters, schmidt, jansen | sectra-tiger-s | Move at dawn.
Dep. VERTROUWELIJK | jansen | de-vries, bakker | cisco-webex | Meeting moved to ten.
Stg. GEHEIM | de-vries | jansen | cisco-webex | The plan, by video.
NATO RESTRICTED | jansen | bakker | whatsapp | The door code has changed.
NATO UNCLASSIFIED | jansen | bakker | whatsapp | Lunch at one.
Stg. GEHEIM | bakker | de-vries | sectra-tiger-s | Found on the printer.
COSMIC TOP SECRET | de-vries | peeters | sectra-tiger-s | Too high for this gateway.
NATO SEKRIT | de-vries | jansen | sectra-tiger-s | A typo in the marking.
NATO SECRET | de-vries | nobody | sectra-tiger-s | An unknown recipient.
NATO SECRET | de-vries | peeters | pigeon | An unknown channel.
NATO SECRET | de-vries | peeters
<securitylabel xmlns='urn:xmpp:sec-label:0'><label><esssecuritylabel xmlns='urn:xmpp:sec-label:ess:0'>MRwCAQMGF2mBwfuFuM6burKzk/i1qL7wuYBYAYQQ</esssecuritylabel></label></securitylabel> | jansen | de-vries, bakker | sectra-tiger-s | From an XMPP client.
<securitylabel xmlns='urn:xmpp:sec-label:0'><label><esssecuritylabel xmlns='urn:xmpp:sec-label:ess:0'>MQYCAQQGASk=</esssecuritylabel></label></securitylabel> | jansen | de-vries | sectra-tiger-s | Under a policy the gateway does not know.
<securitylabel xmlns='urn:xmpp:sec-label:0'><label/></securitylabel> | jansen | de-vries | sectra-tiger-s | The default label, which this gateway has not.
)";

/// What the audit hook needs to say which line and which mailbox an event is about.
struct audit_log {
  std::ostream* out;
  int line = 0;
  std::string_view mailbox;
};

void write_audit(const audit_event& e, void* context) noexcept {
  auto& log = *static_cast<audit_log*>(context);
  const std::string_view who = e.who.empty() ? log.mailbox : e.who;
  *log.out << "audit  line " << log.line << "  " << to_string(e.kind) << " " << who << ": "
           << explain(e.outcome, who).view() << '\n';
}

/// A message as read from one line; `error` says what was wrong when it could not be read.
struct message {
  label classification{};
  std::string_view sender_name;
  const person* sender = nullptr;
  std::vector<std::pair<std::string_view, const person*>> recipients;
  const channel* via = nullptr;
  std::string_view text;
  std::string error;
};

message read(std::string_view line) {
  message m;
  const std::vector<std::string_view> fields = split(line, '|');
  if (fields.size() != 5) {
    m.error = "expected 5 fields (label | sender | recipients | channel | text), found " +
              std::to_string(fields.size());
    return m;
  }
  if (fields[0].starts_with("<")) {  // an XEP-0258 security label
    if (const xmpp_label r = read_xep0258(fields[0]); r)
      m.classification = r.value;
    else
      m.error = "security label: " + std::string(to_string(r.error)) + " at byte " + std::to_string(r.offset);
  } else if (const marking_result r = parse_marking(fields[0]); r) {
    m.classification = r.value;
  } else {
    m.error = "marking " + quoted(fields[0]) + ": " + std::string(to_string(r.error)) + " at byte " +
              std::to_string(r.offset);
  }
  m.sender_name = fields[1];
  if (m.error.empty() && !(m.sender = find_person(fields[1])))
    m.error = fields[1].empty() ? "the sender is missing" : "unknown sender " + quoted(fields[1]);
  for (const std::string_view name : split(fields[2], ',')) {
    const person* p = find_person(name);
    if (!p && m.error.empty())
      m.error = name.empty() ? "a recipient is missing" : "unknown recipient " + quoted(name);
    m.recipients.emplace_back(name, p);
  }
  if (m.error.empty() && !(m.via = find_channel(fields[3]).get()))
    m.error = "unknown channel " + quoted(fields[3]) + " (not in the catalogue)";
  m.text = fields[4];
  return m;
}

/// Decides one message and prints what happened to it. Nothing is delivered unless the
/// gateway, the sender and the channel all pass; then each recipient is decided alone.
void handle(const message& m, audit_log& log) {
  const dynamic_labeled<std::string> body{std::string(m.text), m.classification};
  std::cout << format_marking(m.classification).view() << " from " << m.sender_name << " over " << m.via->name
            << '\n';
  const auto refuse = [](std::string_view what, const decision& d, std::string_view who) {
    std::cout << "    nothing delivered, " << what << ": " << explain(d, who).view() << '\n';
  };
  const auto pass = [](const std::string&) {};
  if (const decision d = send(body, gateway, {}, pass); !d) return refuse("the gateway", d, gateway.name);
  log.mailbox = m.sender_name;
  if (const decision d = reveal(body, *m.sender, pass); !d) return refuse("the sender", d, m.sender_name);
  if (const decision d = send(body, *m.via, deployment_of(*m.via), pass); !d) return refuse("the channel", d, m.via->name);
  for (const auto& [mailbox, who] : m.recipients) {
    log.mailbox = mailbox;
    const std::string name = lesson::pad(std::string(mailbox), 9);
    const auto deliver = [&name](const std::string& text) {
      std::cout << "    " << name << "delivered " << quoted(text) << '\n';
    };
    if (const decision d = reveal(body, *who, deliver); !d)
      std::cout << "    " << name << "withheld: " << explain(d, mailbox).view() << '\n';
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 3) {
    std::cerr << "usage: " << argv[0] << " [messages-file|-] [audit-log-file]\n";
    return 2;
  }
  std::istringstream sample_input{sample};
  std::ifstream file;
  std::istream* in = &sample_input;
  if (argc > 1 && std::string_view{argv[1]} == "-") {
    in = &std::cin;
  } else if (argc > 1) {
    file.open(argv[1]);
    if (!file) return std::cerr << "cannot read " << argv[1] << '\n', 2;
    in = &file;
  }
  std::ofstream log_file;
  std::ostringstream log_text;  // without a log file, the audit log is printed after the report
  if (argc > 2) {
    log_file.open(argv[2]);
    if (!log_file) return std::cerr << "cannot write " << argv[2] << '\n', 2;
  }
  audit_log log{.out = argc > 2 ? static_cast<std::ostream*>(&log_file) : &log_text, .line = 0, .mailbox = {}};
  const audit_hook hook{write_audit, &log};
  set_audit_hook(&hook);

  int refused = 0;
  std::string line;
  while (std::getline(*in, line)) {
    ++log.line;
    if (trim(line).empty() || trim(line).front() == '#') continue;
    const message m = read(line);
    std::cout << "line " << log.line << ": ";
    if (!m.error.empty()) {
      ++refused;
      std::cout << "refused, nothing delivered: " << m.error << '\n';
      *log.out << "audit  line " << log.line << "  refused: " << m.error << '\n';
      continue;
    }
    handle(m, log);
  }
  set_audit_hook(nullptr);
  std::cout << refused << " line(s) refused as unreadable.\n";
  if (argc <= 2) std::cout << "\nThe audit log:\n" << log_text.str();
}
