// SPDX-License-Identifier: MIT
//
// The audit hook: one callable that receives every run-time decision of dynamic_labeled<T> and
// every declassification, compile-time labelled or not. Compile-time sinks (send, store, reveal
// on labeled<T, L>) were decided when the program was built and report nothing, so they stay
// free of run-time cost.
#pragma once

#include <atomic>
#include <type_traits>
#include <string_view>

#include "../core/decision.hpp"
#include "../core/label.hpp"

namespace clearance {

enum class audit_kind : int {
  access,       ///< reveal: a person reads a value
  transmit,     ///< send: a value goes over a channel
  store,        ///< store: a value is held on a device
  write,        ///< append or assign into a labelled container
  combine,      ///< two values become one, labelled with the join
  raise,        ///< a label is raised
  declassify,   ///< a label is lowered by an authority
};

constexpr std::string_view to_string(audit_kind k) noexcept {
  switch (k) {
    case audit_kind::access: return "access";
    case audit_kind::transmit: return "transmit";
    case audit_kind::store: return "store";
    case audit_kind::write: return "write";
    case audit_kind::combine: return "combine";
    case audit_kind::raise: return "raise";
    case audit_kind::declassify: return "declassify";
  }
  return "unknown";
}

/// What happened: the decision, the labels before and after, and who was involved (the person,
/// the channel, or the declassifying authority with its ground).
struct audit_event {
  audit_kind kind = audit_kind::access;
  decision outcome{};
  label from{};
  label to{};
  std::string_view who{};
  std::string_view ground{};
};

/// The callable: a function and the context it is called with. The host owns both and keeps
/// them alive while installed. `report` must not throw.
struct audit_hook {
  void (*report)(const audit_event&, void* context) noexcept = nullptr;
  void* context = nullptr;
};

namespace detail {
inline std::atomic<const audit_hook*> installed_audit_hook{nullptr};
}  // namespace detail

/// Installs `hook` (nullptr: none) and returns the previous one.
inline const audit_hook* set_audit_hook(const audit_hook* hook) noexcept {
  return detail::installed_audit_hook.exchange(hook, std::memory_order_acq_rel);
}

/// Reports an event to the installed hook, if any; nothing during constant evaluation.
constexpr void audit(const audit_event& event) noexcept {
  if (std::is_constant_evaluated()) return;
  if (const audit_hook* hook = detail::installed_audit_hook.load(std::memory_order_acquire); hook && hook->report)
    hook->report(event, hook->context);
}

}  // namespace clearance
