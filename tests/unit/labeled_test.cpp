// SPDX-License-Identifier: MIT
//
// labeled<T, L> and dynamic_labeled<T>: zero cost, join on combination, no write-down,
// declassification by authority, sinks, run-time labels and the audit hook.
#include <doctest/doctest.h>

#include <string>
#include <type_traits>
#include <vector>

#include "../support/scenarios.hpp"

using namespace scenario;

namespace {

constexpr label restricted_paper = site_paper;
using note_t = labeled<std::string, operation_note>;
using paper_t = labeled<std::string, restricted_paper>;

/// Records every audit event while alive.
struct recorder {
  std::vector<audit_event> events;
  audit_hook hook{[](const audit_event& e, void* self) noexcept { static_cast<recorder*>(self)->events.push_back(e); },
                  this};
  const audit_hook* previous = set_audit_hook(&hook);
  ~recorder() { set_audit_hook(previous); }
};

std::string concatenate(const std::string& a, const std::string& b) { return a + " / " + b; }

}  // namespace

TEST_CASE("labeled values cost nothing: size, alignment and triviality of T") {
  static_assert(sizeof(labeled<int, operation_note>) == sizeof(int));
  static_assert(alignof(labeled<double, operation_note>) == alignof(double));
  static_assert(sizeof(labeled<std::string, operation_note>) == sizeof(std::string));
  static_assert(std::is_trivially_copyable_v<labeled<int, operation_note>>);
  static_assert(std::is_trivially_copyable_v<labeled<double, site_paper>>);
  static_assert(!std::is_trivially_copyable_v<labeled<std::string, site_paper>>);  // as std::string
  CHECK(sizeof(labeled<long long, operation_note>) == sizeof(long long));
}

TEST_CASE("no implicit access to the value, no implicit labelling") {
  static_assert(!std::is_convertible_v<labeled<int, operation_note>, int>);
  static_assert(!std::is_convertible_v<int, labeled<int, operation_note>>);
  static_assert(std::is_constructible_v<labeled<int, operation_note>, int>);  // explicit only
  static_assert(!std::is_default_constructible_v<labeled<int, operation_note>>);
}

TEST_CASE("join on combination: a message is never below any of its parts") {
  const note_t paragraph{"paragraph"};
  const paper_t attachment{"attachment"};
  const auto message = combine(paragraph, attachment, concatenate);
  using message_t = std::remove_const_t<decltype(message)>;
  static_assert(message_t::classification == join(operation_note, restricted_paper).value);
  static_assert(dominates(message_t::classification, operation_note));
  static_assert(dominates(message_t::classification, restricted_paper));
  static_assert(message_t::classification.categories == category_set{operation, site_papers});
  CHECK(reveal<with_need_to_know(dutch_officer, {operation, site_papers})>(message) == "paragraph / attachment");
}

TEST_CASE("combining narrows releasability to what every part allows") {
  const labeled<int, operation_note.releasable({party::nld, party::bel})> a{1};
  const labeled<int, operation_note.releasable({party::nld, party::deu})> b{2};
  const auto sum = combine(a, b, [](int x, int y) { return x + y; });
  static_assert(std::remove_const_t<decltype(sum)>::classification.releasable_to == party_set{party::nld});
  CHECK(reveal<dutch_officer>(sum) == 3);
}

TEST_CASE("no write-down: a container takes only information at or below its label") {
  static_assert(writable<operation_note, restricted_paper.releasable({party::nld})> ==
                dominates(operation_note, restricted_paper.releasable({party::nld})));
  static_assert(!writable<restricted_paper, operation_note>);              // NS into NR
  static_assert(!writable<operation_note, operation_note.with(category::atomal)>);  // ATOMAL lost
  static_assert(!writable<operation_note.releasable({party::nld}), operation_note.releasable({party::nld, party::bel})> ==
                false);  // writing into a narrower releasability is allowed
  static_assert(!writable<operation_note.releasable({party::nld, party::bel}), operation_note.releasable({party::nld})>);
  static_assert(!writable<operation_note, label{nld::stg_geheim}>);        // another scheme
  constexpr label up = join(operation_note, restricted_paper).value;
  labeled<std::string, up> target{"target"};
  append(target, paper_t{"+paper"}, [](std::string& t, const std::string& s) { t += s; });
  target = labeled<std::string, up>{"replaced"};
  const note_t note{"+note"};
  append(target, note, [](std::string& t, const std::string& s) { t += s; });
  CHECK(reveal<with_need_to_know(dutch_officer, {operation, site_papers})>(target) == "replaced+note");
  CHECK(may_write(restricted_paper, operation_note).why == reason::write_down);
  CHECK(explain(may_write(restricted_paper, operation_note)).view() ==
        "denied (write down): a container labelled NATO RESTRICTED without compartment 1 cannot receive information "
        "labelled NATO SECRET");
}

