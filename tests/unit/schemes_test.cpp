// SPDX-License-Identifier: MIT
//
// The scheme tables: levels, order, damage definitions, and that every row is sourced.
#include <doctest/doctest.h>

#include <clearance/clearance.hpp>
#include <string>

using namespace clearance;

namespace {

int classified_levels(const scheme& s) {
  int n = 0;
  for (const level_info& info : s.levels) n += info.classified ? 1 : 0;
  return n;
}

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

}  // namespace

TEST_CASE("source 000: NATO has four classification levels and NATO RESTRICTED is the lowest") {
  CHECK(classified_levels(nato::scheme) == 4);
  for (const level_info& info : nato::scheme.levels)
    if (info.classified) CHECK(info.rank >= nato::restricted.rank);
  CHECK(find_level(nato::restricted)->classified);
  // "Openbaring ... 'nadelig voor de belangen van de NAVO'"
  CHECK(contains(find_level(nato::restricted)->damage, "disadvantageous to the interests of NATO"));
}

TEST_CASE("domain-brief §1.1: NATO UNCLASSIFIED is a marking, not a classification") {
  const found<level_info> nu = find_level(nato::unclassified);
  REQUIRE(nu);
  CHECK_FALSE(nu->classified);
  CHECK(nu->name == "NATO UNCLASSIFIED");
  CHECK(nu->abbreviation == "NU");
}

TEST_CASE("domain-brief §4: NATO abbreviations NU / NR / NC / NS / CTS, and markings in French") {
  const char* expected[] = {"NU", "NR", "NC", "NS", "CTS"};
  for (int rank = 0; rank <= 4; ++rank) CHECK(find_level({nato::id, rank})->abbreviation == expected[rank]);
  CHECK(find_level(nato::cosmic_top_secret)->name == "COSMIC TOP SECRET");
  CHECK(find_level(nato::restricted)->markings[1].lang == language::fr);
}

TEST_CASE("source 004: Dutch levels and their damage definitions") {
  CHECK(classified_levels(nld::scheme) == 4);
  CHECK(find_level(nld::dep_vertrouwelijk)->name == "Dep. VERTROUWELIJK");
  CHECK(contains(find_level(nld::dep_vertrouwelijk)->damage, "one or more ministries"));
  CHECK(contains(find_level(nld::stg_confidentieel)->damage, "damage to one of the vital interests"));
  CHECK(contains(find_level(nld::stg_geheim)->damage, "serious damage"));
  CHECK(contains(find_level(nld::stg_zeer_geheim)->damage, "very serious damage"));
  CHECK(find_level(nld::stg_geheim)->damage_source.ref.starts_with("source 004"));
  CHECK(find_level(nld::stg_geheim)->damage_source.conf == confidence::verified);
}

TEST_CASE("domain-brief §1.2: the EU levels of Council Decision 2013/488/EU Art. 2") {
  CHECK(classified_levels(eu::scheme) == 4);
  CHECK(find_level(eu::restricted)->name == "RESTREINT UE/EU RESTRICTED");
  CHECK(contains(find_level(eu::restricted)->damage, "disadvantageous"));
  CHECK(contains(find_level(eu::top_secret)->damage, "exceptionally grave prejudice"));
}

TEST_CASE("domain-brief §1.4, §2: Belgium has three levels - Beperkte Verspreiding is not a classification") {
  CHECK(classified_levels(bel::scheme) == 3);
  const found<level_info> bv = find_level(bel::beperkte_verspreiding);
  REQUIRE(bv);
  CHECK_FALSE(bv->classified);
  CHECK(find_level(bel::zeer_geheim)->name == "ZEER GEHEIM/TRÈS SECRET");
  CHECK(find_level(bel::zeer_geheim)->ascii == "ZEER GEHEIM/TRES SECRET");
}

TEST_CASE("SÜG § 4: Germany has four levels from VS-NfD to STRENG GEHEIM") {
  CHECK(classified_levels(deu::scheme) == 4);
  CHECK(find_level(deu::vs_nfd)->abbreviation == "VS-NfD");
  CHECK(contains(find_level(deu::vs_nfd)->damage, "nachteilig"));
  CHECK(contains(find_level(deu::streng_geheim)->damage, "Bestand"));
}

