// SPDX-License-Identifier: MIT
//
// labeled_in<R, T, L>: a value whose label is part of its type, so a host application's handling
// paths are checked when it is built, at no run-time cost.
//
//     constexpr label secret_note = label{nato::secret}.with(compartment(1));
//     labeled<std::string, secret_note> note{"..."};
//     auto message = combine(note, attachment, concatenate);   // labelled with the join
//     send<channels::sectra_tiger_s>(message);                  // compiles only if allowed
//
// Rules, each a compile error naming the rule and both labels:
// - no implicit access to the value: only transform, combine, append, assign, the sinks
//   (send, store, reveal) and declassify reach it;
// - combining values labels the result with their join (never below any part);
// - no write-down: append and assign need a target that dominates the source;
// - raising a label is allowed; lowering one needs an authority (who, on what ground) and is
//   reported to the audit hook;
// - send / store / reveal / deliver compile only when may_transmit / may_store / can_access /
//   may_deliver allow.
// Generic code sees the same rules: for a forbidden path, requires-expressions, concepts and
// standard traits such as std::is_assignable_v are false; for an allowed one, true.
#pragma once

#include <concepts>
#include <type_traits>
#include <utility>

#include "../decide/access.hpp"
#include "../decide/deliver.hpp"
#include "audit.hpp"
#include "../core/decision.hpp"
#include "../decide/flow.hpp"
#include "../core/label.hpp"
#include "../core/person.hpp"
#include "../core/policy.hpp"
#include "../core/quiet_shadow.hpp"
#include "../decide/require.hpp"
#include "../core/registry.hpp"
#include "../decide/transmit.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0 {

template <const registry& R, class T, label L>
class labeled_in;

namespace detail {
struct labeled_access;

/// What std::invoke does for the operations below (callables, and member pointers on an object
/// or a pointer), without <functional>, which costs a quarter of a second in every file.
template <class F, class Object, class... Args>
constexpr decltype(auto) invoke(F&& f, Object&& object,
                                Args&&... args) noexcept(std::is_nothrow_invocable_v<F, Object, Args...>) {
  using member = std::remove_cvref_t<F>;
  if constexpr (std::is_member_pointer_v<member>) {
    if constexpr (std::is_pointer_v<std::remove_cvref_t<Object>>) {
      if constexpr (std::is_member_function_pointer_v<member>)
        return ((*object).*f)(std::forward<Args>(args)...);
      else
        return (*object).*f;
    } else if constexpr (std::is_member_function_pointer_v<member>) {
      return (std::forward<Object>(object).*f)(std::forward<Args>(args)...);
    } else {
      return std::forward<Object>(object).*f;
    }
  } else {
    return std::forward<F>(f)(std::forward<Object>(object), std::forward<Args>(args)...);
  }
}

/// What a forbidden handling path returns: declared, never defined (see below).
template <class Rule>
struct forbidden_path;  // Rule: denied<rule, label side, held side>; the path breaks that rule

/// The refusal's type for decision `D`. A class template in between, because g++ 12 crashes on
/// rule_of<D> written with D an expression of the caller's template parameters. The refusal's
/// constraint is checked before its return type is formed, so an allowed path never spells the
/// rule's texts.
template <const registry& R, decision D>
struct refusal {
  using type = forbidden_path<rule_of<R, D>>;
};
template <const registry& R, decision D>
using refused = typename refusal<R, D>::type;

/// Any argument: the callable of a refused combine or append. It keeps the callable's type out
/// of the refusal's signature: g++ reports a function that is declared with a lambda's type and
/// never defined as a second error.
struct any_argument {
  // Takes anything, and is never copied: it hides no copy or move the callers would use.
  template <class A>
  // NOLINTNEXTLINE(google-explicit-constructor,bugprone-forwarding-reference-overload)
  constexpr any_argument(A&& /*unused*/) noexcept {}
};
}  // namespace detail

// How a forbidden path fails. Each operation is two overloads with opposite constraints: the
// path, for the decisions that allow it, and its refusal, for those that deny it. A refusal
// returns forbidden_path<denied<...>>, a type that is never defined, so a call that picks it is
// ill-formed: false in a requires-expression, a concept or a standard trait, and in code one
// error that names the rule and both sides. The constructor has no return type, so its refusal
// is deleted instead (clang reports a deleted constructor alone, without the other candidates).
// Measured on tests/compile_fail/labeled_*: 10 lines on g++ 12, 7 on clang 16 and 19. The other
// ways cost more. Deleted refusals everywhere: clang lists every candidate of a deleted call and
// why the allowed one's constraint failed, 16 to 19 lines. SFINAE on a return type that exists
// only when allowed: g++ shows the substitution of every candidate, 23 to 26 lines, and clang 19
// adds the implicit copy and move assignment to an assignment's error, 13 lines.
// The price: decltype alone sees past a refusal, as its operand may be of incomplete type, so
// decltype(send<channel>(v)) names the forbidden_path type and a std::void_t detection built on
// it answers yes. Ask with a requires-expression or a concept instead; they answer no.

