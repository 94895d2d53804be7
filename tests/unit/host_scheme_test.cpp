// SPDX-License-Identifier: MIT
//
// A scheme the host defines (tests/support/host_scheme.hpp) goes through every door of the
// library with no library edit: can_access, may_transmit, convert, parse_marking and
// format_marking, a marking literal of its own, labeled_in<R, T, L>, require_in, and the
// run-time path of a clearance-check style tool. This file includes only the layers it uses and
// no built-in scheme but NATO (and the channel catalogue's).
#include <doctest/doctest.h>

#include <clearance/data/channels.hpp>
#include <clearance/decide/access.hpp>
#include <clearance/decide/equivalence.hpp>
#include <clearance/decide/require.hpp>
#include <clearance/decide/transmit.hpp>
#include <clearance/decide/verify.hpp>
#include <clearance/handle/dynamic.hpp>
#include <clearance/handle/labeled.hpp>
#include <clearance/text/explain.hpp>
#include <clearance/text/marking.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "../support/host_scheme.hpp"

using namespace clearance;

namespace {

/// The host's own marking literal, over its registry.
template <marking_literal Text>
constexpr label operator""_exr() noexcept {
  return parse_marking_in<exr::schemes, Text>();
}

template <class T, label L>
using labeled = labeled_in<exr::schemes, T, L>;

constexpr person officer{.nationality = party::nor,
                         .works_for = organisation::government,
                         .clearances = {exr::full},
                         .briefed = true};
constexpr person observer{.nationality = party::nor,
                          .works_for = organisation::government,
                          .clearances = {exr::basic},
                          .briefed = true};
constexpr person ally{.nationality = party::nld,
                      .works_for = organisation::government,
                      .clearances = {exr::full},
                      .briefed = true};

constexpr label orders = exr::secret;
constexpr label shared_orders = label{exr::secret}.releasable({party::nor, party::nld});

}  // namespace

// The host's data follows the library's rules, checked the way the library checks its own.
static_assert(verified_in<exr::schemes, exr::scheme>);
static_assert(registry_valid(exr::schemes));
static_assert(verified_channel_in<exr::schemes, exr::exercise_net>);

TEST_CASE("a host scheme: access, at compile time and at run time") {
  static_assert(require_in<exr::schemes, can_access(exr::schemes, officer, orders)>);
  static_assert(accessible_in<exr::schemes, officer, orders>);
  static_assert(!accessible_in<exr::schemes, observer, orders>);
  static_assert(can_access(exr::schemes, observer, orders).why == reason::clearance_below_label);
  static_assert(can_access(exr::schemes, ally, orders).why == reason::not_releasable);
  static_assert(can_access(exr::schemes, ally, shared_orders).allowed());

  const decision d = can_access(exr::schemes, observer, orders);
  CHECK(d.why == reason::clearance_below_label);
  CHECK(explain(exr::schemes, d).view() ==
        "denied (clearance below label): person holds EXR basic, valid up to RESTRICTED; label is SECRET");
  // The same label is unknown to a registry that does not hold the scheme: never guessed.
  constexpr registry nato_only = registry_of<nato::scheme>;
  CHECK(can_access(nato_only, officer, orders).why == reason::unknown_scheme);
}

TEST_CASE("a host scheme: conversion through its table to NATO") {
  static_assert(convert(exr::schemes, orders, nato::id).value.rank == nato::secret.rank);
  static_assert(to_nato(exr::schemes, exr::restricted).value.rank == nato::restricted.rank);
  const conversion back = from_nato(exr::schemes, nato::confidential, exr::id);
  CHECK(back.ok());
  CHECK(back.kind == mapping::handled_as);
  CHECK(back.value.rank == exr::secret.rank);
  CHECK(from_nato(exr::schemes, nato::cosmic_top_secret, exr::id).outcome.why == reason::no_equivalent_level);
  // A NATO clearance covers the host's label through the table.
  constexpr person nato_officer{.nationality = party::nor,
                                .works_for = organisation::government,
                                .clearances = {nato::clearance_secret, exr::full},
                                .briefed = true};
  CHECK(can_access(exr::schemes, nato_officer, orders).allowed());
}

