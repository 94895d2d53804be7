// SPDX-License-Identifier: MIT
//
// The compile-time front door. Any decision of the library can be required at compile time:
//
//     static_assert(clearance::require<can_access(cleaner, nr_doc)>);
//
// When the decision is a denial, the build fails with one error naming the rule and both sides:
//
//     error: no member named 'allowed' in
//       'clearance::denied::clearance_below_label<literal<12>{"Stg. GEHEIM"}, literal<12>{"screening C"}>'
//
// For negative checks, test the predicate itself: static_assert(!can_access(p, l)), or the
// concept: static_assert(!clearance::accessible<p, l>).
#pragma once

#include "access.hpp"
#include "decision.hpp"
#include "diagnostics.hpp"
#include "names.hpp"

namespace clearance {

/// One type per reason, named after the rule a forbidden path breaks. The first argument is the
/// label's side (its level, releasability, ...), the second the holder's side. A rule has no
/// member `allowed`, so requiring it fails with "no member named 'allowed' in <rule><sides>".
namespace denied {
template <detail::literal Label, detail::literal Held> struct undecided {};
template <detail::literal Label, detail::literal Held> struct unknown_scheme {};
template <detail::literal Label, detail::literal Held> struct unknown_level {};
template <detail::literal Label, detail::literal Held> struct undefined_category {};
template <detail::literal Label, detail::literal Held> struct category_not_allowed_at_level {};
template <detail::literal Label, detail::literal Held> struct undefined_party {};
template <detail::literal Label, detail::literal Held> struct no_person {};
template <detail::literal Label, detail::literal Held> struct invalid_nationality {};
template <detail::literal Label, detail::literal Held> struct invalid_clearance {};
template <detail::literal Label, detail::literal Held> struct invalid_policy {};
template <detail::literal Label, detail::literal Held> struct not_releasable {};
template <detail::literal Label, detail::literal Held> struct no_authorising_organisation {};
template <detail::literal Label, detail::literal Held> struct not_briefed {};
template <detail::literal Label, detail::literal Held> struct clearance_below_label {};
template <detail::literal Label, detail::literal Held> struct national_clearance_below_label {};
template <detail::literal Label, detail::literal Held> struct missing_need_to_know {};
template <detail::literal Label, detail::literal Held> struct not_a_classification {};
template <detail::literal Label, detail::literal Held> struct no_equivalent_level {};
template <detail::literal Label, detail::literal Held> struct no_mapping {};
template <detail::literal Label, detail::literal Held> struct different_schemes {};
}  // namespace denied

namespace detail {

using side_text = fixed_text<72>;

/// The label's side of a decision, in ASCII.
constexpr side_text label_side(const decision& d) noexcept {
  side_text t;
  switch (d.why) {
    case reason::clearance_below_label:
    case reason::national_clearance_below_label: append_level(t, d.required, charset::ascii); break;
    case reason::not_releasable:
      t << "releasable to ";
      append_parties(t, party_set::from_bits(d.set));
      break;
    default: append_level(t, d.label_level, charset::ascii); break;
  }
  return t;
}

/// The holder's side of a decision, in ASCII.
constexpr side_text held_side(const decision& d) noexcept {
  side_text t;
  switch (d.why) {
    case reason::none: t << "allowed"; break;
    case reason::undecided: t << "no decision"; break;
    case reason::unknown_scheme:
    case reason::unknown_level: t << "not in the library"; break;
    case reason::undefined_category:
    case reason::category_not_allowed_at_level:
    case reason::missing_need_to_know: append_categories(t, category_set::from_bits(d.set)); break;
    case reason::undefined_party: append_parties(t, party_set::from_bits(d.set)); break;
    case reason::no_person: t << "no nationality"; break;
    case reason::invalid_nationality:
    case reason::not_releasable: append_party(t, static_cast<party>(d.detail)); break;
    case reason::invalid_clearance: append_grade(t, d.held.scheme, d.held.rank, charset::ascii); break;
    case reason::invalid_policy: t << "invalid access policy"; break;
    case reason::no_authorising_organisation: t << "no organisation"; break;
    case reason::not_briefed: t << "no briefing"; break;
    case reason::clearance_below_label:
    case reason::national_clearance_below_label: append_grade(t, d.held.scheme, d.detail, charset::ascii); break;
    case reason::not_a_classification: t << "a marking"; break;
    case reason::no_equivalent_level:
    case reason::no_mapping: append_scheme(t, static_cast<scheme_id>(d.detail)); break;
    case reason::different_schemes:
      if (d.required.rank >= 0)
        append_level(t, d.required, charset::ascii);
      else
        t << "another scheme";
      break;
  }
  return t;
}

template <reason R, literal A, literal B> struct rule_for { using type = rule_holds; };
template <literal A, literal B> struct rule_for<reason::undecided, A, B> { using type = denied::undecided<A, B>; };
template <literal A, literal B> struct rule_for<reason::unknown_scheme, A, B> { using type = denied::unknown_scheme<A, B>; };
template <literal A, literal B> struct rule_for<reason::unknown_level, A, B> { using type = denied::unknown_level<A, B>; };
template <literal A, literal B> struct rule_for<reason::undefined_category, A, B> { using type = denied::undefined_category<A, B>; };
template <literal A, literal B> struct rule_for<reason::category_not_allowed_at_level, A, B> { using type = denied::category_not_allowed_at_level<A, B>; };
template <literal A, literal B> struct rule_for<reason::undefined_party, A, B> { using type = denied::undefined_party<A, B>; };
template <literal A, literal B> struct rule_for<reason::no_person, A, B> { using type = denied::no_person<A, B>; };
template <literal A, literal B> struct rule_for<reason::invalid_nationality, A, B> { using type = denied::invalid_nationality<A, B>; };
template <literal A, literal B> struct rule_for<reason::invalid_clearance, A, B> { using type = denied::invalid_clearance<A, B>; };
template <literal A, literal B> struct rule_for<reason::invalid_policy, A, B> { using type = denied::invalid_policy<A, B>; };
template <literal A, literal B> struct rule_for<reason::not_releasable, A, B> { using type = denied::not_releasable<A, B>; };
template <literal A, literal B> struct rule_for<reason::no_authorising_organisation, A, B> { using type = denied::no_authorising_organisation<A, B>; };
template <literal A, literal B> struct rule_for<reason::not_briefed, A, B> { using type = denied::not_briefed<A, B>; };
template <literal A, literal B> struct rule_for<reason::clearance_below_label, A, B> { using type = denied::clearance_below_label<A, B>; };
template <literal A, literal B> struct rule_for<reason::national_clearance_below_label, A, B> { using type = denied::national_clearance_below_label<A, B>; };
template <literal A, literal B> struct rule_for<reason::missing_need_to_know, A, B> { using type = denied::missing_need_to_know<A, B>; };
template <literal A, literal B> struct rule_for<reason::not_a_classification, A, B> { using type = denied::not_a_classification<A, B>; };
template <literal A, literal B> struct rule_for<reason::no_equivalent_level, A, B> { using type = denied::no_equivalent_level<A, B>; };
template <literal A, literal B> struct rule_for<reason::no_mapping, A, B> { using type = denied::no_mapping<A, B>; };
template <literal A, literal B> struct rule_for<reason::different_schemes, A, B> { using type = denied::different_schemes<A, B>; };

template <decision D>
struct sides {
  static constexpr side_text label = label_side(D);
  static constexpr side_text held = held_side(D);
};

template <decision D>
using rule_of = typename rule_for<D.why, CLEARANCE_DETAIL_LITERAL(sides<D>::label),
                                  CLEARANCE_DETAIL_LITERAL(sides<D>::held)>::type;

}  // namespace detail

/// True when the decision allows; otherwise a compile error naming the rule and both sides.
template <decision D>
inline constexpr bool require = detail::rule_of<D>::allowed;

/// Satisfied when person `P` may read label `L` under the default policy; for `requires`
/// clauses and negative checks (static_assert(!accessible<P, L>)).
template <person P, label L>
concept accessible = can_access(P, L).allowed();

}  // namespace clearance
