// SPDX-License-Identifier: MIT
//
// clearance-guard: a labelled chat service on an XMPP server. It connects to the server as an
// external component (XEP-0114) and serves its domain: a message to room@<domain> goes to the
// room's members, a message to name@<domain> to the person of the configuration whose JID has
// that name. Every message must carry an XEP-0258 security label (a STANAG 4774 or an ESS
// payload); the guard decides on it with the library, in this order:
//   1. the label: refused when missing or unreadable (never replaced by a default);
//   2. the server: may it carry the label (may_transmit over the server's accreditation, a row of
//      the host's channel catalogue, examples/guard_catalogue.hpp);
//   3. the sender: may they hold it (can_access);
//   4. the room, when it is one: is it cleared for it (may_deliver);
//   5. each recipient: may they read it (can_access). Those who may receive it, label included.
// The sender gets one answer: an error stanza when nothing was delivered at 1 to 4, otherwise a
// report naming who received it and every reason why the others did not. A catalog request
// (XEP-0258 §4) gets the labels every party of the destination can take. Each decision is written
// to the audit file as a JSON line (clearance/handle/audit_json.hpp).
//
// usage: clearance-guard CONFIG       (docs/tutorial.md, lesson 9, runs it against Prosody)
//
// The configuration is read once; a line that is not understood stops the guard before it
// connects, naming the line. See docs/tutorial.md for a whole file:
//   component guard.localhost                  the component's domain
//   connect 127.0.0.1 5347                     the server's component port
//   secret s3cret                              the component's shared secret
//   accreditation exercise-xmpp                the server's channel row (guard_catalogue.hpp)
//   audit audit.jsonl                          where the JSON audit lines go
//   policy exercise-policy 2026-11             the policy's name and version, for the audit
//   person alice@localhost = NLD, government, screening A, CTS, briefed
//   room ops = NATO SECRET; NATO; alice@localhost, bob@localhost
//                (the highest label the room may hold; the parties it is open to; its members)
//
// Needs libstrophe (Debian: libstrophe-dev), for this example only; the library needs nothing.
#include <strophe.h>

#include <chrono>
#include <clearance/clearance.hpp>
#include <clearance/handle/audit_json.hpp>
#include <clearance/wire.hpp>
#include <csignal>
#include <cstdio>
#include <deque>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "guard_catalogue.hpp"
#include "lesson.hpp"
#include "person_words.hpp"

using namespace clearance;

namespace {

using lesson::quoted;
using lesson::split;
using lesson::trim;
using words::bad_input;

// --- the configuration ----------------------------------------------------------------------

struct user {
  std::string jid;  ///< bare JID on the server, e.g. alice@localhost
  person who;
};

struct room {
  std::string jid;  ///< name@component
  destination where;
  std::vector<const user*> members;
};

struct config {
  std::string component, host, secret, audit_path, policy = "clearance-guard", policy_version;
  unsigned short port = 0;
  found<channel> server;
  std::deque<user> users;  // deques: the rooms' destinations and members point into them
  std::deque<room> rooms;

