// SPDX-License-Identifier: MIT
//
// Labels: a level plus categories (SPIF semantics) and releasability, with the lattice
// operations of Bell-LaPadula (domain-brief §6): dominance, join (least upper bound), meet.
#pragma once

#include "categories.hpp"
#include "decision.hpp"
#include "parties.hpp"
#include "registry.hpp"

namespace clearance {

/// The default releasability of a level's information: its owner (NATO information goes to
/// NATO and its members; Dutch information to the Netherlands), in expanded form; nobody for a
/// level that names no owner.
constexpr party_set owner_releasability(level lv) noexcept {
  return lv.owner == party::none ? party_set{} : expand(party_set{lv.owner});
}

/// A security label. A structural type: a label can be a template argument.
/// - `categories`: restrictive categories the person must all hold, and informative ones;
/// - `releasable_to`: the parties it may go to (permissive: the person must match one).
/// A default-constructed label has no scheme and is denied everywhere.
struct label {
  scheme_id scheme = scheme_id::none;
  int rank = -1;
  category_set categories{};
  party_set releasable_to{};

  constexpr label() noexcept = default;
  /// The level alone, releasable to its scheme's owner.
  constexpr label(level lv) noexcept  // NOLINT(google-explicit-constructor): a level is a label
      : scheme(lv.scheme), rank(lv.rank), releasable_to(owner_releasability(lv)) {}

  /// This label with more categories.
  [[nodiscard]] constexpr label with(category_set more) const noexcept {
    label l = *this;
    l.categories = categories | more;
    return l;
  }
  [[nodiscard]] constexpr label with(category c) const noexcept { return with(category_set{c}); }

  /// This label releasable to exactly `to` (groups are expanded to their members).
  [[nodiscard]] constexpr label releasable(party_set to) const noexcept {
    label l = *this;
    l.releasable_to = expand(to);
    return l;
  }

  friend constexpr bool operator==(const label&, const label&) noexcept = default;
};

constexpr level level_of(const label& l) noexcept { return {l.scheme, l.rank}; }

/// The NATO rank a level of `s` corresponds to, for the category rules: the level's own rank for
/// NATO, its row of the scheme's NATO table otherwise (the lowest where tables differ over time);
/// 0 (unclassified) where there is none.
constexpr int nato_rank_of(const scheme& s, int rank) noexcept {
  if (s.id == hubs::nato) return rank;
  int lowest = -1;
  for (const mapping_table& t : s.mappings) {
    if (t.hub != hubs::nato) continue;
    const found<correspondence> row = find_row(t.to_hub, rank);
    const int to = (row && row->kind != mapping::no_equivalent) ? row->to : 0;
    lowest = lowest < 0 ? to : (to < lowest ? to : lowest);
  }
  return lowest < 0 ? 0 : lowest;
}

/// Whether the label is well formed: its scheme and level exist, its categories are defined and
/// allowed at its level (judged by the level's NATO equivalent: VS-NfD ATOMAL is as invalid as
/// NATO RESTRICTED ATOMAL), its releasability names defined parties. Denied with the reason if not.
/// A scheme `reg` does not hold is unknown.
constexpr decision validate(const registry& reg, const label& l) noexcept {
  const level lv = level_of(l);
  const found<scheme> s = reg.find(l.scheme);
  if (!s) return detail::deny(reason::unknown_scheme, lv);
  if (!find_level(*s, l.rank)) return detail::deny(reason::unknown_level, lv);
  if (const category_set undefined = l.categories - defined_categories; !undefined.empty()) {
    decision d = detail::deny(reason::undefined_category, lv);
    d.set = undefined.bits;
    return d;
  }
  // Only a category excluded somewhere (at rank 0 at least) needs the level's NATO rank.
  if (const category_set bound = l.categories & categories_excluded_at(0); !bound.empty())
    if (const category_set excluded = bound & categories_excluded_at(nato_rank_of(*s, l.rank)); !excluded.empty()) {
      decision d = detail::deny(reason::category_not_allowed_at_level, lv);
      d.set = excluded.bits;
      return d;
    }
  if (const party_set undefined = l.releasable_to - defined_parties; !undefined.empty()) {
    decision d = detail::deny(reason::undefined_party, lv);
    d.set = undefined.bits;
    return d;
  }
  return detail::allow(lv);
}

constexpr bool is_valid(const registry& reg, const label& l) noexcept { return validate(reg, l).allowed(); }

/// How two labels compare in the dominance order.
enum class ordering : int { equal, above, below, incomparable };

/// `a` dominates `b`: same scheme, a level at least as high, every category of `b`, and
/// releasable to no one `b` is not releasable to. Invalid labels dominate nothing.
constexpr bool dominates(const registry& reg, const label& a, const label& b) noexcept {
  if (!is_valid(reg, a) || !is_valid(reg, b) || a.scheme != b.scheme) return false;
  return a.rank >= b.rank && a.categories.includes(b.categories) &&
         expand(b.releasable_to).includes(expand(a.releasable_to));
}

constexpr ordering compare(const registry& reg, const label& a, const label& b) noexcept {
  const bool ab = dominates(reg, a, b), ba = dominates(reg, b, a);
  if (ab && ba) return ordering::equal;
  if (ab) return ordering::above;
  if (ba) return ordering::below;
  return ordering::incomparable;
}

/// A label, or the decision saying why there is none (for `explain` and `require`).
struct label_result {
  label value{};
  decision outcome{};
  [[nodiscard]] constexpr bool ok() const noexcept { return outcome.allowed(); }
  constexpr explicit operator bool() const noexcept { return ok(); }
};

namespace detail {
constexpr label_result combine_check(const registry& reg, const label& a, const label& b) noexcept {
  if (const decision d = validate(reg, a); !d) return {{}, d};
  if (const decision d = validate(reg, b); !d) return {{}, d};
  if (a.scheme != b.scheme) {
    decision d = deny(reason::different_schemes, level_of(a));
    d.required = level_of(b);
    return {{}, d};
  }
  return {a, allow(level_of(a))};
}
}  // namespace detail

/// The least upper bound: the label of a message with attachments. Highest level, all
/// categories, releasable only to those both parts are releasable to. Labels of two schemes
/// are not combined: convert one first (see equivalence.hpp).
constexpr label_result join(const registry& reg, const label& a, const label& b) noexcept {
  label_result r = detail::combine_check(reg, a, b);
  if (!r) return r;
  r.value.rank = a.rank > b.rank ? a.rank : b.rank;
  r.value.categories = a.categories | b.categories;
  r.value.releasable_to = expand(a.releasable_to) & expand(b.releasable_to);
  r.outcome = detail::allow(level_of(r.value));
  return r;
}

/// The greatest lower bound: lowest level, common categories, releasable to either's parties.
constexpr label_result meet(const registry& reg, const label& a, const label& b) noexcept {
  label_result r = detail::combine_check(reg, a, b);
  if (!r) return r;
  r.value.rank = a.rank < b.rank ? a.rank : b.rank;
  r.value.categories = a.categories & b.categories;
  r.value.releasable_to = expand(a.releasable_to) | expand(b.releasable_to);
  r.outcome = detail::allow(level_of(r.value));
  return r;
}

}  // namespace clearance
