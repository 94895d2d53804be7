// SPDX-License-Identifier: MIT
//
// The audit hook: one callable that receives every run-time decision of dynamic_labeled<T> and
// every declassification, compile-time labelled or not. Compile-time sinks (send, store, reveal
// on labeled<T, L>) were decided when the program was built and report nothing, so they stay
// free of run-time cost.
//
// The records a system keeps: an audit_trail numbers and dates each decision the host
// records as an audit_record, with the host's policy and the date of the library's tables
// (newest_fact, in core/newest_fact.hpp; builtin.hpp's data_as_of). The enforcement mode says
// whether a denial stops the delivery (enforce) or is only recorded (warn).
// handle/audit_json.hpp writes a record as one line of JSON. Recording allocates nothing.
#pragma once

#include <atomic>
#include <cstdint>
#include <limits>
#include <type_traits>
#include <string_view>

#include "../core/date.hpp"
#include "../core/decision.hpp"
#include "../core/enums.hpp"
#include "../core/label.hpp"
#include "../core/newest_fact.hpp"
#include "../core/quiet_shadow.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0 {

enum class audit_kind : int {
  access,      ///< reveal: a person reads a value
  transmit,    ///< send: a value goes over a channel
  store,       ///< store: a value is held on a device
  write,       ///< append or assign into a labelled container
  combine,     ///< two values become one, labelled with the join
  raise,       ///< a label is raised
  declassify,  ///< a label is lowered by an authority
  // Kinds added later go last, so that the number of every kind stays what it was.
  deliver,  ///< a message is delivered to a peer, room or list, or to a room's member
  relabel,  ///< a room's label is changed
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
    case audit_kind::deliver: return "deliver";
    case audit_kind::relabel: return "relabel";
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

// ---------------------------------------------------------------- enforcement

/// What a denial does. `enforce`: the host refuses what is denied. `warn`: the host delivers it
/// anyway and records what enforce would have refused (a trial run of a policy).
enum class enforcement : int {
  enforce = 0,
  warn,
};

/// Whether `m` is one of the enumerators (a value cast from elsewhere may not be).
constexpr bool is_defined(enforcement m) noexcept { return detail::enumerated(m, enforcement::warn); }

constexpr std::string_view to_string(enforcement m) noexcept {
  switch (m) {
    case enforcement::enforce: return "enforce";
    case enforcement::warn: return "warn";
  }
  return "enforce";  // a value of no enumerator is enforced (see delivers)
}

/// Whether the host delivers after decision `d` in `mode`: when it is allowed, and in warn mode
/// also when it is denied. A mode of no enumerator counts as enforce: denied by default.
constexpr bool delivers(enforcement mode, const decision& d) noexcept {
  return d.allowed() || mode == enforcement::warn;
}

// ---------------------------------------------------------------- records

/// One decision as a system keeps it. The views refer to the host's text (and the trail's policy
/// id and version): the host keeps it alive as long as the record, e.g. until it is written
/// (audit_json.hpp). `reasons` is a copy.
struct audit_record {
  /// `time_ms` when no clock gave a time (a trail without a clock); written as null.
  static constexpr std::int64_t no_time = std::numeric_limits<std::int64_t>::min();

  std::uint64_t sequence = 0;      ///< 1, 2, 3, ... per trail; 0: not recorded by a trail
  std::int64_t time_ms = no_time;  ///< Unix time in milliseconds, UTC, from the trail's clock
  audit_kind kind = audit_kind::access;
  std::string_view subject{};         ///< who or what it concerns: a person's id, a room JID
  std::string_view target{};          ///< the channel, peer or room involved (empty: none)
  std::string_view policy{};          ///< the host's policy id
  std::string_view policy_version{};  ///< and its version
  date data_as_of{};                  ///< the date of the library's tables (newest_fact)
  decision outcome{};                 ///< the decision: reasons.first()
  decision_list reasons{};            ///< every reason, in order (see decision_list)
  label from{};                       ///< the label concerned (before, for a change)
  label to{};                         ///< after: raise, declassify, relabel, write (default: unused)
  std::string_view authority{};       ///< declassify: who lowered the label
  std::string_view ground{};          ///< declassify: on what ground
  enforcement mode = enforcement::enforce;
  bool delivered = false;  ///< delivers(mode, outcome)

