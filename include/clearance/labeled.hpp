// SPDX-License-Identifier: MIT
//
// labeled<T, L>: a value whose label is part of its type, so a host application's handling
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
// - send / store / reveal compile only when may_transmit / may_store / can_access allow.
#pragma once

#include <concepts>
#include <type_traits>
#include <utility>

#include "access.hpp"
#include "audit.hpp"
#include "decision.hpp"
#include "flow.hpp"
#include "label.hpp"
#include "person.hpp"
#include "policy.hpp"
#include "require.hpp"
#include "transmit.hpp"

namespace clearance {

template <class T, label L>
class labeled;

namespace detail {
struct labeled_access;

/// What std::invoke does for the operations below (callables, and member pointers on an object
/// or a pointer), without <functional>, which costs a quarter of a second in every file.
template <class F, class Object, class... Args>
constexpr decltype(auto) invoke(F&& f, Object&& object, Args&&... args) noexcept(
    std::is_nothrow_invocable_v<F, Object, Args...>) {
  using member = std::remove_cvref_t<F>;
  if constexpr (std::is_member_pointer_v<member>) {
    if constexpr (std::is_pointer_v<std::remove_cvref_t<Object>>) {
      if constexpr (std::is_member_function_pointer_v<member>) return ((*object).*f)(std::forward<Args>(args)...);
      else return (*object).*f;
    } else if constexpr (std::is_member_function_pointer_v<member>) {
      return (std::forward<Object>(object).*f)(std::forward<Args>(args)...);
    } else {
      return std::forward<Object>(object).*f;
    }
  } else {
    return std::forward<F>(f)(std::forward<Object>(object), std::forward<Args>(args)...);
  }
}
}  // namespace detail

// The operations below check with `static_cast<void>(detail::check<decision>::allowed);`, an
// expression rather than static_assert(require<...>): a denial then gives one error naming the
// rule, without the follow-on "non-constant condition" that g++ adds for a static_assert.

/// A value of type `T` labelled `L`. Same size, alignment and triviality as `T`.
template <class T, label L>
class labeled {
 public:
  using value_type = T;
  static constexpr label classification = L;

  /// Labels a value; explicit, so a value is never labelled by accident.
  /// Refused, with one error naming the rule, when `L` is not a valid label.
  constexpr explicit labeled(T value) noexcept(std::is_nothrow_move_constructible_v<T>) : value_(std::move(value)) {
    static_cast<void>(detail::check<validate(L)>::allowed);
  }

  /// Copies a value labelled lower into a container labelled `L` (no write-down).
  template <label Source>
  constexpr labeled& operator=(const labeled<T, Source>& source) noexcept(std::is_nothrow_copy_assignable_v<T>);

 private:
  friend struct detail::labeled_access;
  T value_;
};

namespace detail {
/// The library's own door to the value; not for host code.
struct labeled_access {
  template <class T, label L>
  static constexpr const T& get(const labeled<T, L>& v) noexcept {
    return v.value_;
  }
  template <class T, label L>
  static constexpr T& get(labeled<T, L>& v) noexcept {
    return v.value_;
  }
};

template <class>
inline constexpr bool is_labeled = false;
template <class T, label L>
inline constexpr bool is_labeled<labeled<T, L>> = true;
}  // namespace detail

template <class T, label L>
template <label Source>
constexpr labeled<T, L>& labeled<T, L>::operator=(const labeled<T, Source>& source) noexcept(
    std::is_nothrow_copy_assignable_v<T>) {
  static_cast<void>(detail::check<may_write(L, Source)>::allowed);  // no write-down
  value_ = detail::labeled_access::get(source);
  return *this;
}

/// Satisfied when a container labelled `Target` may receive information labelled `Source`.
template <label Target, label Source>
concept writable = may_write(Target, Source).allowed();

/// Satisfied when label `From` may be raised to `To`.
template <label From, label To>
concept raisable = may_raise(From, To).allowed();

/// A new value with the same label: f(value).
template <class T, label L, class F>
constexpr auto transform(const labeled<T, L>& v, F&& f) noexcept(std::is_nothrow_invocable_v<F, const T&>) {
  using R = std::decay_t<std::invoke_result_t<F, const T&>>;
  return labeled<R, L>{detail::invoke(std::forward<F>(f), detail::labeled_access::get(v))};
}

/// A value made of two: f(a, b), labelled with the join of both labels, so the result is never
/// below any of its parts. Labels of two schemes do not combine (convert one first).
template <class A, label La, class B, label Lb, class F>
constexpr auto combine(const labeled<A, La>& a, const labeled<B, Lb>& b, F&& f) noexcept(
    std::is_nothrow_invocable_v<F, const A&, const B&>) {
  static_cast<void>(detail::check<join(La, Lb).outcome>::allowed);
  using R = std::decay_t<std::invoke_result_t<F, const A&, const B&>>;
  constexpr label joined = join(La, Lb).ok() ? join(La, Lb).value : La;  // La only after the error above
  return labeled<R, joined>{
      detail::invoke(std::forward<F>(f), detail::labeled_access::get(a), detail::labeled_access::get(b))};
}

/// Appends `source` to `target` with f(target_value, source_value): no write-down.
template <class T, label Lt, class U, label Ls, class F>
constexpr void append(labeled<T, Lt>& target, const labeled<U, Ls>& source, F&& f) noexcept(
    std::is_nothrow_invocable_v<F, T&, const U&>) {
  static_cast<void>(detail::check<may_write(Lt, Ls)>::allowed);  // no write-down
  detail::invoke(std::forward<F>(f), detail::labeled_access::get(target), detail::labeled_access::get(source));
}

/// The same value labelled higher (reclassified up).
template <label To, class T, label From>
constexpr labeled<T, To> raise(const labeled<T, From>& v) noexcept(std::is_nothrow_copy_constructible_v<T>) {
  static_cast<void>(detail::check<may_raise(From, To)>::allowed);
  return labeled<T, To>{detail::labeled_access::get(v)};
}

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
template <label To, declassification_authority Authority, class T, label From>
constexpr labeled<T, To> declassify(const labeled<T, From>& v) noexcept(std::is_nothrow_copy_constructible_v<T>) {
  static_cast<void>(detail::check<may_lower(From, To, Authority::grant)>::allowed);
  audit({audit_kind::declassify, may_lower(From, To, Authority::grant), From, To, Authority::grant.who,
         Authority::grant.ground});
  return labeled<T, To>{detail::labeled_access::get(v)};
}

/// The value, to hand to the host's transport for channel `C` deployed as `D`: compiles only
/// when may_transmit(L, C, D) allows.
template <const channel& C, deployment D = deployment{}, class T, label L>
constexpr const T& send(const labeled<T, L>& v) noexcept {
  static_cast<void>(detail::check<may_transmit(L, C, D)>::allowed);
  return detail::labeled_access::get(v);
}

/// The value, to hand to the host's storage on device `C` deployed as `D`: compiles only when
/// may_store(L, C, D) allows.
template <const channel& C, deployment D = deployment{}, class T, label L>
constexpr const T& store(const labeled<T, L>& v) noexcept {
  static_cast<void>(detail::check<may_store(L, C, D)>::allowed);
  return detail::labeled_access::get(v);
}

/// The value, to show to person `P` under `Policy`: compiles only when can_access(P, L) allows.
template <person P, const access_policy& Policy = default_policy, class T, label L>
constexpr const T& reveal(const labeled<T, L>& v) noexcept {
  static_cast<void>(detail::check<can_access(P, L, Policy)>::allowed);
  return detail::labeled_access::get(v);
}

}  // namespace clearance
