// SPDX-License-Identifier: MIT
//
// Standard traits and requires-expressions tell the truth about labeled<T, L>: each forbidden
// handling path is false and its allowed twin true, so generic host code (overload sets,
// if constexpr, concepts) takes the allowed path and never the forbidden one.
#include <doctest/doctest.h>

#include <string>
#include <type_traits>

#include "../support/scenarios.hpp"

using namespace scenario;

namespace {

using secret_t = labeled<int, label{nato::secret}>;
using restricted_t = labeled<int, label{nato::restricted}>;
using unclassified_t = labeled<int, label{nato::unclassified}>;
using geheim_t = labeled<int, label{nld::stg_geheim}>;
using zeer_geheim_t = labeled<int, label{nld::stg_zeer_geheim}>;
using dep_v_t = labeled<int, label{nld::dep_vertrouwelijk}>;
using note_t = labeled<int, operation_note>;
using paper_t = labeled<std::string, site_paper>;

/// The callables that combine and append are given.
struct add {
  int operator()(int a, int b) const noexcept { return a + b; }
};
struct add_to {
  void operator()(int& target, int source) const noexcept { target += source; }
};

/// An authority that names no one and no ground.
struct nobody {
  static constexpr authority_grant grant{"", ""};
};

// Each requires-expression sits in a concept, where its operands depend on a template parameter:
// a call that is ill-formed there makes the expression false instead of failing the build.
template <class Target, class Source>
concept assignable = requires(Target& target, const Source& source) { target = source; };
template <class Target, class Source>
concept appendable = requires(Target& target, const Source& source) { append(target, source, add_to{}); };
template <class A, class B>
concept combinable = requires(const A& a, const B& b) { combine(a, b, add{}); };
template <label To, class V>
concept can_raise = requires(const V& v) { raise<To>(v); };
template <label To, class Authority, class V>
concept can_declassify = requires(const V& v) { declassify<To, Authority>(v); };
template <const channel& C, deployment D, class V>
concept can_send = requires(const V& v) { send<C, D>(v); };
template <const channel& C, deployment D, class V>
concept can_store = requires(const V& v) { store<C, D>(v); };
template <person P, class V>
concept can_reveal = requires(const V& v) { reveal<P>(v); };

/// Generic host code: sends over `C` when the rules allow it, and keeps the value otherwise.
template <const channel& C, class V>
std::string route(const V& v) {
  if constexpr (requires { send<C>(v); })
    return "sent " + std::to_string(send<C>(v));
  else
    return "kept";
}

/// An overload set of host code: the copy when the trait allows it, a refusal otherwise.
template <class Target, class Source>
  requires std::is_assignable_v<Target&, const Source&>
std::string copy_into(Target& target, const Source& source) {
  target = source;
  return "copied";
}
template <class Target, class Source>
std::string copy_into(Target& /*target*/, const Source& /*source*/) {
  return "refused";
}

/// Combines when the two labels combine, and otherwise says why not.
template <class A, class B>
reason combine_or_why(const A& a, const B& b, int& sum) {
  if constexpr (combinable<A, B>) {
    sum = reveal<dutch_officer>(combine(a, b, add{}));
    return reason::none;
  } else {
    return join(A::classification, B::classification).outcome.why;
  }
}

}  // namespace

TEST_CASE("traits: assignment is false for a write-down, true into a label that dominates") {
  static_assert(may_write(restricted_t::classification, secret_t::classification).why == reason::write_down);
  static_assert(!std::is_assignable_v<restricted_t&, const secret_t&>);
  static_assert(std::is_assignable_v<secret_t&, const restricted_t&>);
  static_assert(std::is_nothrow_assignable_v<secret_t&, const restricted_t&>);  // noexcept as before
  static_assert(!assignable<restricted_t, secret_t>);
  static_assert(assignable<secret_t, restricted_t>);
  // the compartment of a note is lost in a container without it
  static_assert(!std::is_assignable_v<secret_t&, const note_t&>);
  static_assert(std::is_assignable_v<note_t&, const secret_t&>);
  // the same label: the class's own copy and move
  static_assert(std::is_trivially_copy_assignable_v<restricted_t>);
  static_assert(std::is_trivially_move_assignable_v<restricted_t>);
  secret_t target{1};
  target = restricted_t{2};
  CHECK(reveal<dutch_officer>(target) == 2);
}

TEST_CASE("traits: append is false for a write-down, true into a label that dominates") {
  static_assert(!appendable<restricted_t, secret_t>);
  static_assert(appendable<secret_t, restricted_t>);
  static_assert(!appendable<secret_t, note_t>);
  static_assert(appendable<note_t, secret_t>);
  note_t note{1};
  append(note, secret_t{2}, add_to{});
  CHECK(reveal<dutch_officer>(note) == 3);
}