TEST_CASE("every scheme of the registry passes the table rules and cites every row") {
  for (const scheme* s : builtin_schemes.schemes()) {
    CAPTURE(s->name);
    CHECK(check_scheme(*s).rule == table_rule::none);
    for (const level_info& info : s->levels) CHECK_FALSE(info.source.ref.empty());
    for (const clearance_grade& g : s->personnel.grades) CHECK_FALSE(g.source.ref.empty());
    for (const mapping_table& t : s->mappings) {
      for (const correspondence& r : t.to_hub) CHECK_FALSE(r.source.ref.empty());
      for (const correspondence& r : t.from_hub) CHECK_FALSE(r.source.ref.empty());
    }
  }
}

TEST_CASE("domain-brief §2, §7: the Dutch screening table is exposed as unverified, not as fact") {
  for (const clearance_grade& g : nld::scheme.personnel.grades) CHECK(g.source.conf == confidence::unverified);
  CHECK(nld::scheme.personnel.clearance_source.conf == confidence::unverified);
  CHECK(nld::scheme.personnel.national_rule_source.conf == confidence::unverified);
  CHECK(to_string(confidence::unverified) == "unverified");
}

TEST_CASE("registry: unknown schemes and levels are not guessed") {
  CHECK_FALSE(find_scheme(scheme_id{4242}));
  CHECK_FALSE(find_scheme(scheme_id::none));
  CHECK_FALSE(find_level({nato::id, 5}));
  CHECK_FALSE(find_level({nld::id, 0}));  // no Dutch marking below Dep.V. is held
  CHECK(national_scheme_of(party::nld).get() == &nld::scheme);
  CHECK_FALSE(national_scheme_of(party::jpn));
  CHECK_FALSE(national_scheme_of(party::none));
}

TEST_CASE("parties: group values expand to their members") {
  const party_set nato_members = expand({party::nato});
  CHECK(nato_members.contains(party::nato));
  CHECK(nato_members.contains(party::nld));
  CHECK(nato_members.contains(party::swe));  // since 2024-03-07
  CHECK_FALSE(nato_members.contains(party::aut));
  CHECK_FALSE(nato_members.contains(party::jpn));
  CHECK(nato_members.count() == 33);  // NATO itself and the 32 Allies
  CHECK(expand({party::eu}).count() == 28);  // the EU and its 27 Member States
  CHECK(expand({party::eapc}).contains(party::che));
  CHECK(expand(nato_members) == nato_members);  // idempotent
}

TEST_CASE("version.hpp is the single version source") {
  const std::string composed = std::to_string(version_major) + "." + std::to_string(version_minor) + "." +
                               std::to_string(version_patch);
  CHECK(composed == version_string);
}

