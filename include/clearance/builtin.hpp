// SPDX-License-Identifier: MIT
//
// Every built-in scheme and the channel catalogue, and the calls without a registry: each is the
// call of the same name with `builtin_schemes` (data/schemes.hpp) first.
//
//     can_access(p, l)            = can_access(builtin_schemes, p, l)
//     require<D>                  = require_in<builtin_schemes, D>
//     labeled<T, L>               = labeled_in<builtin_schemes, T, L>
//     "NATO SECRET"_marking       = parse_marking_in<builtin_schemes, "NATO SECRET">()
//
// Opt-in, like every scheme: a host that works with a few schemes includes the layers it uses
// and their data headers, composes its own registry and passes it (see core/registry.hpp).
// The lessons, the tests and <clearance/clearance.hpp> use this header.
#pragma once

#include <string_view>

#include "core/quiet_shadow.hpp"
#include "builtin_vocabulary.hpp"
#include "core/slice.hpp"
#include "data/channels.hpp"
#include "data/schemes.hpp"
#include "decide/access.hpp"
#include "decide/deliver.hpp"
#include "decide/equivalence.hpp"
#include "decide/flow.hpp"
#include "decide/require.hpp"
#include "decide/transmit.hpp"
#include "decide/verify.hpp"
#include "handle/dynamic.hpp"
#include "handle/labeled.hpp"
#include "text/explain.hpp"
#include "text/marking.hpp"
#include "text/names.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0 {

// ---------------------------------------------------------------- look-ups (core/registry.hpp)

constexpr found<scheme> find_scheme(scheme_id id) noexcept { return builtin_schemes.find(id); }
constexpr found<scheme> national_scheme_of(party country) noexcept {
  return builtin_schemes.national_scheme_of(country);
}
constexpr found<level_info> find_level(level lv) noexcept { return find_level(builtin_schemes, lv); }

// ---------------------------------------------------------------- labels (core/label.hpp)

constexpr decision validate(const label& l) noexcept { return validate(builtin_schemes, l); }
constexpr bool is_valid(const label& l) noexcept { return is_valid(builtin_schemes, l); }
constexpr bool dominates(const label& a, const label& b) noexcept { return dominates(builtin_schemes, a, b); }
constexpr ordering compare(const label& a, const label& b) noexcept { return compare(builtin_schemes, a, b); }
constexpr label_result join(const label& a, const label& b) noexcept { return join(builtin_schemes, a, b); }
constexpr label_result meet(const label& a, const label& b) noexcept { return meet(builtin_schemes, a, b); }

// ---------------------------------------------------------------- decisions (decide/)

constexpr decision can_access(const person& p, const label& l, const access_policy& policy = default_policy) noexcept {
  return can_access(builtin_schemes, p, l, policy);
}
template <person P, label L>
concept accessible = accessible_in<builtin_schemes, P, L>;

constexpr conversion convert(const label& l, scheme_id target, const conversion_terms& terms = {}) noexcept {
  return convert(builtin_schemes, l, target, terms);
}
constexpr conversion to_nato(const label& l, const conversion_terms& terms = {}) noexcept {
  return to_nato(builtin_schemes, l, terms);
}
constexpr conversion to_eu(const label& l, const conversion_terms& terms = {}) noexcept {
  return to_eu(builtin_schemes, l, terms);
}
constexpr conversion from_nato(const label& l, scheme_id target, const conversion_terms& terms = {}) noexcept {
  return from_nato(builtin_schemes, l, target, terms);
}
constexpr conversion from_eu(const label& l, scheme_id target, const conversion_terms& terms = {}) noexcept {
  return from_eu(builtin_schemes, l, target, terms);
}

constexpr channel_rule check_channel(const channel& c) noexcept { return check_channel(builtin_schemes, c); }
constexpr decision may_transmit(const label& l, const channel& c, const deployment& dep = {}) noexcept {
  return may_transmit(builtin_schemes, l, c, dep);
}
constexpr decision may_store(const label& l, const channel& c, const deployment& dep = {}) noexcept {
  return may_store(builtin_schemes, l, c, dep);
}
constexpr decision may_transmit(const label& l, found<channel> c, const deployment& dep = {}) noexcept {
  return may_transmit(builtin_schemes, l, c, dep);
}
constexpr decision may_store(const label& l, found<channel> c, const deployment& dep = {}) noexcept {
  return may_store(builtin_schemes, l, c, dep);
}
template <const channel& C>
inline constexpr bool verified_channel = detail::channel_rule_of<builtin_schemes, C>::allowed;
template <label L, const channel& C, deployment D = deployment{}>
concept transmittable = transmittable_in<builtin_schemes, L, C, D>;
template <label L, const channel& C, deployment D = deployment{}>
concept storable = storable_in<builtin_schemes, L, C, D>;

