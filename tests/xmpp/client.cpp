// SPDX-License-Identifier: MIT
//
// A test client for clearance-guard (tests/xmpp/end_to_end.sh): a user of the XMPP server that
// sends one labelled message, collects what it receives, or asks for a catalog, and prints what
// came back, one line per stanza, for the script to check. It logs in over TCP on loopback,
// without TLS (the test server has no certificate).
//
//   client send JID PASSWORD PORT TO LABEL BODY
//       LABEL: a marking, written as an XEP-0258 <securitylabel> by the library; "none" (no
//       label); or "malformed" (a <securitylabel> whose <label> holds no label). Prints the
//       guard's answer: "error <condition>: <text>" or "report: <body>"; exits 1 when none came.
//   client receive JID PASSWORD PORT
//       Prints every message waiting for the user: "message from <from> [<marking>]: <body>",
//       the marking read back from its label by the library; stops 2 s after the last one.
//   client catalog JID PASSWORD PORT TO
//       Prints each label of the catalog: "offered <marking>", "(default)" after the default.
#include <strophe.h>

#include <clearance/clearance.hpp>
#include <clearance/wire.hpp>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

using namespace clearance;

namespace {

struct session {
  std::string mode, to, label, body;
  bool answered = false;
  int quiet_ticks = 0;  ///< receive: 100 ms ticks since the last message
  int ticks = 0;        ///< 100 ms ticks since the start
};

std::string text_of(xmpp_stanza_t* s) {
  char* buffer = nullptr;
  std::size_t length = 0;
  if (!s || xmpp_stanza_to_text(s, &buffer, &length) != XMPP_EOK) return {};
  std::string out(buffer, length);
  xmpp_free(xmpp_stanza_get_context(s), buffer);
  return out;
}

std::string body_of(xmpp_stanza_t* message) {
  char* body = xmpp_message_get_body(message);
  if (!body) return {};
  std::string out(body);
  xmpp_free(xmpp_stanza_get_context(message), body);
  return out;
}

/// The marking of a stanza's XEP-0258 label, as the library reads it back.
std::string marking_of(xmpp_stanza_t* parent) {
  xmpp_stanza_t* part = xmpp_stanza_get_child_by_name_and_ns(parent, "securitylabel", xep0258_namespace.data());
  if (!part) return "no label";
  const xmpp_label read = read_xep0258(text_of(part));
  return read ? std::string(format_marking(read.value).view()) : "unreadable: " + std::string(to_string(read.error));
}

void print_line(std::string text) {
  for (char& c : text)
    if (c == '\n') c = '|';
  std::printf("%s\n", text.c_str());
  std::fflush(stdout);
}

int on_message(xmpp_conn_t* conn, xmpp_stanza_t* message, void* data) {
  auto& s = *static_cast<session*>(data);
  const char* type = xmpp_stanza_get_type(message);
  const char* from = xmpp_stanza_get_from(message);
  if (s.mode == "send") {
    // The guard answers from the destination's bare JID; a message relayed to this user comes
    // from a full JID (room/sender) and is not the answer.
    if (!from || s.to != from) return 1;
    if (type && std::strcmp(type, "error") == 0) {
      xmpp_stanza_t* error = xmpp_stanza_get_child_by_name(message, "error");
      xmpp_stanza_t* condition = error ? xmpp_stanza_get_children(error) : nullptr;
      while (condition && xmpp_stanza_get_name(condition) && std::strcmp(xmpp_stanza_get_name(condition), "text") == 0)
        condition = xmpp_stanza_get_next(condition);
      xmpp_stanza_t* text = error ? xmpp_stanza_get_child_by_name(error, "text") : nullptr;
      char* words = text ? xmpp_stanza_get_text(text) : nullptr;
      print_line(std::string("error ") + (condition ? xmpp_stanza_get_name(condition) : "?") + ": " +
                 (words ? words : ""));
      if (words) xmpp_free(xmpp_conn_get_context(conn), words);
    } else {
      print_line("report: " + body_of(message));
    }
    s.answered = true;
    xmpp_disconnect(conn);
  } else if (s.mode == "receive") {
    print_line(std::string("message from ") + (from ? from : "?") + " [" + marking_of(message) +
               "]: " + body_of(message));
    s.quiet_ticks = 0;
  }
  return 1;
}

int on_iq(xmpp_conn_t* conn, xmpp_stanza_t* iq, void* data) {
  auto& s = *static_cast<session*>(data);
  const char* type = xmpp_stanza_get_type(iq);
  const char* id = xmpp_stanza_get_id(iq);
  if (s.mode != "catalog" || !id || std::strcmp(id, "catalog1") != 0) return 1;
  if (type && std::strcmp(type, "result") == 0) {
    xmpp_stanza_t* catalog = xmpp_stanza_get_child_by_name_and_ns(iq, "catalog", xep0258_catalog_namespace.data());
    for (xmpp_stanza_t* item = catalog ? xmpp_stanza_get_children(catalog) : nullptr; item;
         item = xmpp_stanza_get_next(item)) {
      const char* is_default = xmpp_stanza_get_attribute(item, "default");
      print_line("offered " + marking_of(item) +
                 (is_default && std::strcmp(is_default, "true") == 0 ? " (default)" : ""));
    }
  } else {
    print_line("catalog refused: " + text_of(iq));
  }
  s.answered = true;
  xmpp_disconnect(conn);
  return 1;
}

int tick(xmpp_conn_t* conn, void* data) {
  auto& s = *static_cast<session*>(data);
  ++s.ticks;
  ++s.quiet_ticks;
  if ((s.mode == "receive" && s.quiet_ticks >= 20) || s.ticks >= 100) {
    xmpp_disconnect(conn);
    return 0;
  }
  return 1;
}

void send_request(xmpp_conn_t* conn, xmpp_ctx_t* ctx, session& s) {
  if (s.mode == "send") {
    xmpp_stanza_t* message = xmpp_message_new(ctx, "normal", s.to.c_str(), "message1");
    xmpp_message_set_body(message, s.body.c_str());
    std::string part;
    if (s.label == "malformed") {
      part = "<securitylabel xmlns='urn:xmpp:sec-label:0'><label><nonsense/></label></securitylabel>";
    } else if (s.label != "none") {
      const marking_result marking = parse_marking(s.label);
      const wire_text written = marking ? write_xep0258(builtin_schemes, marking.value) : wire_text{};
      if (!written) {
        print_line("cannot write the label " + s.label);
        xmpp_disconnect(conn);
        return;
      }
      part = std::string(written.view());
    }
    if (!part.empty()) {
      xmpp_stanza_t* child = xmpp_stanza_new_from_string(ctx, part.c_str());
      xmpp_stanza_add_child(message, child);
      xmpp_stanza_release(child);
    }
    xmpp_send(conn, message);
    xmpp_stanza_release(message);
  } else if (s.mode == "catalog") {
    xmpp_stanza_t* iq = xmpp_iq_new(ctx, "get", "catalog1");
    xmpp_stanza_set_to(iq, s.to.c_str());
    const std::string request = "<catalog xmlns='urn:xmpp:sec-label:catalog:2' to='" + s.to + "'/>";
    xmpp_stanza_t* child = xmpp_stanza_new_from_string(ctx, request.c_str());
    xmpp_stanza_add_child(iq, child);
    xmpp_stanza_release(child);
    xmpp_send(conn, iq);
    xmpp_stanza_release(iq);
  }
}

void on_connection(xmpp_conn_t* conn, xmpp_conn_event_t event, int, xmpp_stream_error_t*, void* data) {
  auto& s = *static_cast<session*>(data);
  xmpp_ctx_t* ctx = xmpp_conn_get_context(conn);
  if (event == XMPP_CONN_CONNECT) {
    xmpp_handler_add(conn, on_message, nullptr, "message", nullptr, data);
    xmpp_handler_add(conn, on_iq, nullptr, "iq", nullptr, data);
    xmpp_timed_handler_add(conn, tick, 100, data);
    xmpp_stanza_t* presence = xmpp_presence_new(ctx);  // online: the server hands over what waits
    xmpp_send(conn, presence);
    xmpp_stanza_release(presence);
    send_request(conn, ctx, s);
  } else {
    xmpp_stop(ctx);
  }
}

}  // namespace

