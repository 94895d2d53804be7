// SPDX-License-Identifier: MIT
//
// Wire-format laws, exhaustively over the universe of labels:
//   read_4774(write_4774(l)) == l for every label, with or without the optional parts;
//   an alternative label reads back as the library's conversion, and exists exactly when the
//   conversion does (never lower: the conversion's own laws, equivalence_law_test.cpp).
#include <doctest/doctest.h>

#include <clearance/wire.hpp>
#include <string>

#include "universe.hpp"

using namespace clearance;

namespace {

std::string show(const label& l) { return std::string(format_marking(l).view()); }

/// The universe, and each of its labels without an ONLY list releasable to groups too.
std::vector<label> labels_with_groups() {
  std::vector<label> out;
  for (const label& l : universe::all_labels()) {
    out.push_back(l);
    if (l.only.empty())
      for (const label& v : {l.releasable({party::nato, party::eapc}), l.releasable({party::nato, party::jpn}),
                             l.releasable({party::eu, party::che}), l.releasable({party::jpn})})
        out.push_back(v);
  }
  return out;
}

}  // namespace

TEST_CASE("read_4774(write_4774(l)) == l for every label") {
  int round_trips = 0;
  for (const label& l : labels_with_groups()) {
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