TEST_CASE("check_scheme rejects malformed tables") {
  static constexpr citation src{"test", confidence::inference};
  static constexpr level_info gap[] = {{1, "A", "", "A", {}, "a", true, src, src},
                                       {3, "C", "", "C", {}, "c", true, src, src}};
  static constexpr scheme gappy{.id = scheme_id{998}, .name = "Gap", .code = "GAP", .owner = party::jpn,
                                .levels = gap, .mappings = {}, .personnel = {}, .organisation = {}, .briefing = {}};
  CHECK(check_scheme(gappy).rule == table_rule::level_order);

  static constexpr level_info uncited[] = {{1, "A", "", "A", {}, "a", true, {}, src}};
  static constexpr scheme unsourced{.id = scheme_id{998}, .name = "U", .code = "U", .owner = party::jpn,
                                    .levels = uncited, .mappings = {}, .personnel = {}, .organisation = {}, .briefing = {}};
  CHECK(check_scheme(unsourced).rule == table_rule::missing_citation);

  static constexpr level_info zero_classified[] = {{0, "Z", "", "Z", {}, "z", true, src, src}};
  static constexpr scheme flagged{.id = scheme_id{998}, .name = "F", .code = "F", .owner = party::jpn,
                                  .levels = zero_classified, .mappings = {}, .personnel = {}, .organisation = {},
                                  .briefing = {}};
  CHECK(check_scheme(flagged).rule == table_rule::classification_flag);

  static constexpr level_info one[] = {{1, "A", "", "A", {}, "a", true, src, src}};
  static constexpr clearance_grade too_high[] = {{1, "grade", "", 2, src}};
  static constexpr scheme graded{.id = scheme_id{998}, .name = "G", .code = "G", .owner = party::jpn,
                                 .levels = one, .mappings = {}, .personnel = {.grades = too_high},
                                 .organisation = {}, .briefing = {}};
  CHECK(check_scheme(graded).rule == table_rule::grade_unknown_level);

  static constexpr scheme orphan{.id = scheme_id{998}, .name = "O", .code = "O", .owner = party::none,
                                 .levels = one, .mappings = {}, .personnel = {}, .organisation = {}, .briefing = {}};
  CHECK(check_scheme(orphan).rule == table_rule::unknown_owner);

  // Display colours: what XEP-0258 allows (a CSS name of its list, or #RRGGBB).
  static constexpr level_info coloured[] = {{1, "R", "", "R", {}, "d", true, src, src, 0, {}, "black", "#00ff7F"}};
  static constexpr level_info miscoloured[] = {{1, "R", "", "R", {}, "d", true, src, src, 0, {}, "black", "#00ff7"}};
  static constexpr level_info unnamed_colour[] = {{1, "R", "", "R", {}, "d", true, src, src, 0, {}, "pink", {}}};
  static constexpr scheme painted{.id = scheme_id{998}, .name = "P", .code = "P", .owner = party::jpn,
                                  .levels = coloured, .mappings = {}, .personnel = {}, .organisation = {}, .briefing = {}};
  CHECK(check_scheme(painted).rule == table_rule::none);
  for (const slice<const level_info> bad : {slice<const level_info>{miscoloured}, slice<const level_info>{unnamed_colour}}) {
    scheme s = painted;
    s.levels = bad;
    CHECK(check_scheme(s).rule == table_rule::invalid_colour);
  }

  // Levels a label on the wire tells apart: one code and one policy name each.
  static constexpr level_info same_code[] = {{1, "R", "", "R", {}, "d", true, src, src, 7},
                                             {2, "S", "", "S", {}, "d", true, src, src, 7}};
  static constexpr level_info same_name[] = {{1, "R", "", "R", {}, "d", true, src, src, 0, "X"},
                                             {2, "S", "", "S", {}, "d", true, src, src, 0, "X"}};
  static constexpr level_info implied_code[] = {{1, "R", "", "R", {}, "d", true, src, src, 3},  // rank 2's code is 3
                                                {2, "S", "", "S", {}, "d", true, src, src}};
  for (const slice<const level_info> twice : {slice<const level_info>{same_code}, slice<const level_info>{same_name},
                                                 slice<const level_info>{implied_code}}) {
    scheme s = painted;
    s.levels = twice;
    CHECK(check_scheme(s).rule == table_rule::duplicate_level);
  }

  // Further spellings: text, a level of the scheme, defined categories, a source.
  static constexpr spelling spellings[][1] = {
      {{"RR", 1, {}, src}},                                 // fine
      {{"", 1, {}, src}},                                   // no text
      {{"RR", 2, {}, src}},                                 // a rank the scheme lacks
      {{"RR", 1, {host_category(5)}, src}},                 // a category no one defines
      {{"RR", 1, {}, {"", confidence::verified}}},          // no source
  };
  for (std::size_t i = 0; i < std::size(spellings); ++i) {
    scheme s = painted;
    s.spellings = spellings[i];
    INFO("spelling ", i);
    CHECK(check_scheme(s).rule == (i == 0 ? table_rule::none : table_rule::invalid_spelling));
  }

  // Contexts: a word and a code of their own, defined parties, a source.
  static constexpr marking_context contexts[][2] = {
      {{"A", {party::nld}, src, 1}, {"B", {party::bel}, src, 2}},                 // fine
      {{"", {party::nld}, src, 1}, {"B", {party::bel}, src, 2}},                  // no word
      {{"A", {}, src, 1}, {"B", {party::bel}, src, 2}},                           // no parties
      {{"A", {static_cast<party>(120)}, src, 1}, {"B", {party::bel}, src, 2}},    // a party no one defines
      {{"A", {party::nld}, {"", confidence::verified}, 1}, {"B", {party::bel}, src, 2}},  // no source
      {{"A", {party::nld}, src, 1}, {"A", {party::bel}, src, 2}},                 // one word twice
      {{"A", {party::nld}, src, 1}, {"B", {party::bel}, src, 1}},                 // one code twice
  };
  for (std::size_t i = 0; i < std::size(contexts); ++i) {
    scheme s = painted;
    s.contexts = contexts[i];
    INFO("contexts ", i);
    CHECK(check_scheme(s).rule == (i == 0 ? table_rule::none : table_rule::invalid_context));
  }

  // Ceilings for parties: a party of the catalogue, once, at a level of the scheme, with a source.
  static constexpr release_ceiling ceiling_rows[][2] = {
      {{party::ukr, 1, src}, {party::swe, 1, src}},                 // fine
      {{party::none, 1, src}, {party::swe, 1, src}},                // no party
      {{static_cast<party>(120), 1, src}, {party::swe, 1, src}},    // no party of the catalogue
      {{party::ukr, 1, src}, {party::ukr, 1, src}},                 // twice
      {{party::ukr, 2, src}, {party::swe, 1, src}},                 // a rank the scheme lacks
      {{party::ukr, 1, src}, {party::swe, 1, {"", confidence::verified}}},  // no source
  };
  for (std::size_t i = 0; i < std::size(ceiling_rows); ++i) {
    scheme s = painted;
    s.release_ceilings = ceiling_rows[i];
    INFO("ceiling rows ", i);
    CHECK(check_scheme(s).rule == (i == 0 ? table_rule::none : table_rule::invalid_release_ceiling));
  }

  // A scheme's own categories: in the host range, named, coded, cited, once, in a tag set it
  // names with a code of their own there, from a rank it has, excluding and needing only categories it defines, never itself, never one it excludes.
  static constexpr category_info good{host_category(0), "DAWN", category_kind::restrictive, 1, src, 1, "1.2"};
  static constexpr category_info rows[][2] = {
      {good, {category::atomal, "ATOMAL", category_kind::restrictive, 1, src, 1, "1.2"}},  // library range
      {good, {host_category(1), "", category_kind::restrictive, 1, src, 2, "1.2"}},         // no name
      {good, {host_category(1), "DUSK", category_kind::restrictive, 1, src, 0, "1.2"}},     // no code
      {good, {host_category(1), "DUSK", category_kind::restrictive, 1, {}, 2, "1.2"}},      // no source
      {good, {host_category(1), "DUSK", category_kind::restrictive, 2, src, 2, "1.2"}},     // rank 2: none
      {good, {host_category(0), "DUSK", category_kind::restrictive, 1, src, 2, "1.2"}},     // id twice
      {good, {host_category(1), "DAWN", category_kind::restrictive, 1, src, 2, "1.2"}},     // name twice
      {good, {host_category(1), "DUSK", category_kind::restrictive, 1, src, 2, "1.2", false, {host_category(5)}}},
      {good, {host_category(1), "DUSK", category_kind::restrictive, 1, src, 2, "1.2", false, {}, {host_category(5)}}},
      {good, {host_category(1), "DUSK", category_kind::restrictive, 1, src, 2, "1.2", false, {}, {host_category(1)}}},
      {good, {host_category(1), "DUSK", category_kind::restrictive, 1, src, 2, "1.2", false, {host_category(0)},
              {host_category(0)}}},
      {good, {host_category(1), "DUSK", category_kind::restrictive, 1, src, 2, "1.3"}},  // tag set not named
      {good, {host_category(1), "DUSK", category_kind::restrictive, 1, src, 1, "1.2"}},  // DAWN's code in 1.2
      {good, {host_category(1), "DUSK", category_kind::informative, 1, src, 2, "1.2"}},  // 1.2 is restrictive
  };
  static constexpr tag_set_info tag_sets[] = {{"1.2", "Codewords", tag_type::enumerated_restrictive, src},
                                              {"1.4", "Notes", tag_type::informative, src}};
  for (const auto& pair : rows) {
    const scheme coded{.id = scheme_id{998}, .name = "C", .code = "C", .owner = party::jpn, .levels = one,
                       .mappings = {}, .personnel = {}, .organisation = {}, .briefing = {}, .categories = pair,
                       .tag_sets = tag_sets};
    CHECK(check_scheme(coded).rule == table_rule::invalid_category);
  }
  static constexpr category_info fine[] = {good, {host_category(1), "DUSK", category_kind::informative, 1, src, 2,
                                                  "1.4", true, {host_category(0)}}};
  static constexpr scheme coded{.id = scheme_id{998}, .name = "C", .code = "C", .owner = party::jpn, .levels = one,
                                .mappings = {}, .personnel = {}, .organisation = {}, .briefing = {}, .categories = fine,
                                .tag_sets = tag_sets};
  CHECK(check_scheme(coded).rule == table_rule::none);

  // A tag set named like one of the catalogue's: a STANAG 4774 label could not tell them apart.
  static constexpr tag_set_info shadowing[] = {{"1.2", "Codewords", tag_type::enumerated_restrictive, src},
                                               {"1.4", "Administrative", tag_type::informative, src}};
  scheme shadows = coded;
  shadows.tag_sets = shadowing;
  CHECK(check_scheme(shadows).rule == table_rule::invalid_category);

  // Requirements: of an own category or a level of the scheme, for own categories, with a source.
  const category dawn = host_category(0), dusk = host_category(1);
  static constexpr category_requirement requirement_rows[][1] = {
      {{host_category(0), -1, how_many::only_one, {host_category(1)}, src}},  // fine: with DAWN
      {{category::invalid, 1, how_many::all, {host_category(1)}, src}},       // fine: at rank 1
      {{category::invalid, 2, how_many::all, {host_category(1)}, src}},       // rank 2: none
      {{host_category(5), -1, how_many::all, {host_category(1)}, src}},       // no such category
      {{host_category(0), -1, how_many::all, {}, src}},                       // of nothing
      {{host_category(0), -1, how_many::all, {category::atomal}, src}},       // not its own
      {{host_category(0), -1, how_many::all, {host_category(0)}, src}},       // itself
      {{host_category(0), -1, static_cast<how_many>(7), {host_category(1)}, src}},  // no such need
      {{host_category(0), -1, how_many::all, {host_category(1)}, {}}},        // no source
  };
  for (std::size_t i = 0; i < std::size(requirement_rows); ++i) {
    scheme s = coded;
    s.requirements = requirement_rows[i];
    INFO("requirement ", i);
    CHECK(check_scheme(s).rule == (i < 2 ? table_rule::none : table_rule::invalid_category));
  }
  // The three needs, over every subset of {DAWN, DUSK}.
  for (const category_set held : {category_set{}, category_set{dawn}, category_set{dusk}, category_set{dawn, dusk}}) {
    const int n = held.count();
    CHECK(requirement_met(held, how_many::all, {dawn, dusk}) == (n == 2));
    CHECK(requirement_met(held, how_many::one_or_more, {dawn, dusk}) == (n >= 1));
    CHECK(requirement_met(held, how_many::only_one, {dawn, dusk}) == (n == 1));
  }
}

