// SPDX-License-Identifier: MIT
//
// can_access(person, label): the one decision procedure, for compile time and run time alike.
//
// A person may read a label when, in this order:
//   1. the label is valid and the person is a person (a country's national, an organisation of
//      the enumeration, need-to-know of defined categories, valid clearances); the policy is valid;
//   2. the label is releasable to them (SPIF permissive: they match one releasability value, by
//      nationality or by serving with an organisation or mission, and one value of its ONLY list);
//   for a classification (not for markings such as NATO UNCLASSIFIED):
//   3. they work for an authorising organisation, where the label's scheme requires it;
//   4. they have had a security briefing, where the scheme requires it;
//   5. they hold a clearance of the label's scheme covering its level, from the level at which
//      the scheme requires one (NATO: from NATO CONFIDENTIAL; NATO RESTRICTED needs none);
//   6. a national rule of their own country is met: its clearance covers the label's equivalent
//      in the national scheme (the Netherlands, by default: screening C for NATO RESTRICTED);
//   and in every case:
//   7. they hold every restrictive category of the label (need-to-know, ATOMAL, ...).
#pragma once

#include "../core/decision.hpp"
#include "equivalence.hpp"
#include "../core/label.hpp"
#include "../core/person.hpp"
#include "../core/policy.hpp"
#include "../core/registry.hpp"