TEST_CASE("a host scheme: channels, its own row and the library's") {
  static_assert(may_transmit(exr::schemes, orders, exr::exercise_net).allowed());
  static_assert(transmittable_in<exr::schemes, orders, exr::exercise_net>);
  // An unmanaged iPhone is approved for no classified information: RESTRICTED, as NATO
  // RESTRICTED, is above it.
  constexpr decision d = may_transmit(exr::schemes, exr::restricted, channels::ios_unmanaged);
  static_assert(d.why == reason::above_channel_ceiling);
  CHECK(explain(exr::schemes, d, "iPhone").view() ==
        "denied (above channel ceiling): channel iPhone is approved for unclassified information only; label is "
        "RESTRICTED");
  // WhatsApp's row states its ceiling in the Belgian scheme, which this registry does not hold:
  // the row cannot be judged here, so it is refused, never guessed.
  constexpr decision w = may_transmit(exr::schemes, exr::restricted, channels::whatsapp);
  static_assert(w.why == reason::invalid_channel);
  static_assert(w.detail == static_cast<int>(channel_rule::unknown_ceiling_scheme));
}

TEST_CASE("a host scheme: markings read and written, and its own literal") {
  constexpr const vocabulary& words = vocabulary_of<exr::schemes>;
  constexpr marking_result read = parse_marking(words, "EXR SECRET//REL TO NOR, NLD");
  static_assert(read.ok());
  static_assert(read.value == shared_orders);
  CHECK(parse_marking(words, "exercise restricted").value == label{exr::restricted});
  CHECK(parse_marking(words, "Stg. GEHEIM").error == marking_error::unknown_classification);  // not registered
  CHECK(format_marking(exr::schemes, shared_orders).view() == "EXR SECRET//REL TO NLD, NOR");
  CHECK(parse_marking(words, format_marking(exr::schemes, shared_orders).view()).value == shared_orders);
  static_assert("EXR RESTRICTED"_exr == label{exr::restricted});
  static_assert("NATO SECRET"_exr == label{nato::secret});
}

TEST_CASE("a host scheme: labelled values and run-time handling") {
  const labeled<std::string, orders> plan{"move at dawn"};
  CHECK(send<exr::exercise_net>(plan) == "move at dawn");
  CHECK(reveal<officer>(plan) == "move at dawn");
  const auto briefing = combine(plan, labeled<std::string, label{exr::restricted}>{", quietly"},
                                [](const std::string& a, const std::string& b) { return a + b; });
  static_assert(decltype(briefing)::classification == orders);

  // A label known only at run time, as a clearance-check style tool reads it.
  const marking_result parsed = parse_marking(vocabulary_of<exr::schemes>, std::string_view{"EXR SECRET"});
  REQUIRE(parsed.ok());
  const dynamic_labeled<std::string> received{"from the wire", parsed.value};
  std::string shown;
  CHECK(reveal(exr::schemes, received, observer, [&](const std::string& v) { shown = v; }).why ==
        reason::clearance_below_label);
  CHECK(shown.empty());
  CHECK(reveal(exr::schemes, received, officer, [&](const std::string& v) { shown = v; }).allowed());
  CHECK(shown == "from the wire");
  CHECK(send(exr::schemes, received, channels::ios_unmanaged, {}, [](const std::string&) {}).why ==
        reason::above_channel_ceiling);
}

TEST_CASE("a registry known only at run time, over storage its owner keeps, decides the same") {
  // As a policy loaded from a file would: the schemes in storage the host owns.
  const std::vector<const scheme*> loaded{&nato::scheme, &exr::scheme};
  const registry at_run_time{loaded};
  for (const person& p : {officer, observer, ally})
    for (const label& l : {orders, shared_orders, label{exr::restricted}, label{nato::secret}})
      CHECK(can_access(at_run_time, p, l) == can_access(exr::schemes, p, l));
  CHECK(convert(at_run_time, orders, nato::id).value == convert(exr::schemes, orders, nato::id).value);
  CHECK(explain(at_run_time, can_access(at_run_time, observer, orders)).view() ==
        explain(exr::schemes, can_access(exr::schemes, observer, orders)).view());
  CHECK(format_marking(at_run_time, shared_orders).view() == "EXR SECRET//REL TO NLD, NOR");
  CHECK(registry_valid(at_run_time));

  // A hole in the host's storage names no scheme: passed over, never read, and the registry is
  // reported invalid.
  const std::vector<const scheme*> holed{&nato::scheme, nullptr};
  const registry with_hole{holed};
  CHECK_FALSE(registry_valid(with_hole));
  CHECK(can_access(with_hole, officer, orders).why == reason::unknown_scheme);
  constexpr registry nato_only = registry_of<nato::scheme>;
  for (const person& p : {officer, observer, ally})
    CHECK(can_access(with_hole, p, label{nato::restricted}) == can_access(nato_only, p, label{nato::restricted}));
  CHECK(convert(with_hole, label{nato::secret}, exr::id).outcome.why == reason::unknown_scheme);
}