/// A value of type `T` labelled `L`, decided over the schemes of `R`. Same size, alignment and
/// triviality as `T`.
template <const registry& R, class T, label L>
class labeled_in {
 public:
  using value_type = T;
  static constexpr label classification = L;

  /// Labels a value; explicit, so a value is never labelled by accident.
  constexpr explicit labeled_in(T value) noexcept(std::is_nothrow_move_constructible_v<T>)
    requires(validate(R, L).allowed())
      : value_(std::move(value)) {}
  /// Refused, with one error naming the rule, when `L` is not a valid label. The rule is a
  /// template argument here, formed before the constraint is checked: once per label.
  template <class Rule = detail::refused<R, validate(R, L)>>
    requires(!validate(R, L).allowed())
  explicit labeled_in(T value) = delete;

  /// Copies a value labelled lower into a container labelled `L` (no write-down).
  template <label Source>
    requires(may_write(R, L, Source).allowed())
  constexpr labeled_in& operator=(const labeled_in<R, T, Source>& source) noexcept(
      std::is_nothrow_copy_assignable_v<T>);
  /// Refused: a write-down.
  template <label Source>
    requires(!may_write(R, L, Source).allowed())
  detail::refused<R, may_write(R, L, Source)> operator=(const labeled_in<R, T, Source>& source);

 private:
  friend struct detail::labeled_access;
  T value_;
};

namespace detail {
/// The library's own door to the value; not for host code.
struct labeled_access {
  template <const registry& R, class T, label L>
  static constexpr const T& get(const labeled_in<R, T, L>& v) noexcept {
    return v.value_;
  }
  template <const registry& R, class T, label L>
  static constexpr T& get(labeled_in<R, T, L>& v) noexcept {
    return v.value_;
  }
};

template <class>
inline constexpr bool is_labeled = false;
template <const registry& R, class T, label L>
inline constexpr bool is_labeled<labeled_in<R, T, L>> = true;
}  // namespace detail

template <const registry& R, class T, label L>
template <label Source>
  requires(may_write(R, L, Source).allowed())
constexpr labeled_in<R, T, L>& labeled_in<R, T, L>::operator=(const labeled_in<R, T, Source>& source) noexcept(
    std::is_nothrow_copy_assignable_v<T>) {
  value_ = detail::labeled_access::get(source);
  return *this;
}

/// A new value with the same label: f(value).
template <const registry& R, class T, label L, class F>
constexpr auto transform(const labeled_in<R, T, L>& v, F&& f) noexcept(std::is_nothrow_invocable_v<F, const T&>) {
  using U = std::decay_t<std::invoke_result_t<F, const T&>>;
  return labeled_in<R, U, L>{detail::invoke(std::forward<F>(f), detail::labeled_access::get(v))};
}

/// A value made of two: f(a, b), labelled with the join of both labels, so the result is never
/// below any of its parts. Labels of two schemes do not combine (convert one first).
template <const registry& R, class A, label La, class B, label Lb, class F>
  requires(join(R, La, Lb).ok())
constexpr auto combine(const labeled_in<R, A, La>& a, const labeled_in<R, B, Lb>& b,
                       F&& f) noexcept(std::is_nothrow_invocable_v<F, const A&, const B&>) {
  using U = std::decay_t<std::invoke_result_t<F, const A&, const B&>>;
  return labeled_in<R, U, join(R, La, Lb).value>{
      detail::invoke(std::forward<F>(f), detail::labeled_access::get(a), detail::labeled_access::get(b))};
}
template <const registry& R, class A, label La, class B, label Lb>
  requires(!join(R, La, Lb).ok())
detail::refused<R, join(R, La, Lb).outcome> combine(const labeled_in<R, A, La>& a, const labeled_in<R, B, Lb>& b,
                                                    detail::any_argument f);

/// Appends `source` to `target` with f(target_value, source_value): no write-down.
template <const registry& R, class T, label Lt, class U, label Ls, class F>
  requires(may_write(R, Lt, Ls).allowed())
constexpr void append(labeled_in<R, T, Lt>& target, const labeled_in<R, U, Ls>& source,
                      F&& f) noexcept(std::is_nothrow_invocable_v<F, T&, const U&>) {
  detail::invoke(std::forward<F>(f), detail::labeled_access::get(target), detail::labeled_access::get(source));
}
template <const registry& R, class T, label Lt, class U, label Ls>
  requires(!may_write(R, Lt, Ls).allowed())