TEST_CASE("domain-brief §1.3: the Czech and Bulgarian rows of 2013/488/EU Appendix B, level by level") {
  for (const scheme* s : {&cze::scheme, &bgr::scheme}) {
    CAPTURE(s->code);
    CHECK(classified_levels(*s) == 4);
    for (const level_info& info : s->levels) {
      CAPTURE(info.rank);
      const conversion to = to_eu(label{level_of(*s, info.rank)});  // the same rank, both ways, verified
      REQUIRE(to);
      CHECK(to.value.rank == info.rank);
      CHECK(to.conf == confidence::verified);
      const conversion back = convert(label{level_of(eu::scheme, info.rank)}, s->id);
      REQUIRE(back);
      CHECK(back.value.rank == info.rank);
      const conversion nato_level = to_nato(label{level_of(*s, info.rank)});  // no NATO table: through the EU
      REQUIRE(nato_level);
      CHECK(nato_level.value.rank == info.rank);
      CHECK(nato_level.conf == confidence::inference);
    }
  }
  CHECK(find_level(cze::prisne_tajne)->name == "Přísně tajné");
  CHECK(contains(find_level(cze::vyhrazene)->damage, "disadvantageous"));
  CHECK(find_level(bgr::za_sluzhebno_polzvane)->name == "За служебно ползване");
  CHECK(find_level(bgr::strogo_sekretno)->damage_source.conf == confidence::unverified);  // not read: exposed
}