TEST_CASE("a host scheme's own tag sets: a codeword, an eyes-only list, an informative note") {
  constexpr const vocabulary& words = vocabulary_of<exr::schemes>;
  constexpr label dawn_orders = label{exr::secret}.with(exr::dawn);
  constexpr person briefed_on_dawn = [] {
    person p = officer;
    p.need_to_know = {exr::dawn};
    return p;
  }();

  // Compile time and run time: the codeword is restrictive, the note informative.
  static_assert(can_access(exr::schemes, briefed_on_dawn, dawn_orders).allowed());
  static_assert(can_access(exr::schemes, officer, dawn_orders).why == reason::missing_need_to_know);
  static_assert(accessible_in<exr::schemes, briefed_on_dawn, dawn_orders.with(exr::debrief)>);
  const decision missing = can_access(exr::schemes, officer, dawn_orders);
  CHECK(missing.categories() == category_set{exr::dawn});
  CHECK(explain(exr::schemes, missing).view().find("DAWN") != std::string_view::npos);

  // The policy's rules: DAWN only at SECRET, never with DUSK; a codeword of no scheme is undefined.
  CHECK(validate(exr::schemes, label{exr::restricted}.with(exr::dawn)).why == reason::category_not_allowed_at_level);
  const decision both = validate(exr::schemes, dawn_orders.with(exr::dusk));
  CHECK(both.why == reason::categories_excluded);
  CHECK(both.categories() == category_set{exr::dawn, exr::dusk});
  CHECK(explain(exr::schemes, both).view() ==
        "denied (categories excluded): DAWN, DUSK exclude each other; label is SECRET");
  const decision alone = validate(exr::schemes, label{exr::secret}.with(exr::noon));  // NOON needs DAWN
  CHECK(alone.why == reason::category_required);
  CHECK(alone.categories() == category_set{exr::dawn, exr::noon});
  CHECK(explain(exr::schemes, alone).view() ==
        "denied (category required): DAWN, NOON may only come together; label is SECRET");
  CHECK(validate(exr::schemes, dawn_orders.with(exr::noon)).allowed());
  CHECK(parse_marking(words, "EXR SECRET NOON").error == marking_error::category_not_allowed);
  CHECK(validate(exr::schemes, label{exr::secret}.with(host_category(4))).why == reason::undefined_category);
  CHECK(validate(exr::schemes, label{nato::secret}.with(exr::dawn)).why == reason::undefined_category);
  person holds_unknown = officer;
  holds_unknown.need_to_know = {host_category(4)};
  CHECK(can_access(exr::schemes, holds_unknown, orders).why == reason::invalid_need_to_know);

  // Markings: read and written by name, the eyes-only list with the scheme's own word.
  static_assert(parse_marking(words, "EXR SECRET//DAWN//DEBRIEF").value == dawn_orders.with(exr::debrief));
  static_assert("EXR SECRET DAWN"_exr == dawn_orders);
  CHECK(format_marking(exr::schemes, dawn_orders.with(exr::debrief)).view() == "EXR SECRET//DAWN//DEBRIEF");
  CHECK(parse_marking(words, "EXR RESTRICTED DAWN").error == marking_error::category_not_allowed);
  CHECK(parse_marking(words, "EXR SECRET DAWN DUSK").error == marking_error::category_not_allowed);
  CHECK(parse_marking(words, "NATO SECRET DAWN").error == marking_error::unknown_category);
  constexpr label eyes_only = label{exr::secret}.releasable({party::nor, party::swe}).only_for({party::nor, party::swe});
  static_assert(parse_marking(words, "EXR SECRET NOR, SWE EYES ONLY").value == eyes_only);
  CHECK(format_marking(exr::schemes, eyes_only).view() == "EXR SECRET//NOR, SWE EYES ONLY");
  CHECK(format_marking(exr::schemes, eyes_only, marking_form::banner).view() == "EXERCISE SECRET//NOR, SWE EYES ONLY");
  CHECK(parse_marking(words, format_marking(exr::schemes, eyes_only, marking_form::banner).view(), {exr::id}).value ==
        eyes_only);
  person swede = briefed_on_dawn;
  swede.nationality = party::swe;
  CHECK(can_access(exr::schemes, swede, eyes_only).allowed());
  CHECK(can_access(exr::schemes, ally, eyes_only).why == reason::not_releasable);

  // Every door: a labelled value, require_in, the run-time reveal.
  const labeled<std::string, dawn_orders> plan{"move at dawn"};
  CHECK(reveal<briefed_on_dawn>(plan) == "move at dawn");
  static_assert(require_in<exr::schemes, can_access(exr::schemes, briefed_on_dawn, dawn_orders)>);
  const dynamic_labeled<std::string> received{"from the wire", parse_marking(words, "EXR SECRET DAWN").value};
  CHECK(reveal(exr::schemes, received, officer, [](const std::string&) {}).why == reason::missing_need_to_know);
  CHECK(reveal(exr::schemes, received, briefed_on_dawn, [](const std::string&) {}).allowed());
  CHECK(send<exr::exercise_net>(plan) == "move at dawn");
}

