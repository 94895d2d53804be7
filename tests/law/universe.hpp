// SPDX-License-Identifier: MIT
//
// Small universes for exhaustive law tests: every level of every scheme, crossed with a few
// categories and releasability sets.
#pragma once

#include <clearance/clearance.hpp>
#include <vector>

namespace universe {

using namespace clearance;

inline const category_set category_choices[] = {
    {}, {category::atomal}, {compartment(0)}, {category::atomal, compartment(0)},
    {category::staff}, {category::crypto, compartment(0)},
};

/// Every valid label of scheme `s` in the universe: owner default, two explicit releasabilities,
/// an ONLY list ("Ireland, Netherlands ONLY") and, in a scheme with contexts, the first context
/// with an ONLY list ("NATO/EAPC ... Ireland, Netherlands ONLY").
inline std::vector<label> labels_of(const scheme& s) {
  std::vector<label> out;
  constexpr party_set listed{party::nld, party::irl};
  for (const level_info& info : s.levels)
    for (const category_set& cats : category_choices) {
      const label base = label{level_of(s, info.rank)}.with(cats);
      std::vector<label> variants{base, base.releasable({party::nld}), base.releasable({party::nld, party::bel}),
                                  base.releasable(listed).only_for(listed)};
      if (!s.contexts.empty() && info.name.starts_with(s.code))  // "NATO/EAPC SECRET", not "COSMIC ..."
        variants.push_back(base.releasable(s.contexts[0].releasable_to).only_for(listed));
      for (const label& l : variants)
        if (is_valid(l)) out.push_back(l);
    }
  return out;
}

/// Every valid label of every scheme.
inline std::vector<label> all_labels() {
  std::vector<label> out;
  for (const scheme* s : builtin_schemes.schemes())
    for (const label& l : labels_of(*s)) out.push_back(l);
  return out;
}

/// The universe, and each of its labels without an ONLY list releasable to groups too: NATO/EAPC
/// (a context in NATO banners), NATO and Japan, the EU and Switzerland; and to Japan alone (a
/// list without the scheme's owner). (A label with an ONLY list and a releasability that is
/// neither that list nor a context has no marking.)
inline std::vector<label> labels_with_groups() {
  std::vector<label> out;
  for (const label& l : all_labels()) {
    out.push_back(l);
    if (l.only.empty())
      for (const label& v : {l.releasable({party::nato, party::eapc}), l.releasable({party::nato, party::jpn}),
                             l.releasable({party::eu, party::che}), l.releasable({party::jpn})})
        out.push_back(v);
  }
  return out;
}

/// The next calendar day.
inline date day_after(date d) {
  date next{d.year(), d.month(), d.day() + 1};
  if (!next.valid()) next = d.month() == 12 ? date{d.year() + 1, 1, 1} : date{d.year(), d.month() + 1, 1};
  return next;
}

/// The previous calendar day.
inline date day_before(date d) {
  if (d.day() > 1) return {d.year(), d.month(), d.day() - 1};
  date last = d.month() == 1 ? date{d.year() - 1, 12, 31} : date{d.year(), d.month() - 1, 31};
  while (!last.valid()) last.value -= 1;
  return last;
}

/// Every day on which some table or edition starts or ends, with the day before and the day
/// after each; and the unknown day.
inline std::vector<date> boundary_days() {
  std::vector<date> out{date{}};
  const auto add = [&](date d) {
    if (!d.known()) return;
    for (const date x : {day_before(d), d, day_after(d)}) {
      bool seen = false;
      for (const date y : out) seen = seen || y == x;
      if (!seen) out.push_back(x);
    }
  };
  for (const scheme* s : builtin_schemes.schemes()) {
    add(s->in_use.from);
    add(s->in_use.until);
    for (const mapping_table& t : s->mappings) {
      add(t.in_force.from);
      add(t.in_force.until);
    }
  }
  return out;
}

/// Every day of boundary_days() in every context, accepting every row.
inline std::vector<conversion_terms> all_terms() {
  std::vector<conversion_terms> out;
  for (const date d : boundary_days())
    for (const context c : all_contexts)
      out.push_back({.on = d, .in = c, .accepts = confidence::unverified});
  return out;
}

}  // namespace universe