TEST_CASE("raising a label is allowed - raising down is not") {
  static_assert(raisable<restricted_paper, join(restricted_paper, operation_note).value>);
  static_assert(!raisable<operation_note, restricted_paper>);
  const auto raised = raise<label{nato::cosmic_top_secret}.with(site_papers)>(paper_t{"paper"});
  static_assert(std::remove_const_t<decltype(raised)>::classification.rank == nato::cosmic_top_secret.rank);
  CHECK(may_raise(operation_note, restricted_paper).why == reason::not_a_raise);
}

TEST_CASE("declassification needs an authority, is visible, and is audited") {
  recorder audit_log;
  const note_t note{"troop movements"};
  const auto lowered = declassify<label{nato::restricted}.with(operation), operation_commander>(note);
  static_assert(std::remove_const_t<decltype(lowered)>::classification.rank == nato::restricted.rank);
  REQUIRE(audit_log.events.size() == 1);
  const audit_event& e = audit_log.events[0];
  CHECK(e.kind == audit_kind::declassify);
  CHECK(e.outcome.allowed());
  CHECK(e.from == operation_note);
  CHECK(e.to.rank == nato::restricted.rank);
  CHECK(e.who == "operation commander");
  CHECK(e.ground == "the operation has ended");
  CHECK(may_lower(operation_note, label{nato::restricted}.with(operation), {"someone", ""}).why ==
        reason::no_declassification_authority);
  // a "lowering" that adds a category the note lacks is no lowering
  CHECK(may_lower(operation_note, restricted_paper, operation_commander::grant).why == reason::not_a_lowering);
  CHECK(may_lower(restricted_paper, operation_note, operation_commander::grant).why == reason::not_a_lowering);
}

TEST_CASE("sinks: send, store and reveal hand out the value only where allowed") {
  const labeled<std::string, label{nld::dep_vertrouwelijk}> call{"call"};
  CHECK(send<channels::telephone>(call) == "call");
  CHECK(send<channels::cisco_webex, webex_client>(call) == "call");
  const paper_t paper{"paper"};
  CHECK(store<channels::ios_26_managed, managed_ios_26>(paper) == "paper");
  CHECK(reveal<defence_cleaner>(paper) == "paper");
  static_assert(transmittable<label{nld::dep_vertrouwelijk}, channels::telephone>);
  static_assert(!transmittable<operation_note, channels::telephone>);
  static_assert(!accessible<with_need_to_know(defence_cleaner, {}), restricted_paper>);
}

TEST_CASE("transform keeps the label") {
  const note_t note{"abc"};
  const auto length = transform(note, [](const std::string& s) { return s.size(); });
  static_assert(std::remove_const_t<decltype(length)>::classification == operation_note);
  CHECK(reveal<dutch_officer>(length) == 3);
}

TEST_CASE("transform, combine and append take member pointers, as std::invoke does") {
  struct report {
    int pages = 0;
    [[nodiscard]] int doubled() const { return 2 * pages; }
    void add(const int& more) { pages += more; }
  };
  const labeled<report, operation_note> r{report{7}};
  CHECK(reveal<dutch_officer>(transform(r, &report::pages)) == 7);
  CHECK(reveal<dutch_officer>(transform(r, &report::doubled)) == 14);
  const labeled<const report*, operation_note> pointer{&reveal<dutch_officer>(r)};
  CHECK(reveal<dutch_officer>(transform(pointer, &report::pages)) == 7);
  CHECK(reveal<dutch_officer>(transform(pointer, &report::doubled)) == 14);
  labeled<report, operation_note> target{report{1}};
  append(target, labeled<int, operation_note>{4}, &report::add);
  CHECK(reveal<dutch_officer>(target).pages == 5);
}