TEST_CASE("deny by default: no Czech or Bulgarian personnel table is held, so nobody reads their labels") {
  for (const level lv : {cze::vyhrazene, cze::prisne_tajne, bgr::za_sluzhebno_polzvane, bgr::strogo_sekretno}) {
    const scheme& s = *find_scheme(lv.scheme);
    const person national{.nationality = s.owner, .works_for = organisation::government,
                          .clearances = {nato::clearance_cosmic_top_secret, eu::clearance_top_secret},
                          .briefed = true};
    const decision d = can_access(national, label{lv});
    CHECK(d.why == reason::clearance_below_label);
  }
}

TEST_CASE("issue 18: identifiers for the standard formats - policy, levels, categories, parties") {
  fixed_text<80> id;
  append_policy_id(id, nato::scheme);
  CHECK(id.view() == "1.3.26.1.3.1");  // ADatP-4774 sample SPIF
  fixed_text<80> dutch;
  append_policy_id(dutch, nld::scheme);
  CHECK(dutch.view() == std::string(policy_arc) + ".1.528");
  // NATO's classification codes: UNCLASSIFIED 1 ... TOP SECRET 5.
  for (const level_info& info : nato::levels) CHECK(level_code(info) == info.rank + 1);
  CHECK(level_code(*find_level(nld::scheme, nld::stg_geheim.rank)) == nld::stg_geheim.rank + 1);
  // Category codes in their tag sets, and the parties' numbers.
  CHECK(find_category(category::atomal)->code == 1);
  CHECK(find_category(category::bohemia)->code == 9);
  CHECK(find_category(category::bohemia)->tag_set == "1.3.26.1.4.1");
  CHECK(find_category(category::staff)->code == 2);
  CHECK(find_category(category::staff)->tag_set == "1.3.26.1.4.3");
  CHECK(find_party(party::jpn)->number == 392);
  CHECK(find_party(party::nato)->number == 1001);
  CHECK(find_party(party::resolute_support)->number == 1901);
  CHECK(nato::scheme.list_tags.releasable_to == "1.3.26.1.4.2");
  CHECK(nato::scheme.list_tags.only == "1.3.26.1.4.5");
  CHECK(nato::scheme.list_tags.context == "1.3.26.1.4.4");
  for (const marking_context& c : nato::contexts) CHECK((c.code > 1001 && c.code <= 1010));
  // Every code is unique in its tag set; every country has its ISO 3166 number.
  for (const category_info& a : categories)
    for (const category_info& b : categories)
      if (a.id != b.id && a.tag_set == b.tag_set) CHECK(a.code != b.code);
  for (const party_info& a : parties) {
    if (a.kind == party_kind::country) CHECK(a.number > 0);
    for (const party_info& b : parties)
      if (a.id != b.id && a.number != 0) CHECK(a.number != b.number);
  }
}