detail::refused<R, may_write(R, Lt, Ls)> append(labeled_in<R, T, Lt>& target, const labeled_in<R, U, Ls>& source,
                                                detail::any_argument f);

/// The same value labelled higher (reclassified up).
template <label To, const registry& R, class T, label From>
  requires(may_raise(R, From, To).allowed())
constexpr labeled_in<R, T, To> raise(const labeled_in<R, T, From>& v) noexcept(
    std::is_nothrow_copy_constructible_v<T>) {
  return labeled_in<R, T, To>{detail::labeled_access::get(v)};
}
template <label To, const registry& R, class T, label From>
  requires(!may_raise(R, From, To).allowed())
detail::refused<R, may_raise(R, From, To)> raise(const labeled_in<R, T, From>& v);

/// An authority that may lower labels: a type with `static constexpr authority_grant grant`
/// naming who decides and on what ground, e.g.
///     struct press_office { static constexpr authority_grant grant{"NATO originator", "press release 2026/14"}; };
template <class A>
concept declassification_authority = requires {
  { A::grant } -> std::convertible_to<authority_grant>;
};

/// The same value labelled lower, on the authority `Authority`: a visible call, checked when the
/// program is built (the new label must be below the old one; who and ground must be given),
/// and reported to the audit hook when it runs.
template <label To, declassification_authority Authority, const registry& R, class T, label From>
  requires(may_lower(R, From, To, Authority::grant).allowed())
constexpr labeled_in<R, T, To> declassify(const labeled_in<R, T, From>& v) noexcept(
    std::is_nothrow_copy_constructible_v<T>) {
  audit({audit_kind::declassify, may_lower(R, From, To, Authority::grant), From, To, Authority::grant.who,
         Authority::grant.ground});
  return labeled_in<R, T, To>{detail::labeled_access::get(v)};
}
template <label To, declassification_authority Authority, const registry& R, class T, label From>
  requires(!may_lower(R, From, To, Authority::grant).allowed())
detail::refused<R, may_lower(R, From, To, Authority::grant)> declassify(const labeled_in<R, T, From>& v);

/// The value, to hand to the host's transport for channel `C` deployed as `D`: compiles only
/// when may_transmit(R, L, C, D) allows.
template <const channel& C, deployment D = deployment{}, const registry& R, class T, label L>
  requires(may_transmit(R, L, C, D).allowed())
constexpr const T& send(const labeled_in<R, T, L>& v) noexcept {
  return detail::labeled_access::get(v);
}
template <const channel& C, deployment D = deployment{}, const registry& R, class T, label L>
  requires(!may_transmit(R, L, C, D).allowed())
detail::refused<R, may_transmit(R, L, C, D)> send(const labeled_in<R, T, L>& v);

/// The value, to hand to the host's storage on device `C` deployed as `D`: compiles only when
/// may_store(R, L, C, D) allows.
template <const channel& C, deployment D = deployment{}, const registry& R, class T, label L>
  requires(may_store(R, L, C, D).allowed())
constexpr const T& store(const labeled_in<R, T, L>& v) noexcept {
  return detail::labeled_access::get(v);
}
template <const channel& C, deployment D = deployment{}, const registry& R, class T, label L>
  requires(!may_store(R, L, C, D).allowed())
detail::refused<R, may_store(R, L, C, D)> store(const labeled_in<R, T, L>& v);

/// The value, to hand to the host's transport towards peer, room or list `D`: compiles only when
/// may_deliver(R, L, D) allows.
template <const destination& D, const registry& R, class T, label L>
  requires(may_deliver(R, L, D).allowed())
constexpr const T& deliver(const labeled_in<R, T, L>& v) noexcept {
  return detail::labeled_access::get(v);
}
template <const destination& D, const registry& R, class T, label L>
  requires(!may_deliver(R, L, D).allowed())
detail::refused<R, may_deliver(R, L, D)> deliver(const labeled_in<R, T, L>& v);

/// The value, to show to person `P` under `Policy`: compiles only when can_access(P, L) allows.
template <person P, const access_policy& Policy = default_policy, const registry& R, class T, label L>
  requires(can_access(R, P, L, Policy).allowed())
constexpr const T& reveal(const labeled_in<R, T, L>& v) noexcept {
  return detail::labeled_access::get(v);
}
template <person P, const access_policy& Policy = default_policy, const registry& R, class T, label L>
  requires(!can_access(R, P, L, Policy).allowed())
detail::refused<R, can_access(R, P, L, Policy)> reveal(const labeled_in<R, T, L>& v);

}  // namespace clearance::inline v0

CLEARANCE_DETAIL_QUIET_SHADOW_END