namespace clearance::inline v0 {

namespace detail {

/// The highest rank a grant covers under `rules`; -1 when it covers nothing.
constexpr int covered_rank(const personnel_rules& rules, const clearance_grant& g) noexcept {
  if (g.grade <= 0) return -1;
  const found<clearance_grade> row = find_grade(rules, g.grade);
  return row ? row->covers_up_to : -1;
}

/// The categories of `s` that neither the catalogue nor a scheme of `reg` defines.
constexpr category_set undefined_categories(const registry& reg, category_set s) noexcept {
  category_set undefined = s - defined_categories;
  if (!(undefined & all_host_categories).empty())  // a scheme's own category: defined by a scheme held
    for (const scheme* held : reg.schemes()) undefined = undefined - sets_of(held->categories).defined;
  return undefined;
}

constexpr decision check_person(const registry& reg, const person& p, const access_policy& policy, level lv) noexcept {
  if (p.nationality == party::none) return deny(reason::no_person, lv);
  if (const found<party_info> info = find_party(p.nationality); !info || info->kind != party_kind::country) {
    decision d = deny(reason::invalid_nationality, lv);
    d.detail = static_cast<int>(p.nationality);
    return d;
  }
  if (!is_defined(p.works_for)) {
    decision d = deny(reason::invalid_organisation, lv);
    d.detail = static_cast<int>(p.works_for);
    return d;
  }
  if (const category_set undefined = undefined_categories(reg, p.need_to_know); !undefined.empty()) {
    decision d = deny(reason::invalid_need_to_know, lv);
    d.hold(undefined);
    return d;
  }
  if (const party_set stray = p.serves_with - organisations; !stray.empty()) {
    decision d = deny(reason::invalid_affiliation, lv);
    d.hold(stray);
    return d;
  }
  for (std::size_t i = 0; i < p.clearances.size(); ++i) {
    const clearance_grant& g = p.clearances[i];
    if (g.scheme == scheme_id::none && g.grade == 0) continue;
    const found<scheme> s = reg.find(g.scheme);
    bool bad = !s || !find_grade(policy.personnel(*s), g.grade);
    for (std::size_t j = 0; j < i && !bad; ++j) bad = p.clearances[j].scheme == g.scheme;
    if (bad) {
      decision d = deny(reason::invalid_clearance, lv);
      d.held = {g.scheme, g.grade};
      return d;
    }
  }
  return allow(lv);
}

/// The denial `why` of `l` to a holder of `held` (with the groups they belong to) who does not
/// match its releasability (!releasable_to_holder): it holds the list they match none of, the
/// ONLY list when they match `releasable_to`, else `releasable_to`.
constexpr decision not_releasable_to(reason why, const label& l, const party_set& held) noexcept {
  decision d = deny(why, level_of(l));
  d.hold(held.intersects(l.releasable_to) ? l.only : l.releasable_to);
  return d;
}

constexpr decision clearance_check(reason why, level label_level, level required, const person& p,
                                   const personnel_rules& rules) noexcept {
  const clearance_grant g = p.clearance_in(required.scheme);
  const int covered = covered_rank(rules, g);
  if (covered >= required.rank) return allow(label_level);
  decision d = deny(why, label_level);
  d.required = required;
  d.held = {required.scheme, covered};
  d.detail = covered >= 0 ? g.grade : 0;
  return d;
}

}  // namespace detail

namespace detail {

/// The rules of can_access, in order, each denial reported to `sink` (see first_denial). A fault
/// in what was asked (the label, the policy, the person) ends them: nothing later can be judged.
template <class Sink>
constexpr void access_rules(const registry& reg, const person& p, const label& l, const access_policy& policy,
                            Sink& sink) noexcept {
  if (const decision d = validate(reg, l); !d) {
    sink.deny(d);
    return;
  }
  const level lv = level_of(l);
  if (!policy.valid(reg)) {
    sink.deny(deny(reason::invalid_policy, lv));
    return;
  }
  if (const decision d = check_person(reg, p, policy, lv); !d) {
    sink.deny(d);
    return;
  }

  const scheme& s = *reg.find(l.scheme);
  if (const party_set held = holdings(p); !releasable_to_holder(l, held)) {
    decision d = not_releasable_to(reason::not_releasable, l, held);
    d.detail = static_cast<int>(p.nationality);
    if (!sink.deny(d)) return;
  }

  if (find_level(s, l.rank)->classified) {
    if (s.organisation.required && p.works_for == organisation::none)
      if (!sink.deny(deny(reason::no_authorising_organisation, lv))) return;
    if (s.briefing.required && !p.briefed)
      if (!sink.deny(deny(reason::not_briefed, lv))) return;

    const personnel_rules& rules = policy.personnel(s);
    if (l.rank >= rules.clearance_from)
      if (const decision d = clearance_check(reason::clearance_below_label, lv, lv, p, rules); !d)
        if (!sink.deny(d)) return;

    if (const found<scheme> home = reg.national_scheme_of(p.nationality); home && home->id != s.id) {
      const personnel_rules& home_rules = policy.personnel(*home);
      if (home_rules.national_rule) {
        if (const conversion c = convert_valid(reg, l, home->id, {}); !c) {
          if (!sink.deny(c.outcome)) return;
        } else if (c.value.rank >= home_rules.clearance_from) {
          if (const decision d =
                  clearance_check(reason::national_clearance_below_label, lv, level_of(c.value), p, home_rules);
              !d)
            if (!sink.deny(d)) return;
        }
      }
    }
  }

  if (const category_set missing = restrictive_in(s, l) - p.need_to_know; !missing.empty()) {
    decision d = deny(reason::missing_need_to_know, lv);
    d.hold(missing);
    sink.deny(d);
  }
}

}  // namespace detail

/// Whether `p` may have access to information labelled `l`, under `policy`.
constexpr decision can_access(const registry& reg, const person& p, const label& l,
                              const access_policy& policy = default_policy) noexcept {
  detail::first_denial sink;
  detail::access_rules(reg, p, l, policy, sink);
  return sink.result(level_of(l));
}

/// Every rule of can_access that `p` fails for `l`, in order (see decision_list): the first is
/// can_access's decision. For an operator who fixes a clearance once, not rule by rule.
constexpr decision_list access_reasons(const registry& reg, const person& p, const label& l,
                                       const access_policy& policy = default_policy) noexcept {
  detail::every_denial sink;
  detail::access_rules(reg, p, l, policy, sink);
  return sink.result(level_of(l));
}

/// Satisfied when person `P` may read label `L` under the default policy; for `requires`
/// clauses and negative checks (static_assert(!accessible<P, L>)).
/// The person may access the label, judged over the schemes of R. (<clearance/clearance.hpp>
/// adds `accessible<P, L>`, over every built-in scheme.)
template <const registry& R, person P, label L>
concept accessible_in = can_access(R, P, L).allowed();

}  // namespace clearance::inline v0