constexpr decision_list access_reasons(const person& p, const label& l,
                                       const access_policy& policy = default_policy) noexcept {
  return access_reasons(builtin_schemes, p, l, policy);
}
constexpr decision_list transmit_reasons(const label& l, const channel& c, const deployment& dep = {}) noexcept {
  return transmit_reasons(builtin_schemes, l, c, dep);
}
constexpr decision_list store_reasons(const label& l, const channel& c, const deployment& dep = {}) noexcept {
  return store_reasons(builtin_schemes, l, c, dep);
}

constexpr destination_rule check_destination(const destination& d) noexcept {
  return check_destination(builtin_schemes, d);
}
constexpr decision may_deliver(const label& l, const destination& to, const conversion_terms& terms = {}) noexcept {
  return may_deliver(builtin_schemes, l, to, terms);
}
constexpr decision_list delivery_reasons(const label& l, const destination& to,
                                         const conversion_terms& terms = {}) noexcept {
  return delivery_reasons(builtin_schemes, l, to, terms);
}
template <label L, const destination& D>
concept deliverable = deliverable_in<builtin_schemes, L, D>;
template <class F>
constexpr room_delivery deliver_to_members(const label& l, const destination& room, slice<const member> members,
                                           F&& each, const access_policy& policy = default_policy,
                                           const conversion_terms& terms = {}) {
  return deliver_to_members(builtin_schemes, l, room, members, static_cast<F&&>(each), policy, terms);
}
template <class F>
constexpr room_delivery relabel_room(const label& to, const destination& room, slice<const member> members,
                                     F&& must_leave, const access_policy& policy = default_policy,
                                     const conversion_terms& terms = {}) {
  return relabel_room(builtin_schemes, to, room, members, static_cast<F&&>(must_leave), policy, terms);
}
constexpr reach_decision may_reach(const label& l, const audience& a) noexcept {
  return may_reach(builtin_schemes, l, a);
}
template <std::size_t N>
constexpr label_catalog<N> make_catalog(slice<const label> labels, const label& policy_default,
                                        const audience& a) noexcept {
  return make_catalog<N>(builtin_schemes, labels, policy_default, a);
}
template <std::size_t N>
constexpr label_catalog<N> make_catalog(const std::array<label, N>& labels, const label& policy_default,
                                        const audience& a) noexcept {
  return make_catalog(builtin_schemes, labels, policy_default, a);
}
constexpr label_result message_label(slice<const label> parts, scheme_id common,
                                     const conversion_terms& terms = {}) noexcept {
  return message_label(builtin_schemes, parts, common, terms);
}

constexpr decision may_write(const label& target, const label& source) noexcept {
  return may_write(builtin_schemes, target, source);
}
constexpr decision may_raise(const label& from, const label& to) noexcept {
  return may_raise(builtin_schemes, from, to);
}
constexpr decision may_lower(const label& from, const label& to, const authority_grant& who) noexcept {
  return may_lower(builtin_schemes, from, to, who);
}
template <label Target, label Source>
concept writable = writable_in<builtin_schemes, Target, Source>;
template <label From, label To>
concept raisable = raisable_in<builtin_schemes, From, To>;

constexpr table_check check_scheme(const scheme& s) noexcept { return check_scheme(builtin_schemes, s); }
template <const scheme& S>
inline constexpr bool verified = detail::table_rule_of<builtin_schemes, S>::allowed;

// The compile-time doors name their rule directly, not through the `_in` form: one note less in
// every error.
template <decision D>
inline constexpr bool require = detail::rule_of<builtin_schemes, D>::allowed;

// ---------------------------------------------------------------- text (text/)

constexpr sentence explain(const decision& d, std::string_view who = {}) noexcept {
  return explain(builtin_schemes, d, who);
}
template <std::size_t N>
constexpr void append_level(fixed_text<N>& out, level lv, charset cs = charset::utf8) noexcept {
  append_level(builtin_schemes, out, lv, cs);
}
template <std::size_t N>
constexpr void append_scheme(fixed_text<N>& out, scheme_id id) noexcept {
  append_scheme(builtin_schemes, out, id);
}
template <std::size_t N>
constexpr void append_grade(fixed_text<N>& out, scheme_id id, int grade, charset cs = charset::utf8) noexcept {
  append_grade(builtin_schemes, out, id, grade, cs);
}
template <std::size_t N>
constexpr void append_ceiling(fixed_text<N>& out, level ceiling, charset cs = charset::utf8) noexcept {
  append_ceiling(builtin_schemes, out, ceiling, cs);
}

