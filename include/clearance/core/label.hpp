// SPDX-License-Identifier: MIT
//
// Labels: a level plus categories (SPIF semantics) and releasability, with the lattice
// operations of Bell-LaPadula (domain-brief §6): dominance, join (least upper bound), meet.
#pragma once

#include "categories.hpp"
#include "decision.hpp"
#include "parties.hpp"
#include "registry.hpp"

namespace clearance::inline v0 {

/// The default releasability of a level's information: its owner (NATO information goes to
/// NATO and its members; Dutch information to the Netherlands), in expanded form; nobody for a
/// level that names no owner.
constexpr party_set owner_releasability(level lv) noexcept {
  return lv.owner == party::none ? party_set{} : expand(party_set{lv.owner});
}

/// A security label. A structural type: a label can be a template argument.
/// - `categories`: restrictive categories the person must all hold, and informative ones;
/// - `releasable_to`: the parties it may go to (permissive: the person must match one); empty:
///   nobody. The sample NATO policy's Context and Releasable To tag sets (ADatP-4774 sample SPIF);
/// - `only`: a second permissive list, written "Ireland, Sweden, NATO ONLY" (the sample policy's
///   Only tag set), kept as written; when not empty the person must match one of it as well.
/// A default-constructed label has no scheme and is denied everywhere.
struct label {
  scheme_id scheme = scheme_id::none;
  int rank = -1;
  category_set categories{};
  party_set releasable_to{};
  party_set only{};

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

  /// This label with the list "... ONLY" `to`, which a reader must match as well. The list is kept
  /// as written, as markings display it ("Ireland, Sweden, Ukraine, NATO ONLY" names Sweden, a
  /// NATO member since 2024); decisions expand it.
  [[nodiscard]] constexpr label only_for(party_set to) const noexcept {
    label l = *this;
    l.only = to;
    return l;
  }

