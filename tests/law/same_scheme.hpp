// SPDX-License-Identifier: MIT
//
// What the SPIF round-trip laws compare: two schemes' tables, and the decisions of two registries
// on every label of a scheme's universe - validity, markings in every form and language,
// conversion to every scheme in every context on the days the tables they read (theirs and the
// hubs') begin and end, the exchange formats (STANAG 4774, ESS, XEP-0258), access for a set of
// readers.
#pragma once

#include <doctest/doctest.h>

#include <clearance/wire.hpp>
#include <clearance/wire/policy.hpp>
#include <clearance/text/names.hpp>
#include <clearance/text/parse.hpp>
#include <algorithm>
#include <string>

#include "universe.hpp"

namespace universe {


/// The persons of the access laws' universe, and a holder of each grade of `s`.
inline std::vector<person> readers_of(const scheme& s) {
  std::vector<person> out;
  for (party nationality : {party::nld, party::bel, party::jpn, s.owner})
    for (bool briefed : {false, true}) {
      out.push_back(person{nationality, organisation::accredited, {}, {}, briefed, {}});
      for (const clearance_grade& g : s.personnel.grades)
        out.push_back(person{nationality, organisation::accredited, {clearance_grant{s.id, g.grade}, nato::clearance_secret},
                             {category::atomal, compartment(0)}, briefed, {}});
    }
  return out;
}

inline void same_tables(const scheme& a, const scheme& b) {
  CHECK(b.id == a.id);
  CHECK(b.name == a.name);
  CHECK(b.code == a.code);
  CHECK(b.owner == a.owner);
  REQUIRE(b.levels.size() == a.levels.size());
  for (std::size_t i = 0; i < a.levels.size(); ++i) {
    const level_info &x = a.levels[i], &y = b.levels[i];
    INFO(std::string(x.name));
    CHECK(y.rank == x.rank);
    CHECK(y.name == x.name);
    CHECK(y.ascii == x.ascii);
    CHECK(y.abbreviation == x.abbreviation);
    CHECK(y.classified == x.classified);
    CHECK(level_code(y) == level_code(x));
    CHECK(policy_name(y) == policy_name(x));
    CHECK(y.damage == x.damage);
    CHECK(y.fgcolor == x.fgcolor);
    for (std::size_t k = 0; k < x.markings.size(); ++k) {
      CHECK(y.markings[k].text == x.markings[k].text);
      if (!x.markings[k].text.empty()) CHECK(y.markings[k].lang == x.markings[k].lang);
    }
  }
  CHECK(b.implied_releasability == a.implied_releasability);
  REQUIRE(b.requirements.size() == a.requirements.size());
  for (std::size_t i = 0; i < a.requirements.size(); ++i) {
    CHECK(b.requirements[i].with == a.requirements[i].with);
    CHECK(b.requirements[i].rank == a.requirements[i].rank);
    CHECK(b.requirements[i].need == a.requirements[i].need);
    CHECK(b.requirements[i].of == a.requirements[i].of);
  }
  REQUIRE(b.release_ceilings.size() == a.release_ceilings.size());
  for (std::size_t i = 0; i < a.release_ceilings.size(); ++i) {
    CHECK(b.release_ceilings[i].to == a.release_ceilings[i].to);
    CHECK(b.release_ceilings[i].max_rank == a.release_ceilings[i].max_rank);
  }
  CHECK(b.only_word == a.only_word);
  CHECK(list_tags_of(b).releasable_to == list_tags_of(a).releasable_to);
  CHECK(list_tags_of(b).only == list_tags_of(a).only);
  CHECK(list_tags_of(b).context == list_tags_of(a).context);
  CHECK(list_tags_of(b).list_follows.word == list_tags_of(a).list_follows.word);
  CHECK(list_tags_of(b).list_follows.code == list_tags_of(a).list_follows.code);
  REQUIRE(b.contexts.size() == a.contexts.size());
  for (std::size_t i = 0; i < a.contexts.size(); ++i) {
    CHECK(b.contexts[i].word == a.contexts[i].word);
    CHECK(b.contexts[i].code == a.contexts[i].code);
    CHECK(b.contexts[i].releasable_to == a.contexts[i].releasable_to);
  }
  REQUIRE(b.categories.size() == a.categories.size());
  for (std::size_t i = 0; i < a.categories.size(); ++i) {
    const category_info &x = a.categories[i], &y = b.categories[i];
    CHECK(y.id == x.id);
    CHECK(y.name == x.name);
    CHECK(y.kind == x.kind);
    CHECK(y.min_rank == x.min_rank);
    CHECK(y.code == x.code);
    CHECK(y.tag_set == x.tag_set);
    CHECK(y.obsolete == x.obsolete);
    CHECK(y.excludes == x.excludes);
    CHECK(y.needs == x.needs);
  }
  fixed_text<96> oid;
  append_policy_id(oid, a);
  CHECK(wire::has_policy_id(b, oid.view()));
}



/// The days on which the tables or the use of `s` begin or end, with the day before and after
/// each, and the unknown day.
inline std::vector<date> days_of(const scheme& s, std::vector<date> days = {date{}}) {
  const auto add = [&](date d) {
    if (!d.known()) return;
    for (const date x : {day_before(d), d, day_after(d)})
      if (std::find(days.begin(), days.end(), x) == days.end()) days.push_back(x);
  };
  add(s.in_use.from);
  add(s.in_use.until);
  for (const mapping_table& t : s.mappings) {
    add(t.in_force.from);
    add(t.in_force.until);
  }
  return days;
}

/// Compares the decisions of `loaded` (and the reading of markings with `loaded_words`, its
/// vocabulary) with those of `builtin_schemes` on the labels of `s`; returns how many it compared.
inline std::size_t same_decisions(const registry& loaded, const vocabulary& loaded_words, const scheme& s) {
  const vocabulary& builtin_words = vocabulary_of<builtin_schemes>;
  std::size_t decisions = 0;
  const std::vector<person> readers = readers_of(s);
  // A conversion reads the tables of its source, of its target and of the hub it may pass through.
  std::vector<date> days = days_of(s);
  for (const scheme_id hub : {hubs::nato, hubs::eu}) days = days_of(*builtin_schemes.find(hub), days);
  for (const label& lab : labels_of(s)) {
    CHECK(validate(loaded, lab).why == validate(builtin_schemes, lab).why);
    for (const marking_form form : {marking_form::canonical, marking_form::banner, marking_form::portion})
      for (const language lang : {language::en, language::fr, language::nl, language::de}) {
        const auto text = format_marking(builtin_schemes, lab, form, lang);
        CHECK(format_marking(loaded, lab, form, lang).view() == text.view());
        // The marking reads back alike, with and without the scheme as a hint.
        for (const scheme_id hint : {scheme_id::none, s.id}) {
          const marking_result a = parse_marking(builtin_words, text.view(), {.scheme = hint});
          const marking_result b = parse_marking(loaded_words, text.view(), {.scheme = hint});
          if (b.error != a.error || b.offset != a.offset || !(b.value == a.value))
            FAIL_CHECK("reading '", std::string(text.view()), "' differs");
          ++decisions;
        }
      }
    // The exchange formats write it alike and read it back alike.
    {
      const wire_text a = write_4774(builtin_schemes, lab), b = write_4774(loaded, lab);
      CHECK(b.error == a.error);
      CHECK(b.view() == a.view());
      if (a.ok()) CHECK(read_4774(loaded, b.view()).value == read_4774(builtin_schemes, a.view()).value);
      const ess_result x = write_ess(builtin_schemes, lab), y = write_ess(loaded, lab);
      CHECK(y.error == x.error);
      CHECK(std::equal(x.view().begin(), x.view().end(), y.view().begin(), y.view().end()));
      if (x.ok()) CHECK(read_ess(loaded, y.view()).value == read_ess(builtin_schemes, x.view()).value);
      const wire_text m = write_xep0258(builtin_schemes, lab), n = write_xep0258(loaded, lab);
      CHECK(n.view() == m.view());
      if (m.ok()) CHECK(read_xep0258(loaded, n.view()).value == read_xep0258(builtin_schemes, m.view()).value);
      decisions += 3;
    }
    for (const scheme* target : builtin_schemes.schemes())
      for (const date day : days_of(*target, days))
        for (const context in : all_contexts) {
          const conversion_terms t{.on = day, .in = in, .accepts = confidence::unverified};
          const conversion a = convert(builtin_schemes, lab, target->id, t), b = convert(loaded, lab, target->id, t);
          if (b.outcome.why != a.outcome.why || !(b.value == a.value))
            FAIL_CHECK("convert ", std::string(format_marking(builtin_schemes, lab).view()), " to ",
                       std::string(target->code), " differs");
          ++decisions;
        }
    for (const person& p : readers) {
      CHECK(can_access(loaded, p, lab).why == can_access(builtin_schemes, p, lab).why);
      ++decisions;
    }
  }
  return decisions;
}

}  // namespace universe