TEST_CASE("a host scheme's ceiling for a party: named above it, a label is invalid - joined, the party is dropped") {
  const label with_ukraine = label{exr::restricted}.releasable({party::nor, party::ukr});
  const label secret_with_ukraine = label{exr::secret}.releasable({party::nor, party::ukr});
  CHECK(validate(exr::schemes, with_ukraine).allowed());
  const decision d = validate(exr::schemes, secret_with_ukraine);
  CHECK(d.why == reason::party_not_allowed_at_level);
  CHECK(d.parties() == party_set{party::ukr});
  static_assert(validate(exr::schemes, label{exr::secret}.releasable({party::nor, party::ukr})).why ==
                reason::party_not_allowed_at_level);
  CHECK(explain(exr::schemes, d).view() ==
        "denied (party not allowed at level): UKR may not be named at SECRET: above the scheme's ceiling for them");
  // An ONLY list counts as naming the party as well.
  CHECK(validate(exr::schemes, label{exr::secret}.only_for({party::nor, party::ukr})).why == reason::party_not_allowed_at_level);
  // Everyone who could read both parts and may see the higher level: Ukraine is dropped.
  const label_result joined = join(exr::schemes, with_ukraine, label{exr::secret}.releasable({party::nor, party::ukr, party::swe}).releasable({party::nor}));
  REQUIRE(joined.ok());
  CHECK(joined.value.releasable_to == party_set{party::nor});
  const label_result up = join(exr::schemes, with_ukraine, label{exr::secret}.releasable({party::nor}));
  CHECK(validate(exr::schemes, up.value).allowed());
  const label_result only_ukraine =
      join(exr::schemes, label{exr::restricted}.only_for({party::ukr}), label{exr::secret});
  REQUIRE(only_ukraine.ok());
  CHECK(only_ukraine.value.releasable_to.empty());  // an ONLY list of no one left: releasable to nobody
  CHECK(validate(exr::schemes, only_ukraine.value).allowed());
  // A marking naming Ukraine above the ceiling is refused at the level.
  const auto text = format_marking(exr::schemes, label{exr::restricted}.releasable({party::nor, party::ukr}));
  CHECK(parse_marking(vocabulary_of<exr::schemes>, text.view()).ok());
  std::string above(text.view());
  above.replace(above.find("RESTRICTED"), 10, "SECRET");
  const marking_result r = parse_marking(vocabulary_of<exr::schemes>, above);
  CHECK(r.error == marking_error::party_not_allowed);
  CHECK(r.offset == above.find("SECRET"));  // the level is what is too high
}

TEST_CASE("a host scheme's requirement: a debrief note needs an operation codeword") {
  const decision d = validate(exr::schemes, label{exr::secret}.with(exr::debrief));
  CHECK(d.why == reason::category_requirement_unmet);
  CHECK(d.categories() == category_set{exr::dawn, exr::dusk});
  CHECK(explain(exr::schemes, d).view() == "denied (category requirement unmet): DEBRIEF needs one or more of DAWN, DUSK");
  CHECK(validate(exr::schemes, label{exr::secret}.with({exr::debrief, exr::dusk})).allowed());
  static_assert(!is_valid(exr::schemes, label{exr::secret}.with(exr::debrief)));
  CHECK(parse_marking(vocabulary_of<exr::schemes>, "EXR SECRET//DEBRIEF").error == marking_error::category_not_allowed);
}

TEST_CASE("a host scheme's categories that exclude each other have no join") {
  // Each part is valid; a label with both codewords is not: no bound, and the rule said.
  const label_result j = join(exr::schemes, label{exr::secret}.with(exr::dawn), label{exr::secret}.with(exr::dusk));
  CHECK_FALSE(j.ok());
  CHECK(j.outcome.why == reason::categories_excluded);
  CHECK(meet(exr::schemes, label{exr::secret}.with(exr::dawn), label{exr::secret}.with(exr::dusk)).ok());
}