  [[nodiscard]] constexpr bool timed() const noexcept { return time_ms != no_time; }
};

/// A clock: Unix time in milliseconds, UTC. The host passes e.g.
///     [](void*) noexcept -> std::int64_t {
///       using namespace std::chrono;
///       return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
///     }
using audit_clock = std::int64_t (*)(void* context) noexcept;

/// Numbers and dates the records of one system: each record gets the next sequence number (1, 2,
/// 3, ...; unique across threads) and the time of the clock. A trail without a clock (default-
/// constructed, or given nullptr) records no time: `time_ms` is audit_record::no_time, written as
/// "time":null. The trail keeps views of the policy id and version: the host keeps them alive.
/// Not copyable (its counter is atomic); thread-safe.
class audit_trail {
 public:
  constexpr audit_trail() noexcept = default;
  constexpr audit_trail(audit_clock now, void* context, std::string_view policy, std::string_view policy_version,
                        date tables_dated) noexcept
      : now_(now), context_(context), policy_(policy), version_(policy_version), tables_dated_(tables_dated) {}
  audit_trail(const audit_trail&) = delete;
  audit_trail& operator=(const audit_trail&) = delete;

  /// A record of `kind` with every reason of a decision (outcome: reasons.first()). `from` is the
  /// label concerned, `to` the label after a change (raise, declassify, relabel, write).
  audit_record record(audit_kind kind, std::string_view subject, std::string_view target, const decision_list& reasons,
                      const label& from, const label& to = {}, enforcement mode = enforcement::enforce) noexcept {
    audit_record r = stamped(kind, mode);
    r.subject = subject;
    r.target = target;
    r.reasons = reasons;
    r.outcome = reasons.first();
    r.from = from;
    r.to = to;
    r.delivered = delivers(mode, r.outcome);
    return r;
  }

  /// The same with one decision (a list of that decision alone).
  audit_record record(audit_kind kind, std::string_view subject, std::string_view target, const decision& outcome,
                      const label& from, const label& to = {}, enforcement mode = enforcement::enforce) noexcept {
    decision_list one{};
    one.items[0] = outcome;
    one.count = 1;
    return record(kind, subject, target, one, from, to, mode);
  }

  /// A declassification by `authority` on `ground` (may_lower's decision).
  audit_record record_declassify(std::string_view subject, const decision& outcome, const label& from, const label& to,
                                 std::string_view authority, std::string_view ground,
                                 enforcement mode = enforcement::enforce) noexcept {
    audit_record r = record(audit_kind::declassify, subject, {}, outcome, from, to, mode);
    r.authority = authority;
    r.ground = ground;
    return r;
  }

  /// A record of an event of the audit hook. The event's `who` is the person of an access (the
  /// subject), the channel of a transmit or store (the target), the authority of a declassify
  /// (with its ground); `about` fills the other of subject and target (for a declassify and the
  /// other kinds: the subject).
  audit_record record(const audit_event& e, enforcement mode = enforcement::enforce,
                      std::string_view about = {}) noexcept {
    std::string_view subject = about, target{};
    switch (e.kind) {
      case audit_kind::access: subject = e.who, target = about; break;
      case audit_kind::transmit:
      case audit_kind::store:
      case audit_kind::deliver: target = e.who; break;
      default: break;
    }
    audit_record r = record(e.kind, subject, target, e.outcome, e.from, e.to, mode);
    if (e.kind == audit_kind::declassify) {
      r.authority = e.who;
      r.ground = e.ground;
    }
    return r;
  }

  /// The number of records made so far (the last sequence number handed out).
  [[nodiscard]] std::uint64_t recorded() const noexcept { return count_.load(std::memory_order_relaxed); }
  [[nodiscard]] constexpr std::string_view policy() const noexcept { return policy_; }
  [[nodiscard]] constexpr std::string_view policy_version() const noexcept { return version_; }
  [[nodiscard]] constexpr date tables_dated() const noexcept { return tables_dated_; }

 private:
  audit_record stamped(audit_kind kind, enforcement mode) noexcept {
    audit_record r{};
    r.sequence = count_.fetch_add(1, std::memory_order_relaxed) + 1;
    r.time_ms = now_ != nullptr ? now_(context_) : audit_record::no_time;
    r.kind = kind;
    r.policy = policy_;
    r.policy_version = version_;
    r.data_as_of = tables_dated_;
    r.mode = mode;
    return r;
  }

  std::atomic<std::uint64_t> count_{0};
  audit_clock now_ = nullptr;
  void* context_ = nullptr;
  std::string_view policy_{};
  std::string_view version_{};
  date tables_dated_{};
};

}  // namespace clearance::inline v0

CLEARANCE_DETAIL_QUIET_SHADOW_END