TEST_CASE("run-time labels: the same decisions, returned, audited, never thrown") {
  recorder audit_log;
  const dynamic_labeled<std::string> note{"meeting notes", nld::stg_geheim};
  std::string sent;
  const auto transport = [&](const std::string& s) { sent = s; };

  const decision over_webex = send(note, channels::cisco_webex, webex_client, transport);
  CHECK(over_webex.why == reason::above_channel_ceiling);
  CHECK(sent.empty());
  const decision over_sectra = send(note, channels::sectra_tiger_s, {}, transport);
  CHECK(over_sectra.allowed());
  CHECK(sent == "meeting notes");
  REQUIRE(audit_log.events.size() == 2);
  CHECK(audit_log.events[0].kind == audit_kind::transmit);
  CHECK(audit_log.events[0].who == "Cisco Webex");
  CHECK_FALSE(audit_log.events[0].outcome.allowed());
  CHECK(audit_log.events[1].outcome.allowed());

  std::string shown;
  const decision to_cleaner =
      reveal(note, defence_cleaner, [&](const std::string& s) { shown = s; }, default_policy, "the cleaner");
  CHECK(to_cleaner.why == reason::clearance_below_label);
  CHECK(shown.empty());
  // The audit event and the sentence name whom the decision is about.
  REQUIRE(audit_log.events.size() == 3);
  CHECK(audit_log.events[2].kind == audit_kind::access);
  CHECK(audit_log.events[2].who == "the cleaner");
  CHECK(explain(audit_log.events[2].outcome, audit_log.events[2].who).view() ==
        "denied (clearance below label): the cleaner holds screening C, valid up to Dep. VERTROUWELIJK; label is "
        "Stg. GEHEIM");
  CHECK(store(note, channels::cisco_webex, webex_client, [&](const std::string&) { shown = "stored"; }).why ==
        reason::use_not_approved);
  CHECK(shown.empty());
}

TEST_CASE("run-time labels: combine, append, raise, declassify and the way into labeled<T, L>") {
  recorder audit_log;
  const dynamic_labeled<std::string> secret{"secret", nato::secret};
  const dynamic_labeled<std::string> restricted{"restricted", nato::restricted};

  const auto joined = combine(secret, restricted, concatenate);
  REQUIRE(joined);
  CHECK(joined.get()->classification() == label{nato::secret});
  CHECK_FALSE(combine(secret, dynamic_labeled<std::string>{"x", nld::stg_geheim}, concatenate));
  CHECK(combine(secret, dynamic_labeled<std::string>{"x", nld::stg_geheim}, concatenate).outcome().why ==
        reason::different_schemes);

  dynamic_labeled<std::string> container{"container", nato::restricted};
  CHECK(append(container, secret, [](std::string& t, const std::string& s) { t += s; }).why == reason::write_down);
  std::string seen;
  CHECK(reveal(container, german_officer, [&](const std::string& s) { seen = s; }).allowed());
  CHECK(seen == "container");  // unchanged by the refused append

  CHECK(raise(restricted, nato::secret));
  CHECK(raise(secret, nato::restricted).outcome().why == reason::not_a_raise);
  CHECK(declassify(secret, nato::restricted, {"NATO originator", "reviewed 2026"}));
  CHECK(declassify(secret, nato::restricted, {}).outcome().why == reason::no_declassification_authority);
  CHECK(declassify(secret, nato::restricted, {}).get() == nullptr);

  const auto into_static = as_labeled<label{nato::secret}>(restricted);
  REQUIRE(into_static);
  CHECK(send<channels::sectra_tiger_s>(*into_static.get()) == "restricted");
  CHECK(as_labeled<label{nato::restricted}>(secret).outcome().why == reason::write_down);

  const dynamic_labeled<int> invalid{1, label{nato::restricted}.with(category::atomal)};
  CHECK(send(invalid, channels::telephone, {}, [](int) {}).why == reason::category_not_allowed_at_level);
  // every run-time decision above was reported, the compile-time send excepted
  CHECK(audit_log.events.size() == 13);
}

TEST_CASE("the audit hook is replaced and removed - without one, nothing is reported") {
  const audit_hook* before = set_audit_hook(nullptr);
  const dynamic_labeled<int> v{1, nato::restricted};
  CHECK(send(v, channels::whatsapp, {}, [](int) {}).why == reason::above_channel_ceiling);  // no hook: fine
  {
    recorder inner;
    CHECK(send(v, channels::whatsapp, {}, [](int) {}).why == reason::above_channel_ceiling);
    CHECK(inner.events.size() == 1);
  }
  CHECK(set_audit_hook(before) == nullptr);
}