TEST_CASE("traits: combine is false for labels of two schemes, true within one") {
  static_assert(join(secret_t::classification, geheim_t::classification).outcome.why == reason::different_schemes);
  static_assert(!combinable<secret_t, geheim_t>);
  static_assert(!combinable<geheim_t, secret_t>);
  static_assert(combinable<secret_t, restricted_t>);
  static_assert(combinable<geheim_t, dep_v_t>);
}

TEST_CASE("traits: raise is false for a lowering, true for a raise") {
  static_assert(may_raise(secret_t::classification, restricted_t::classification).why == reason::not_a_raise);
  static_assert(!can_raise<label{nato::restricted}, secret_t>);
  static_assert(can_raise<label{nato::cosmic_top_secret}, secret_t>);
  static_assert(!can_raise<label{nld::stg_geheim}, secret_t>);  // another scheme
}

TEST_CASE("traits: declassify is false for a raise and without an authority, true for a lowering") {
  constexpr label up = label{nato::cosmic_top_secret}.with(operation);
  constexpr label down = label{nato::restricted}.with(operation);
  static_assert(may_lower(operation_note, up, operation_commander::grant).why == reason::not_a_lowering);
  static_assert(may_lower(operation_note, down, nobody::grant).why == reason::no_declassification_authority);
  static_assert(!can_declassify<up, operation_commander, note_t>);
  static_assert(!can_declassify<down, nobody, note_t>);
  static_assert(can_declassify<down, operation_commander, note_t>);
}

TEST_CASE("traits: send is false above a channel's ceiling or without its conditions, true within them") {
  static_assert(!can_send<channels::whatsapp, deployment{}, restricted_t>);
  static_assert(can_send<channels::whatsapp, deployment{}, unclassified_t>);
  static_assert(!can_send<channels::cisco_webex, webex_client, geheim_t>);
  static_assert(!can_send<channels::cisco_webex, deployment{}, dep_v_t>);  // not the client version
  static_assert(can_send<channels::cisco_webex, webex_client, dep_v_t>);
  static_assert(!can_send<channels::telephone, deployment{}, secret_t>);
  static_assert(can_send<channels::telephone, deployment{}, dep_v_t>);
  static_assert(!can_send<channels::sectra_tiger_s, deployment{}, zeer_geheim_t>);
  static_assert(can_send<channels::sectra_tiger_s, deployment{}, geheim_t>);
}

TEST_CASE("traits: store is false above a device's ceiling or on a channel that stores nothing") {
  static_assert(!can_store<channels::ios_unmanaged, deployment{}, restricted_t>);
  static_assert(can_store<channels::ios_unmanaged, deployment{}, unclassified_t>);
  static_assert(!can_store<channels::cisco_webex, webex_client, dep_v_t>);
}

TEST_CASE("traits: reveal is false without need-to-know or clearance, true with both") {
  constexpr person cleaner_without = with_need_to_know(defence_cleaner, {});
  static_assert(!can_reveal<cleaner_without, paper_t>);
  static_assert(can_reveal<defence_cleaner, paper_t>);
  static_assert(!can_reveal<defence_cleaner, note_t>);  // screening C, a NATO SECRET note
  static_assert(can_reveal<dutch_officer, note_t>);
}

TEST_CASE("traits: a value cannot be labelled with an invalid label") {
  constexpr label atomal_restricted = label{nato::restricted}.with(category::atomal);
  constexpr label atomal_confidential = label{nato::confidential}.with(category::atomal);
  static_assert(!validate(atomal_restricted));
  static_assert(!std::is_constructible_v<labeled<int, atomal_restricted>, int>);
  static_assert(std::is_constructible_v<labeled<int, atomal_confidential>, int>);
  static_assert(std::is_nothrow_constructible_v<labeled<int, atomal_confidential>, int>);
}

TEST_CASE("traits: generic code takes the allowed path") {
  CHECK(route<channels::whatsapp>(unclassified_t{1}) == "sent 1");
  CHECK(route<channels::whatsapp>(restricted_t{2}) == "kept");
  CHECK(route<channels::telephone>(dep_v_t{3}) == "sent 3");
  CHECK(route<channels::telephone>(geheim_t{4}) == "kept");

  secret_t secret{5};
  restricted_t restricted{6};
  CHECK(copy_into(secret, restricted) == "copied");
  CHECK(copy_into(restricted, secret_t{7}) == "refused");
  CHECK(reveal<dutch_officer>(secret) == 6);
  CHECK(route<channels::whatsapp>(restricted) == "kept");

  int sum = 0;
  CHECK(combine_or_why(secret, restricted, sum) == reason::none);
  CHECK(sum == 12);
  CHECK(combine_or_why(secret, geheim_t{8}, sum) == reason::different_schemes);
  CHECK(sum == 12);
}