namespace detail {
/// The vocabulary of every built-in scheme, as the tables builtin_vocabulary.hpp holds (what
/// vocabulary_of<builtin_schemes> builds, written out), evaluated only where a marking is read:
/// `Deferred` depends on the caller's template parameters, so a file that reads none never
/// evaluates them.
template <class Deferred>
inline constexpr const vocabulary& builtin_vocabulary = mk::builtin_tables<Deferred>::view;
}  // namespace detail

/// Every phrase the reader knows over the built-in schemes.
template <int V = 0>
constexpr slice<const marking_phrase> marking_vocabulary() noexcept {
  return detail::builtin_vocabulary<int[V + 1]>.phrases();
}
template <int V = 0>
constexpr marking_result parse_marking(std::string_view text, marking_options options = {}) noexcept {
  return parse_marking(detail::builtin_vocabulary<int[V + 1]>, text, options);
}
template <std::size_t N>
constexpr bool append_marking(fixed_text<N>& out, const label& l, marking_form form = marking_form::canonical,
                              language lang = language::en) noexcept {
  return append_marking(builtin_schemes, out, l, form, lang);
}
constexpr marking_text format_marking(const label& l, marking_form form = marking_form::canonical,
                                      language lang = language::en) noexcept {
  return format_marking(builtin_schemes, l, form, lang);
}
template <marking_literal Text, scheme_id Within = scheme_id::none>
constexpr label parse_marking() noexcept {
  constexpr const marking_result& r = detail::literal_read<detail::builtin_vocabulary<decltype(Text)>, Text, Within>;
  if constexpr (!r.ok()) {  // only a bad literal spells its verdict
    using sides = detail::marking_sides<Text, r.error, r.offset>;
    static_assert(
        denied<sides::rule, CLEARANCE_DETAIL_LITERAL(sides::first), CLEARANCE_DETAIL_LITERAL(sides::second)>::accepted);
  }
  return r.value;
}

namespace literals {
/// `"NATO SECRET//ATOMAL"_marking`: the label, at compile time; a bad literal does not compile.
/// (It checks the literal itself rather than calling parse_marking_in: one frame less in the
/// error's notes.)
template <marking_literal Text>
constexpr label operator""_marking() noexcept {
  constexpr const marking_result& r =
      detail::literal_read<detail::builtin_vocabulary<decltype(Text)>, Text, scheme_id::none>;
  if constexpr (!r.ok()) {  // only a bad literal spells its verdict
    using sides = detail::marking_sides<Text, r.error, r.offset>;
    static_assert(
        denied<sides::rule, CLEARANCE_DETAIL_LITERAL(sides::first), CLEARANCE_DETAIL_LITERAL(sides::second)>::accepted);
  }
  return r.value;
}
}  // namespace literals

// ---------------------------------------------------------------- handling paths (handle/)

template <class T, label L>
using labeled = labeled_in<builtin_schemes, T, L>;

template <class T, class F>
decision send(const dynamic_labeled<T>& v, const channel& c, const deployment& dep, F&& transport) {
  return send(builtin_schemes, v, c, dep, static_cast<F&&>(transport));
}
template <class T, class F>
decision store(const dynamic_labeled<T>& v, const channel& c, const deployment& dep, F&& storage) {
  return store(builtin_schemes, v, c, dep, static_cast<F&&>(storage));
}
template <class T, class F>
decision reveal(const dynamic_labeled<T>& v, const person& p, F&& show, const access_policy& policy = default_policy,
                std::string_view who = {}) {
  return reveal(builtin_schemes, v, p, static_cast<F&&>(show), policy, who);
}
template <class A, class B, class F>
auto combine(const dynamic_labeled<A>& a, const dynamic_labeled<B>& b, F&& f) {
  return combine(builtin_schemes, a, b, static_cast<F&&>(f));
}
template <class T, class U, class F>
decision append(dynamic_labeled<T>& target, const dynamic_labeled<U>& source, F&& f) {
  return append(builtin_schemes, target, source, static_cast<F&&>(f));
}
template <class T>
result<dynamic_labeled<T>> raise(const dynamic_labeled<T>& v, const label& to) {
  return raise(builtin_schemes, v, to);
}
template <class T>
result<dynamic_labeled<T>> declassify(const dynamic_labeled<T>& v, const label& to, const authority_grant& who) {
  return declassify(builtin_schemes, v, to, who);
}
template <label L, class T>
result<labeled<T, L>> as_labeled(const dynamic_labeled<T>& v) {
  return as_labeled_in<builtin_schemes, L>(v);
}

// ---------------------------------------------------------------- the date of the tables (core/newest_fact.hpp)

/// The newest dated fact of the built-in schemes and the channel catalogue: what an audit record
/// gives as the date of the library's data (audit_trail, audit_record::data_as_of).
inline constexpr date data_as_of = newest_fact(builtin_schemes, channels::catalogue);

}  // namespace clearance::inline v0

CLEARANCE_DETAIL_QUIET_SHADOW_END
