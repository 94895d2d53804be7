// SPDX-License-Identifier: MIT
//
// Wire-format laws, exhaustively over the universe of labels:
//   read_4774(write_4774(l)) == l for every label, with or without the optional parts;
//   read_ess(write_ess(l)) == l for every label whose parties all have a code, and the writer
//   refuses (no_code) exactly the others; likewise in base64, and through XEP-0258 in both forms;
//   an alternative label reads back as the library's conversion, and exists exactly when the
//   conversion does (never lower: the conversion's own laws, equivalence_law_test.cpp).
#include <doctest/doctest.h>

#include <clearance/wire.hpp>
#include <string>

#include "universe.hpp"

using namespace clearance;

namespace {

std::string show(const label& l) { return std::string(format_marking(l).view()); }

}  // namespace

TEST_CASE("read_4774(write_4774(l)) == l for every label") {
  int round_trips = 0;
  for (const label& l : universe::labels_with_groups()) {
    INFO("label: " << show(l));
    const wire_text plain = write_4774(l);
    REQUIRE(plain.ok());
    const xml_label back = read_4774(plain.view());
    CHECK(back.ok());
    CHECK(back.value == l);
    // With a privacy mark and a creation time, as an alternative label: the same label.
    const wire_text full = write_4774(l, {.role = label_role::alternative, .privacy_mark = "STAFF IN CONFIDENCE",
                                          .creation_date_time = "2026-11-29T23:59:59.5+01:00"});
    REQUIRE(full.ok());
    const xml_label again = read_4774(full.view());
    CHECK(again.value == l);
    CHECK(again.role == label_role::alternative);
    CHECK(again.privacy_mark == "STAFF IN CONFIDENCE");
    round_trips += 2;
  }
  MESSAGE(round_trips << " 4774 round trips");
  CHECK(round_trips > 1000);
}

namespace {

/// Whether the ESS form of `l` needs a party that has no code: one its lists write (see
/// wire::lists_of), without a number.
bool needs_missing_code(const label& l) {
  const scheme& s = *builtin_schemes.find(l.scheme);
  const wire::label_lists lists = wire::lists_of(s, l);
  bool missing = lists.own_context && find_party(s.owner)->number == 0;
  (lists.releasable_to | lists.only).for_each([&](party p) { missing = missing || find_party(p)->number == 0; });
  return missing;
}

}  // namespace

TEST_CASE("read_ess(write_ess(l)) == l for every label with codes - no_code for exactly the others") {
  int round_trips = 0, refused = 0;
  for (const label& l : universe::labels_with_groups()) {
    INFO("label: " << show(l));
    const ess_result der = write_ess(l);
    CHECK(der.ok() == !needs_missing_code(l));
    if (!der.ok()) {
      CHECK(der.error == wire_error::no_code);
      CHECK(write_ess_base64(l).error == wire_error::no_code);
      ++refused;
      continue;
    }
    const ess_label back = read_ess(der.view());
    CHECK(back.ok());
    CHECK(back.value == l);
    const ess_text text = write_ess_base64(l, {privacy_mark_type::utf8, "Persönlich"});
    REQUIRE(text.ok());
    const ess_label again = read_ess_base64(text.view());
    CHECK(again.value == l);
    CHECK(again.privacy_mark().text == "Persönlich");
    round_trips += 2;
  }
  MESSAGE(round_trips << " ESS round trips; " << refused << " labels refused for a party without a code");
  CHECK(round_trips > 1000);
  CHECK(refused > 0);
}

TEST_CASE("read_xep0258(write_xep0258(l)) == l for every label, in both payload forms") {
  int round_trips = 0;
  for (const label& l : universe::labels_with_groups())
    for (const label_format format : {label_format::stanag4774, label_format::ess}) {
      INFO("label: " << show(l) << " format " << static_cast<int>(format));
      const wire_text w = write_xep0258(l, {.format = format});
      if (format == label_format::ess && needs_missing_code(l)) {
        CHECK(w.error == wire_error::no_code);
        continue;
      }
      if (format_marking(l, marking_form::banner).size() == 0) {  // no display marking: refused
        CHECK(w.error == wire_error::invalid_label);
        continue;
      }
      REQUIRE(w.ok());
      const xmpp_label r = read_xep0258(w.view());
      CHECK(r.ok());
      CHECK(r.value == l);
      CHECK(r.format == format);
      ++round_trips;
    }
  MESSAGE(round_trips << " XEP-0258 round trips");
  CHECK(round_trips > 1000);
}

TEST_CASE("an alternative label is the conversion, and exists exactly when it does") {
  const conversion_terms terms{.on = {}, .in = context::nato_exchange, .accepts = confidence::unverified};
  int written = 0, refused = 0;
  for (const label& l : universe::all_labels())
    for (const scheme* target : builtin_schemes.schemes()) {
      if (target->id == l.scheme) continue;
      INFO("label: " << show(l) << " to " << target->code);
      const conversion c = convert(builtin_schemes, l, target->id, terms);
      const wire_text w = write_alternative_4774(builtin_schemes, l, target->id, terms);
      CHECK(w.ok() == c.ok());
      if (!w.ok()) {
        CHECK(w.error == wire_error::no_equivalent);
        ++refused;
        continue;
      }
      const xml_label r = read_4774(w.view());
      CHECK(r.value == c.value);
      CHECK(r.role == label_role::alternative);
      ++written;
    }
  MESSAGE(written << " alternative labels written, " << refused << " refused");
  CHECK(written > 100);
}