  friend constexpr bool operator==(const label&, const label&) noexcept = default;
};

/// Whether a holder of `held` (see holdings(person): with the groups they belong to) matches the
/// label's releasability: one of `releasable_to` and, when the label has an ONLY list, one of it.
constexpr bool releasable_to_holder(const label& l, const party_set& held) noexcept {
  return held.intersects(l.releasable_to) && (l.only.empty() || held.intersects(l.only));
}

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

namespace detail {
/// The parties `l` names (in either list) above their ceiling in `s`.
constexpr party_set above_ceiling(const scheme& s, const label& l) noexcept {
  party_set out{};
  for (const release_ceiling& c : s.release_ceilings)
    if (l.rank > c.max_rank && (l.releasable_to.contains(c.to) || l.only.contains(c.to))) out.insert(c.to);
  return out;
}
}  // namespace detail

/// Whether the label is well formed: its scheme and level exist, its categories are defined (by the
/// catalogue, as compartments, or by the scheme's own rows) and allowed at its level (judged by the
/// level's NATO equivalent for the catalogue: VS-NfD ATOMAL is as invalid as NATO RESTRICTED
/// ATOMAL; by its own rank for the scheme's rows), none excludes another or lacks one it needs,
/// the scheme's requirements (with a category, at a level) are met, and its releasability names
/// defined parties, none above its ceiling in the scheme. Denied with the reason if not.
/// A scheme `reg` does not hold is unknown.
constexpr decision validate(const registry& reg, const label& l) noexcept {
  const level lv = level_of(l);
  const found<scheme> s = reg.find(l.scheme);
  if (!s) return detail::deny(reason::unknown_scheme, lv);
  if (!find_level(*s, l.rank)) return detail::deny(reason::unknown_level, lv);
  // A scheme's own categories are looked up only for a label that carries one.
  const category_set own = l.categories & all_host_categories;
  const category_rows rows = own.empty() ? category_rows{} : sets_of(s->categories);
  if (const category_set undefined = l.categories - defined_categories - rows.defined; !undefined.empty()) {
    decision d = detail::deny(reason::undefined_category, lv);
    d.hold(undefined);
    return d;
  }
  if (!own.empty()) {
    category_set below{}, clash{}, lacking{};
    for (const category_info& row : s->categories) {
      if (!l.categories.contains(row.id)) continue;
      if (l.rank < row.min_rank) below.insert(row.id);
      if (row.excludes.intersects(l.categories)) clash = (clash | (row.excludes & l.categories)).insert(row.id);
      if (!l.categories.includes(row.needs)) lacking = (lacking | (row.needs - l.categories)).insert(row.id);
    }
    if (!below.empty()) {
      decision d = detail::deny(reason::category_not_allowed_at_level, lv);
      d.hold(below);
      return d;
    }
    if (!clash.empty()) {
      decision d = detail::deny(reason::categories_excluded, lv);
      d.hold(clash);
      return d;
    }
    if (!lacking.empty()) {
      decision d = detail::deny(reason::category_required, lv);
      d.hold(lacking);
      return d;
    }
  }
  for (std::size_t i = 0; i < s->requirements.size(); ++i) {
    const category_requirement& q = s->requirements[i];
    const bool applies = q.with == category::invalid ? l.rank == q.rank : l.categories.contains(q.with);
    if (applies && !requirement_met(l.categories, q.need, q.of)) {
      decision d = detail::deny(reason::category_requirement_unmet, lv);
      d.hold(q.of);
      d.detail = static_cast<int>(i);
      return d;
    }
  }
  // Only a category excluded somewhere (at rank 0 at least) needs the level's NATO rank.
  if (const category_set bound = l.categories & categories_excluded_at(0); !bound.empty())
    if (const category_set excluded = bound & categories_excluded_at(nato_rank_of(*s, l.rank)); !excluded.empty()) {
      decision d = detail::deny(reason::category_not_allowed_at_level, lv);
      d.hold(excluded);
      return d;
    }
  if (const party_set undefined = (l.releasable_to | l.only) - defined_parties; !undefined.empty()) {
    decision d = detail::deny(reason::undefined_party, lv);
    d.hold(undefined);
    return d;
  }
  if (const party_set above = detail::above_ceiling(*s, l); !above.empty()) {
    decision d = detail::deny(reason::party_not_allowed_at_level, lv);
    d.hold(above);
    return d;
  }
  return detail::allow(lv);
}

constexpr bool is_valid(const registry& reg, const label& l) noexcept { return validate(reg, l).allowed(); }

/// The categories of a label of `s` a person must hold: the catalogue's restrictive ones, the
/// compartments, and the scheme's own restrictive rows.
constexpr category_set restrictive_in(const scheme& s, const label& l) noexcept {
  const category_set own = l.categories & all_host_categories;
  return l.categories &
         (own.empty() ? restrictive_categories : restrictive_categories | sets_of(s.categories).restrictive);
}

/// How two labels compare in the dominance order.
enum class ordering : int { equal, above, below, incomparable };

namespace detail {
/// Whether every reader `a` admits is a reader `b` admits, judged list by list (a label releasable
/// to nobody admits no one).
constexpr bool admits_fewer(const label& a, const label& b) noexcept {
  const party_set a_to = expand(a.releasable_to), a_only = expand(a.only);
  if (a_to.empty()) return true;
  return expand(b.releasable_to).includes(a_to) &&
         (b.only.empty() || (!a_only.empty() && expand(b.only).includes(a_only)));
}
}  // namespace detail

/// `a` dominates `b`: same scheme, a level at least as high, every category of `b`, and
/// releasable to no one `b` is not releasable to. Invalid labels dominate nothing.
constexpr bool dominates(const registry& reg, const label& a, const label& b) noexcept {
  if (!is_valid(reg, a) || !is_valid(reg, b) || a.scheme != b.scheme) return false;
  return a.rank >= b.rank && a.categories.includes(b.categories) && detail::admits_fewer(a, b);
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
/// Whether `s` has rules between categories of its own (see join and meet).
constexpr bool has_category_rules(const scheme& s) noexcept { return !s.categories.empty() || !s.requirements.empty(); }

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
/// categories, releasable only to those both parts are releasable to (list by list; when both
/// have ONLY lists with no one in common, to nobody) and who may see that level. Labels of two schemes are not combined:
/// convert one first (see equivalence.hpp).
constexpr label_result join(const registry& reg, const label& a, const label& b) noexcept {
  label_result r = detail::combine_check(reg, a, b);
  if (!r) return r;
  r.value.rank = a.rank > b.rank ? a.rank : b.rank;
  r.value.categories = a.categories | b.categories;
  r.value.releasable_to = expand(a.releasable_to) & expand(b.releasable_to);
  // ONLY lists are kept as written where they are the same or one is absent.
  r.value.only = a.only.empty()                       ? b.only
                 : b.only.empty() || a.only == b.only ? a.only
                                                      : expand(a.only) & expand(b.only);
  if (!a.only.empty() && !b.only.empty() && r.value.only.empty()) r.value.releasable_to = {};
  // A party that may not see the higher level is no longer named (an ONLY list left with no
  // one releases to nobody): fewer readers, never a label that is invalid.
  if (const party_set above = detail::above_ceiling(*reg.find(a.scheme), r.value); !above.empty()) {
    const bool had_only = !r.value.only.empty();
    r.value.releasable_to = r.value.releasable_to - above;
    r.value.only = r.value.only - above;
    if (had_only && r.value.only.empty()) r.value.releasable_to = {};
  }
  // A scheme's own rules between categories may leave no valid bound (two values that exclude
  // each other, "only one of" two the parts carry): denied with the rule, never a label that is
  // invalid. The catalogue's rules (lowest levels) hold for any bound.
  if (detail::has_category_rules(*reg.find(a.scheme)))
    if (const decision d = validate(reg, r.value); !d) return {{}, d};
  r.outcome = detail::allow(level_of(r.value));
  return r;
}

/// The greatest lower bound: lowest level, common categories, releasable to either's parties
/// (an ONLY list only when both have one).
constexpr label_result meet(const registry& reg, const label& a, const label& b) noexcept {
  label_result r = detail::combine_check(reg, a, b);
  if (!r) return r;
  r.value.rank = a.rank < b.rank ? a.rank : b.rank;
  r.value.categories = a.categories & b.categories;
  r.value.releasable_to = expand(a.releasable_to) | expand(b.releasable_to);
  r.value.only = a.only.empty() || b.only.empty() ? party_set{}
                 : a.only == b.only               ? a.only
                                                  : expand(a.only) | expand(b.only);
  if (detail::has_category_rules(*reg.find(a.scheme)))
    if (const decision d = validate(reg, r.value); !d) return {{}, d};  // as in join
  r.outcome = detail::allow(level_of(r.value));
  return r;
}

}  // namespace clearance::inline v0
