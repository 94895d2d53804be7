// SPDX-License-Identifier: MIT
//
// An access policy: which personnel rules apply per scheme. The default takes every scheme's
// own table; a host application replaces a table at compile time, e.g. when its organisation's
// Dutch screening table differs from the unverified default of data/nld.hpp:
//
//     inline constexpr clearance_grade my_grades[] = {...};
//     inline constexpr access_policy my_policy =
//         default_policy.with(nld::id, {.grades = my_grades, .clearance_from = 1, ...});
//     static_assert(can_access(reader, doc, my_policy));
#pragma once

#include <array>
#include <cstddef>

#include "registry.hpp"
#include "scheme.hpp"

namespace clearance::inline v0 {

class access_policy {
 public:
  static constexpr std::size_t capacity = 40;  ///< overrides, one per scheme (more than the built-in schemes)

  constexpr access_policy() noexcept = default;

  /// A copy in which scheme `id` uses `rules`. Replacing an override keeps one entry per scheme;
  /// a scheme the registry of a decision does not hold makes the policy invalid there: every
  /// decision under an invalid policy is denied.
  [[nodiscard]] constexpr access_policy with(scheme_id id, personnel_rules rules) const noexcept {
    access_policy p = *this;
    for (std::size_t i = 0; i < p.count_; ++i)
      if (p.entries_[i].scheme == id) {
        p.entries_[i].rules = rules;
        return p;
      }
    if (p.count_ == capacity) {
      p.valid_ = false;
      return p;
    }
    p.entries_[p.count_++] = {id, rules};
    return p;
  }

  /// The personnel rules for scheme `s` under this policy.
  [[nodiscard]] constexpr const personnel_rules& personnel(const scheme& s) const noexcept {
    for (std::size_t i = 0; i < count_; ++i)
      if (entries_[i].scheme == s.id) return entries_[i].rules;
    return s.personnel;
  }

  /// False when `with` was given a scheme `reg` does not hold or too many schemes, or when a
  /// replaced table names a level its scheme does not have, a grade of 0 or less, or a confidence
  /// none of the tags.
  [[nodiscard]] constexpr bool valid(const registry& reg) const noexcept {
    if (!valid_) return false;
    for (std::size_t i = 0; i < count_; ++i) {
      const found<scheme> s = reg.find(entries_[i].scheme);
      if (!s) return false;
      const personnel_rules& r = entries_[i].rules;
      if (r.clearance_from != never && !find_level(*s, r.clearance_from)) return false;
      if (!is_defined(r.clearance_source.conf) || !is_defined(r.national_rule_source.conf)) return false;
      for (const clearance_grade& g : r.grades)
        if (g.grade <= 0 || !find_level(*s, g.covers_up_to) || !is_defined(g.source.conf)) return false;
    }
    return true;
  }

 private:
  struct entry {
    scheme_id scheme = scheme_id::none;
    personnel_rules rules{};
  };
  std::array<entry, capacity> entries_{};
  std::size_t count_ = 0;
  bool valid_ = true;
};

/// Every scheme's own personnel rules (for the Netherlands: the unverified default table).
inline constexpr access_policy default_policy{};

}  // namespace clearance::inline v0
