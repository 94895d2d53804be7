// SPDX-License-Identifier: MIT
//
// Laws of the SPIF round trip: every built-in scheme, exported to a SPIF (document_of, write),
// read back and loaded at run time with what a SPIF cannot say (complement_of), is the same
// scheme: the same tables, and the same decisions on every label of the universe - validity,
// conversion to every scheme in every context on every boundary day, access for every person,
// and every marking written.
#include <doctest/doctest.h>

#include <clearance/wire/spif_scheme.hpp>
#include <string>

#include "universe.hpp"

using namespace universe;

namespace {

/// The persons of the access laws' universe, and a holder of each grade of `s`.
std::vector<person> readers_of(const scheme& s) {
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

void same_tables(const scheme& a, const scheme& b) {
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
  CHECK(wire::has_policy_id(b, spif::detail::oid_of(a)));
}

}  // namespace

TEST_CASE("law: every built-in scheme, exported to a SPIF and loaded back, is the same scheme and decides alike") {
  const std::vector<conversion_terms> terms = all_terms();
  std::size_t decisions = 0;
  for (const scheme* s : builtin_schemes.schemes()) {
    INFO("scheme ", std::string(s->code));
    const std::string text = spif::write(spif::document_of(builtin_schemes, *s));
    const spif::read_result r = spif::read(text);
    REQUIRE_MESSAGE(r.ok(), r.message());
    const spif::load_result l = spif::load(r.policy, spif::complement_of(*s), builtin_schemes);
    REQUIRE_MESSAGE(l.ok(), l.message());
    const registry& loaded = l.value.registry();
    same_tables(*s, l.value.scheme());

    const std::vector<person> readers = readers_of(*s);
    for (const label& lab : labels_of(*s)) {
      CHECK(validate(loaded, lab).why == validate(builtin_schemes, lab).why);
      for (const marking_form form : {marking_form::canonical, marking_form::banner, marking_form::portion})
        for (const language lang : {language::en, language::fr, language::nl, language::de})
          CHECK(format_marking(loaded, lab, form, lang).view() == format_marking(builtin_schemes, lab, form, lang).view());
      for (const scheme* target : builtin_schemes.schemes())
        for (const conversion_terms& t : terms) {
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
  }
  MESSAGE(decisions, " decisions compared");
}