int main(int argc, char** argv) {
  const std::string mode = argc > 1 ? argv[1] : "";
  const bool valid =
      (mode == "send" && argc == 8) || (mode == "receive" && argc == 5) || (mode == "catalog" && argc == 6);
  if (!valid) {
    std::fprintf(stderr,
                 "usage: client send JID PASSWORD PORT TO LABEL BODY | receive JID PASSWORD PORT |"
                 " catalog JID PASSWORD PORT TO\n");
    return 2;
  }
  session s{mode, argc > 5 ? argv[5] : "", argc > 6 ? argv[6] : "", argc > 7 ? argv[7] : ""};
  const int port = std::atoi(argv[4]);
  xmpp_initialize();
  xmpp_ctx_t* ctx = xmpp_ctx_new(nullptr, nullptr);
  xmpp_ctx_set_timeout(ctx, 50);  // the event loop wakes every 50 ms, so the 100 ms ticks keep time
  xmpp_conn_t* conn = xmpp_conn_new(ctx);
  xmpp_conn_set_flags(conn, XMPP_CONN_FLAG_DISABLE_TLS);
  xmpp_conn_set_jid(conn, argv[2]);
  xmpp_conn_set_pass(conn, argv[3]);
  int status = 1;
  if (xmpp_connect_client(conn, "127.0.0.1", static_cast<unsigned short>(port), on_connection, &s) == XMPP_EOK) {
    xmpp_run(ctx);
    status = (mode == "receive" || s.answered) ? 0 : 1;
  }
  if (status != 0) std::fprintf(stderr, "client %s %s: no answer\n", mode.c_str(), argv[2]);
  xmpp_conn_release(conn);
  xmpp_ctx_free(ctx);
  xmpp_shutdown();
  return status;
}