  [[nodiscard]] const user* find_user(std::string_view jid) const {
    for (const user& u : users)
      if (u.jid == jid) return &u;
    return nullptr;
  }
  [[nodiscard]] const room* find_room(std::string_view jid) const {
    for (const room& r : rooms)
      if (r.jid == jid) return &r;
    return nullptr;
  }
};

/// "name = value" after a keyword: the name and the value.
std::pair<std::string_view, std::string_view> named_value(std::string_view rest, const std::string& where) {
  const auto eq = rest.find('=');
  if (eq == std::string_view::npos) throw bad_input{where + ": expected NAME = VALUE"};
  return {trim(rest.substr(0, eq)), trim(rest.substr(eq + 1))};
}

/// A party by its code or name: a country, or a group such as NATO.
party find_party(std::string_view text, const std::string& where) {
  for (const party_info& p : parties)
    if (words::same_text(p.code, text) || words::same_text(p.name, text)) return p.id;
  throw bad_input{where + ": " + quoted(text) + " is no party (a country code such as NLD, or a group such as NATO)"};
}

room read_room(std::string_view name, std::string_view value, const config& c, const std::string& where) {
  const std::vector<std::string_view> fields = split(value, ';');
  if (fields.size() != 3) throw bad_input{where + ": a room is: MARKING; PARTIES; MEMBERS"};
  room r;
  r.jid = std::string(name) + "@" + c.component;
  const marking_result cleared = parse_marking(trim(fields[0]));
  if (!cleared)
    throw bad_input{where + ": " + quoted(trim(fields[0])) +
                    " is no marking: " + std::string(to_string(cleared.error))};
  r.where = {.kind = destination_kind::room, .cleared = {level_of(cleared.value)}};
  for (const std::string_view p : split(fields[1], ',')) r.where.parties.insert(find_party(trim(p), where));
  for (const std::string_view m : split(fields[2], ',')) {
    const user* u = c.find_user(trim(m));
    if (!u) throw bad_input{where + ": member " + quoted(trim(m)) + " is no person of the lines above"};
    r.members.push_back(u);
  }
  return r;
}

config read_config(const std::string& path) {
  std::ifstream file(path);
  if (!file) throw bad_input{path + ": cannot be read"};
  config c;
  std::string text;
  for (int number = 1; std::getline(file, text); ++number) {
    const std::string where = path + ":" + std::to_string(number);
    std::string_view line = trim(text);
    if (line.empty() || line.front() == '#') continue;
    const auto space = line.find(' ');
    const std::string_view keyword = line.substr(0, space);
    const std::string_view rest = space == std::string_view::npos ? std::string_view{} : trim(line.substr(space));
    if (rest.empty()) throw bad_input{where + ": " + quoted(keyword) + " needs a value"};
    if (keyword == "component") {
      c.component = rest;
    } else if (keyword == "connect") {
      const std::vector<std::string_view> parts = split(rest, ' ');
      if (parts.size() != 2) throw bad_input{where + ": connect HOST PORT"};
      const int port = words::number(parts[1], where + ": port");
      if (port < 1 || port > 65535) throw bad_input{where + ": port " + std::to_string(port) + " is out of range"};
      c.host = parts[0];
      c.port = static_cast<unsigned short>(port);
    } else if (keyword == "secret") {
      c.secret = rest;
    } else if (keyword == "accreditation") {
      c.server = find_channel(rest, guard_catalogue::rows);
      if (!c.server) throw bad_input{where + ": no channel " + quoted(rest) + " in the host's catalogue"};
    } else if (keyword == "audit") {
      c.audit_path = rest;
    } else if (keyword == "policy") {
      const std::vector<std::string_view> parts = split(rest, ' ');
      if (parts.size() != 2) throw bad_input{where + ": policy NAME VERSION"};
      c.policy = parts[0];
      c.policy_version = parts[1];
    } else if (keyword == "person") {
      const auto [jid, spec] = named_value(rest, where);
      if (c.find_user(jid)) throw bad_input{where + ": " + quoted(jid) + " twice"};
      c.users.push_back({std::string(jid), words::read_person(spec, where)});
    } else if (keyword == "room") {
      if (c.component.empty()) throw bad_input{where + ": a room comes after the component line"};
      const auto [name, value] = named_value(rest, where);
      room r = read_room(name, value, c, where);
      if (c.find_room(r.jid)) throw bad_input{where + ": room " + quoted(name) + " twice"};
      c.rooms.push_back(std::move(r));
      c.rooms.back().where.id = c.rooms.back().jid;
      if (const destination_rule rule = check_destination(c.rooms.back().where); rule != destination_rule::none)
        throw bad_input{where + ": the room breaks the rule '" + std::string(to_string(rule)) + "'"};
    } else {
      throw bad_input{where + ": unknown keyword " + quoted(keyword)};
    }
  }
  for (const char* key : {"component", "connect", "secret", "accreditation", "audit"}) {
    const bool missing = (std::string_view(key) == "component" && c.component.empty()) ||
                         (std::string_view(key) == "connect" && c.port == 0) ||
                         (std::string_view(key) == "secret" && c.secret.empty()) ||
                         (std::string_view(key) == "accreditation" && !c.server) ||
                         (std::string_view(key) == "audit" && c.audit_path.empty());
    if (missing) throw bad_input{path + ": no line " + quoted(key)};
  }
  return c;
}

// --- libstrophe, held by the rules of C++ -----------------------------------------------------

/// A string libstrophe allocated, freed with its context.
struct strophe_text {
  xmpp_ctx_t* ctx;
  char* text;
  strophe_text(xmpp_ctx_t* c, char* t) : ctx(c), text(t) {}
  strophe_text(const strophe_text&) = delete;
  strophe_text& operator=(const strophe_text&) = delete;
  ~strophe_text() {
    if (text) xmpp_free(ctx, text);
  }
  [[nodiscard]] std::string_view view() const { return text ? std::string_view(text) : std::string_view{}; }
};

struct stanza_release {
  void operator()(xmpp_stanza_t* s) const { xmpp_stanza_release(s); }
};
using stanza_ptr = std::unique_ptr<xmpp_stanza_t, stanza_release>;

std::string attribute(xmpp_stanza_t* s, const char* name) {
  const char* v = xmpp_stanza_get_attribute(s, name);
  return v ? v : "";
}

std::string serialised(xmpp_stanza_t* s) {
  char* buffer = nullptr;
  std::size_t length = 0;
  if (xmpp_stanza_to_text(s, &buffer, &length) != XMPP_EOK) return {};
  const strophe_text held(xmpp_stanza_get_context(s), buffer);
  return std::string(held.view());
}

// --- the guard --------------------------------------------------------------------------------

std::int64_t wall_clock(void*) noexcept {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

class guard {
 public:
  guard(config c, xmpp_ctx_t* ctx)
      : config_(std::move(c)),
        ctx_(ctx),
        audit_(config_.audit_path, std::ios::app),
        trail_(wall_clock, nullptr, config_.policy, config_.policy_version, data_as_of) {
    if (!audit_) throw bad_input{config_.audit_path + ": cannot be written"};
  }

  [[nodiscard]] const config& settings() const { return config_; }

  void on_message(xmpp_conn_t* conn, xmpp_stanza_t* message) {
    if (attribute(message, "type") == "error") return;  // never answer an error
    const std::string from = bare(attribute(message, "from"));
    const std::string to = bare(attribute(message, "to"));
    const user* sender = config_.find_user(from);
    const person nobody{};  // deny by default: someone the configuration does not name
    const person& who = sender ? sender->who : nobody;

    // 1. the label
    xmpp_stanza_t* part = xmpp_stanza_get_child_by_name_and_ns(message, "securitylabel", xep0258_namespace.data());
    const std::string label_text = part ? serialised(part) : std::string{};
    const xmpp_label read = part ? read_xep0258(label_text) : xmpp_label{};
    const decision intake = part ? label_intake(read) : label_intake(no_label);
    if (!intake) return refuse(conn, message, "not-acceptable", from, to, from, decision_list{{intake}, 1}, {});
    const label& l = read.value;

    // 2. the server's accreditation, 3. the sender
    const decision_list carried = transmit_reasons(l, *config_.server);
    if (!carried.first())
      return refuse(conn, message, "not-acceptable", from, config_.server->id, config_.server->name, carried, l);
    const decision_list held = access_reasons(who, l);
    if (!held.first()) return refuse(conn, message, "forbidden", from, to, from, held, l);

    // 4. the room or the person, 5. each recipient
    std::string report;
    std::size_t delivered = 0;
    // The recipient sees a room's message from room/sender, and a direct one from the sender's
    // name at this service, to which they can answer.
    const auto deliver = [&](const user& recipient, const decision_list& reasons, std::string_view via,
                             const std::string& as) {
      record(audit_kind::deliver, recipient.jid, via, recipient.jid, reasons, l);
      if (reasons.first()) {
        relay(conn, message, part, recipient.jid, as);
        ++delivered;
        report += "\ndelivered to " + recipient.jid;
      } else {
        report += "\nnot delivered to " + recipient.jid + ":";
        for (const decision& d : reasons) report += "\n  " + std::string(explain(d, recipient.jid).view());
      }
    };
    if (const room* r = config_.find_room(to)) {
      std::vector<member> members;
      for (const user* u : r->members)
        if (u != sender) members.push_back({u->jid, u->who});
      const room_delivery result = deliver_to_members(l, r->where, members, [&](const member& m, const decision&) {
        deliver(*config_.find_user(m.id), access_reasons(m.who, l), r->jid, r->jid + "/" + local_part(from));
      });
      if (!result) return refuse(conn, message, "forbidden", from, r->jid, r->jid, delivery_reasons(l, r->where), l);
    } else if (const user* recipient = user_named(local_part(to))) {
      deliver(*recipient, access_reasons(recipient->who, l), recipient->jid,
              local_part(from) + "@" + config_.component);
    } else {
      return refuse(conn, message, "item-not-found", from, to, to, decision_list{}, l,
                    "no room or person " + to + " on this service");
    }
    const std::string marking(format_marking(l).view());
    answer(conn, message, "clearance-guard: " + marking + " delivered to " + std::to_string(delivered) + report);
  }

  void on_catalog_request(xmpp_conn_t* conn, xmpp_stanza_t* iq, xmpp_stanza_t* request) {
    const std::string from = bare(attribute(iq, "from"));
    const std::string request_text = serialised(request);  // the request's fields point into it
    const catalog_request asked = read_catalog_request(request_text);
    const std::string target = asked ? std::string(asked.to) : std::string{};
    const user* sender = config_.find_user(from);
    const room* r = config_.find_room(target);
    const user* person_asked = r ? nullptr : user_named(local_part(target));
    if (!asked || !sender || (!r && !person_asked)) {
      const stanza_ptr error{
          xmpp_stanza_reply_error(iq, "cancel", "item-not-found", "no catalog: unknown requester or destination")};
      xmpp_send(conn, error.get());
      return;
    }
    // The policy's labels: the NATO levels, highest last; NATO RESTRICTED is the default.
    constexpr std::array<label, 5> policy_labels{label{nato::unclassified}, label{nato::restricted},
                                                 label{nato::confidential}, label{nato::secret},
                                                 label{nato::cosmic_top_secret}};
    std::vector<person> recipients;
    std::vector<destination> through;
    if (r) {
      for (const user* u : r->members)
        if (u != sender) recipients.push_back(u->who);
      through.push_back(r->where);
    } else {
      recipients.push_back(person_asked->who);
    }
    const label_catalog<5> catalog =
        make_catalog(policy_labels, nato::restricted,
                     {.sender = sender->who, .recipients = recipients, .via = config_.server, .through = through});
    const catalog_text written = write_catalog(builtin_schemes, catalog.offered_labels(), catalog.default_index,
                                               {.to = target, .name = local_part(target)});
    const stanza_ptr result{xmpp_stanza_reply(iq)};
    xmpp_stanza_set_type(result.get(), "result");
    const stanza_ptr payload{written ? xmpp_stanza_new_from_string(ctx_, std::string(written.view()).c_str())
                                     : nullptr};
    if (!payload) {
      const stanza_ptr error{
          xmpp_stanza_reply_error(iq, "wait", "internal-server-error", "the catalog cannot be written")};
      xmpp_send(conn, error.get());
      return;
    }
    xmpp_stanza_add_child(result.get(), payload.get());
    xmpp_send(conn, result.get());
    std::printf("catalog for %s, asked by %s: %zu labels offered\n", target.c_str(), from.c_str(), catalog.offered);
    std::fflush(stdout);
  }

 private:
  [[nodiscard]] std::string bare(const std::string& jid) const {
    if (jid.empty()) return {};
    const strophe_text b(ctx_, xmpp_jid_bare(ctx_, jid.c_str()));
    return std::string(b.view());
  }
  static std::string local_part(std::string_view jid) {
    const auto at = jid.find('@');
    return std::string(at == std::string_view::npos ? std::string_view{} : jid.substr(0, at));
  }
  /// The person whose JID's local part is `name` (name@<component> addresses them).
  [[nodiscard]] const user* user_named(std::string_view name) const {
    for (const user& u : config_.users)
      if (!name.empty() && local_part(u.jid) == name) return &u;
    return nullptr;
  }

  /// An audit line; and a line on standard output, its reason said of `about` (the person, room
  /// or channel the decision concerns).
  void record(audit_kind kind, std::string_view subject, std::string_view target, std::string_view about,
              const decision_list& reasons, const label& l) {
    const audit_record r = trail_.record(kind, subject, target, reasons, l);
    std::array<char, 8192> line{};
    const std::size_t n = write_json(builtin_schemes, r, line);
    audit_.write(line.data(), static_cast<std::streamsize>(n)).put('\n').flush();
    std::printf("%s %s -> %s: %s\n", r.delivered ? "delivered" : "refused", std::string(subject).c_str(),
                std::string(target).c_str(), explain(r.outcome, about).c_str());
    std::fflush(stdout);
  }

  /// Refuses the whole message: an audit line, and an error stanza that names every reason, each
  /// said of `about` (the sender, the room or the server's channel).
  void refuse(xmpp_conn_t* conn, xmpp_stanza_t* message, const char* condition, const std::string& from,
              std::string_view target, std::string_view about, const decision_list& reasons, const label& l,
              std::string text = {}) {
    if (reasons.size() > 0) {
      record(audit_kind::deliver, from, target, about, reasons, l);
      for (const decision& d : reasons) text += (text.empty() ? "" : "\n") + std::string(explain(d, about).view());
    }
    const stanza_ptr error{xmpp_stanza_reply_error(message, "modify", condition, text.c_str())};
    xmpp_send(conn, error.get());
  }

  /// The message, with its body and security label, to `recipient`, from `as`.
  void relay(xmpp_conn_t* conn, xmpp_stanza_t* message, xmpp_stanza_t* label_part, const std::string& recipient,
             const std::string& as) {
    const std::string type = attribute(message, "type") == "chat" ? "chat" : "normal";
    const stanza_ptr out{xmpp_message_new(ctx_, type.c_str(), recipient.c_str(), nullptr)};
    xmpp_stanza_set_from(out.get(), as.c_str());
    if (const strophe_text body(ctx_, xmpp_message_get_body(message)); body.text)
      xmpp_message_set_body(out.get(), body.text);
    const stanza_ptr copy{xmpp_stanza_copy(label_part)};
    xmpp_stanza_add_child(out.get(), copy.get());
    xmpp_send(conn, out.get());
  }

  /// The report to the sender: a normal message from the destination.
  void answer(xmpp_conn_t* conn, xmpp_stanza_t* message, const std::string& text) {
    const stanza_ptr out{xmpp_message_new(ctx_, "normal", attribute(message, "from").c_str(), nullptr)};
    xmpp_stanza_set_from(out.get(), attribute(message, "to").c_str());
    xmpp_message_set_body(out.get(), text.c_str());
    xmpp_send(conn, out.get());
  }

  config config_;
  xmpp_ctx_t* ctx_;
  std::ofstream audit_;
  audit_trail trail_;
};

// --- the connection ---------------------------------------------------------------------------

volatile std::sig_atomic_t stop_requested = 0;
int exit_status = 0;

int on_message(xmpp_conn_t* conn, xmpp_stanza_t* stanza, void* g) {
  static_cast<guard*>(g)->on_message(conn, stanza);
  return 1;
}

int on_iq(xmpp_conn_t* conn, xmpp_stanza_t* iq, void* g) {
  const std::string type = attribute(iq, "type");
  if (type != "get" && type != "set") return 1;  // results and errors need no answer
  if (xmpp_stanza_t* request = xmpp_stanza_get_child_by_name_and_ns(iq, "catalog", xep0258_catalog_namespace.data());
      request && type == "get") {
    static_cast<guard*>(g)->on_catalog_request(conn, iq, request);
  } else {
    const stanza_ptr error{xmpp_stanza_reply_error(iq, "cancel", "service-unavailable", nullptr)};
    xmpp_send(conn, error.get());
  }
  return 1;
}

/// libstrophe (0.12 to 0.14) reads a connection's stream-management state (XEP-0198) on every
/// stanza it receives, but only a client connection allocates that state: a component crashes on
/// its first stanza. A client connection that fails at once (loopback port 1: refused) allocates
/// it on `conn`, which the component connection then keeps, unused.
bool allocate_stream_state(xmpp_ctx_t* ctx, xmpp_conn_t* conn) {
  bool ended = false;
  const xmpp_conn_handler note_end = [](xmpp_conn_t*, xmpp_conn_event_t, int, xmpp_stream_error_t*, void* flag) {
    *static_cast<bool*>(flag) = true;
  };
  if (xmpp_connect_client(conn, "127.0.0.1", 1, note_end, &ended) != XMPP_EOK) return false;
  for (int i = 0; i < 50 && !ended; ++i) xmpp_run_once(ctx, 100);
  return ended;
}

int check_stop(xmpp_ctx_t* ctx, void*) {
  if (stop_requested) xmpp_stop(ctx);
  return 1;
}

void on_connection(xmpp_conn_t* conn, xmpp_conn_event_t event, int, xmpp_stream_error_t*, void* g) {
  auto& self = *static_cast<guard*>(g);
  if (event == XMPP_CONN_CONNECT) {
    std::printf("clearance-guard: serving %s (accreditation: %s)\n", self.settings().component.c_str(),
                std::string(self.settings().server->name).c_str());
    std::fflush(stdout);
  } else {
    std::fprintf(stderr, "clearance-guard: %s\n", event == XMPP_CONN_FAIL ? "cannot connect" : "disconnected");
    if (!stop_requested) exit_status = 1;
    xmpp_stop(xmpp_conn_get_context(conn));
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: clearance-guard CONFIG\n");
    return 2;
  }
  xmpp_initialize();
  xmpp_ctx_t* ctx = xmpp_ctx_new(nullptr, nullptr);
  xmpp_ctx_set_timeout(ctx, 100);  // the event loop wakes every 100 ms: a stop request is seen soon
  try {
    guard g(read_config(argv[1]), ctx);
    std::signal(SIGINT, [](int) { stop_requested = 1; });
    std::signal(SIGTERM, [](int) { stop_requested = 1; });
    xmpp_conn_t* conn = xmpp_conn_new(ctx);
    xmpp_conn_set_jid(conn, g.settings().component.c_str());
    xmpp_conn_set_pass(conn, g.settings().secret.c_str());
    xmpp_global_timed_handler_add(ctx, check_stop, 100, nullptr);
    // Added before connecting: libstrophe 0.12 must not have handlers added while it runs the
    // handshake's own handler (the guard crashed in it when they were added on connect).
    xmpp_handler_add(conn, on_message, nullptr, "message", nullptr, &g);
    xmpp_handler_add(conn, on_iq, nullptr, "iq", nullptr, &g);
    if (!allocate_stream_state(ctx, conn) ||
        xmpp_connect_component(conn, g.settings().host.c_str(), g.settings().port, on_connection, &g) != XMPP_EOK) {
      std::fprintf(stderr, "clearance-guard: cannot connect to %s:%u\n", g.settings().host.c_str(), g.settings().port);
      exit_status = 1;
    } else {
      xmpp_run(ctx);
    }
    xmpp_conn_release(conn);
  } catch (const bad_input& e) {
    std::fprintf(stderr, "clearance-guard: %s\n", e.what.c_str());
    exit_status = 2;
  }
  xmpp_ctx_free(ctx);
  xmpp_shutdown();
  return exit_status;
}
