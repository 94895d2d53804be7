// SPDX-License-Identifier: MIT
//
// dynamic_labeled<T>: a value whose label is known only at run time (parsed from a marking,
// taken from message metadata). The same decisions as labeled<T, L>, made when the program
// runs: every operation returns its decision (or a result holding the decision), never throws,
// and reports to the audit hook.
#pragma once

#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>

#include "../decide/access.hpp"
#include "audit.hpp"
#include "../core/decision.hpp"
#include "../decide/flow.hpp"
#include "../core/label.hpp"
#include "labeled.hpp"
#include "../core/person.hpp"
#include "../core/policy.hpp"
#include "../core/quiet_shadow.hpp"
#include "../core/registry.hpp"
#include "../decide/transmit.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0 {

namespace detail {
struct dynamic_access;
}  // namespace detail

/// A value of type `T` with a run-time label. An invalid label is held as given; every
/// operation on it is denied.
template <class T>
class dynamic_labeled {
 public:
  using value_type = T;

  dynamic_labeled(T value, const label& classification) noexcept(std::is_nothrow_move_constructible_v<T>)
      : value_(std::move(value)), label_(classification) {}

  /// A compile-time labelled value, keeping its label.
  template <const registry& R, label L>
  explicit dynamic_labeled(const labeled_in<R, T, L>& v) : value_(detail::labeled_access::get(v)), label_(L) {}

  [[nodiscard]] const label& classification() const noexcept { return label_; }

 private:
  friend struct detail::dynamic_access;
  T value_;
  label label_;
};

/// A `U`, or the decision saying why there is none. Never throws: a denied result holds no
/// value, and get() returns nullptr.
template <class U>
class result {
 public:
  explicit result(decision why) noexcept : outcome_(why) {}
  result(decision why, U value) : outcome_(why), value_(std::move(value)) {}

  [[nodiscard]] bool ok() const noexcept { return outcome_.allowed() && value_.has_value(); }
  explicit operator bool() const noexcept { return ok(); }
  [[nodiscard]] const decision& outcome() const noexcept { return outcome_; }
  [[nodiscard]] const U* get() const noexcept { return ok() ? &*value_ : nullptr; }
  [[nodiscard]] U* get() noexcept { return ok() ? &*value_ : nullptr; }

 private:
  decision outcome_;
  std::optional<U> value_;
};

namespace detail {
struct dynamic_access {
  template <class T>
  static const T& get(const dynamic_labeled<T>& v) noexcept {
    return v.value_;
  }
  template <class T>
  static T& get(dynamic_labeled<T>& v) noexcept {
    return v.value_;
  }
};

/// Decides, reports to the audit hook, and on success calls `f` with the value.
template <class T, class F>
decision release(audit_kind kind, const dynamic_labeled<T>& v, decision d, std::string_view who, F&& f) {
  audit({kind, d, v.classification(), v.classification(), who, {}});
  if (d) detail::invoke(std::forward<F>(f), dynamic_access::get(v));
  return d;
}
}  // namespace detail

/// Calls `transport(value)` when may_transmit allows it over `c` deployed as `dep`.
template <class T, class F>
decision send(const registry& reg, const dynamic_labeled<T>& v, const channel& c, const deployment& dep,
              F&& transport) {
  return detail::release(audit_kind::transmit, v, may_transmit(reg, v.classification(), c, dep), c.name,
                         std::forward<F>(transport));
}

/// Calls `storage(value)` when may_store allows it on device `c` deployed as `dep`.
template <class T, class F>
decision store(const registry& reg, const dynamic_labeled<T>& v, const channel& c, const deployment& dep, F&& storage) {
  return detail::release(audit_kind::store, v, may_store(reg, v.classification(), c, dep), c.name,
                         std::forward<F>(storage));
}

/// Calls `show(value)` when can_access allows person `p` to read it under `policy`. `who` names
/// the person in the audit event (as explain(reg, d, who) does in the sentence); the host keeps
/// the text alive while the hook runs.
template <class T, class F>
decision reveal(const registry& reg, const dynamic_labeled<T>& v, const person& p, F&& show,
                const access_policy& policy = default_policy, std::string_view who = {}) {
  return detail::release(audit_kind::access, v, can_access(reg, p, v.classification(), policy), who,
                         std::forward<F>(show));
}

/// f(a, b), labelled with the join of both labels; denied for labels of two schemes.
template <class A, class B, class F>
auto combine(const registry& reg, const dynamic_labeled<A>& a, const dynamic_labeled<B>& b, F&& f)
    -> result<dynamic_labeled<std::decay_t<std::invoke_result_t<F, const A&, const B&>>>> {
  using R = std::decay_t<std::invoke_result_t<F, const A&, const B&>>;
  const label_result joined = join(reg, a.classification(), b.classification());
  audit({audit_kind::combine, joined.outcome, a.classification(), joined.value, {}, {}});
  if (!joined) return result<dynamic_labeled<R>>{joined.outcome};
  return {joined.outcome, dynamic_labeled<R>{detail::invoke(std::forward<F>(f), detail::dynamic_access::get(a),
                                                            detail::dynamic_access::get(b)),
                                             joined.value}};
}

/// Appends with f(target_value, source_value) when the target's label dominates the source's.
template <class T, class U, class F>
decision append(const registry& reg, dynamic_labeled<T>& target, const dynamic_labeled<U>& source, F&& f) {
  const decision d = may_write(reg, target.classification(), source.classification());
  audit({audit_kind::write, d, source.classification(), target.classification(), {}, {}});
  if (d) detail::invoke(std::forward<F>(f), detail::dynamic_access::get(target), detail::dynamic_access::get(source));
  return d;
}

/// The value labelled `to`, when `to` dominates its label.
template <class T>
result<dynamic_labeled<T>> raise(const registry& reg, const dynamic_labeled<T>& v, const label& to) {
  const decision d = may_raise(reg, v.classification(), to);
  audit({audit_kind::raise, d, v.classification(), to, {}, {}});
  if (!d) return result<dynamic_labeled<T>>{d};
  return {d, dynamic_labeled<T>{detail::dynamic_access::get(v), to}};
}

/// The value labelled `to` (below its label) on the authority of `who`, reported to the audit hook.
template <class T>
result<dynamic_labeled<T>> declassify(const registry& reg, const dynamic_labeled<T>& v, const label& to,
                                      const authority_grant& who) {
  const decision d = may_lower(reg, v.classification(), to, who);
  audit({audit_kind::declassify, d, v.classification(), to, who.who, who.ground});
  if (!d) return result<dynamic_labeled<T>>{d};
  return {d, dynamic_labeled<T>{detail::dynamic_access::get(v), to}};
}

/// The value in a compile-time container labelled `L`, when `L` dominates its run-time label:
/// the way from a parsed marking into code checked at build time.
template <const registry& R, label L, class T>
result<labeled_in<R, T, L>> as_labeled_in(const dynamic_labeled<T>& v) {
  const decision d = may_write(R, L, v.classification());
  audit({audit_kind::write, d, v.classification(), L, {}, {}});
  if (!d) return result<labeled_in<R, T, L>>{d};
  return {d, labeled_in<R, T, L>{detail::dynamic_access::get(v)}};
}

}  // namespace clearance::inline v0

CLEARANCE_DETAIL_QUIET_SHADOW_END
