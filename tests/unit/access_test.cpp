// SPDX-License-Identifier: MIT
//
// can_access: the source scenarios, every reason, policies, and compile time = run time.
#include <doctest/doctest.h>

#include <string>

#include "../support/scenarios.hpp"

using namespace scenario;

namespace {

/// The same decision computed at run time, from copies the optimiser cannot see through.
decision at_run_time(person p, label l, const access_policy& policy = default_policy) {
  volatile int guard = 0;
  if (guard != 0) p = person{};
  return can_access(p, l, policy);
}

std::string said(const decision& d) { return std::string(explain(d).view()); }

}  // namespace

TEST_CASE("source 000: a Defence cleaner with screening C and need-to-know may read NATO RESTRICTED") {
  static_assert(require<can_access(defence_cleaner, site_paper)>);
  static_assert(accessible<defence_cleaner, site_paper>);
  CHECK(at_run_time(defence_cleaner, site_paper).allowed());
  CHECK(said(can_access(defence_cleaner, site_paper)) == "allowed: NATO RESTRICTED");
}

TEST_CASE("source 000: the same cleaner without need-to-know may not") {
  constexpr person without = with_need_to_know(defence_cleaner, {});
  static_assert(!accessible<without, site_paper>);
  const decision d = at_run_time(without, site_paper);
  CHECK(d.why == reason::missing_need_to_know);
  CHECK(d.categories() == category_set{site_papers});
  CHECK(said(d) ==
        "denied (missing need-to-know): person does not hold compartment 0; label is NATO RESTRICTED with it");
}

TEST_CASE("source 000 [U]: Stg. CONFIDENTIEEL needs screening B - screening C is not enough") {
  constexpr label file = label{nld::stg_confidentieel}.with(site_papers);
  constexpr person b = with_clearances(defence_cleaner, {nld::screening_b});
  static_assert(require<can_access(b, file)>);
  const decision d = at_run_time(defence_cleaner, file);
  CHECK(d.why == reason::clearance_below_label);
  CHECK(d.required == nld::stg_confidentieel);
  CHECK(d.held == nld::dep_vertrouwelijk);
  CHECK(said(d) == "denied (clearance below label): person holds screening C, valid up to Dep. VERTROUWELIJK; "
                   "label is Stg. CONFIDENTIEEL");
}

TEST_CASE("issue: a Stg. GEHEIM file is not shown to someone screened at C") {
  constexpr label file = label{nld::stg_geheim}.with(site_papers);
  static_assert(!can_access(defence_cleaner, file));
  static_assert(can_access(with_clearances(defence_cleaner, {nld::screening_a}), file));
}

TEST_CASE("source 000 [U]: NATO RESTRICTED needs work for NATO, a member state or an accredited organisation") {
  for (organisation o : {organisation::nato_body, organisation::government, organisation::accredited})
    CHECK(can_access(working_for(defence_cleaner, o), site_paper).allowed());
  const decision d = can_access(working_for(defence_cleaner, organisation::none), site_paper);
  CHECK(d.why == reason::no_authorising_organisation);
  CHECK(said(d) ==
        "denied (no authorising organisation): person works for no authorising organisation; label is NATO RESTRICTED");
}

TEST_CASE("domain-brief §2 (DoD handbook): NATO RESTRICTED needs no clearance, but a briefing") {
  // A German employee: no national rule applies, and NATO asks no clearance for NR.
  constexpr person clerk{.nationality = party::deu, .works_for = organisation::government,
                         .clearances = {}, .need_to_know = {site_papers}, .briefed = true};
  static_assert(require<can_access(clerk, site_paper)>);
  CHECK(can_access(briefed(clerk, false), site_paper).why == reason::not_briefed);
}

TEST_CASE("source 000 [U]: the Dutch national rule asks screening C for NATO RESTRICTED (= Dep.V.)") {
  constexpr person unscreened = with_clearances(defence_cleaner, {});
  const decision d = at_run_time(unscreened, site_paper);
  CHECK(d.why == reason::national_clearance_below_label);
  CHECK(d.required == nld::dep_vertrouwelijk);
  CHECK(said(d) == "denied (national clearance below label): Netherlands rule: person holds no Netherlands "
                   "clearance; label is NATO RESTRICTED, handled as Dep. VERTROUWELIJK");
}

TEST_CASE("NATO Security Agreement Art. 3: NATO CONFIDENTIAL and above need a NATO clearance at the level") {
  constexpr person nc = with_clearances(dutch_officer, {nld::screening_a, nato::clearance_confidential});
  constexpr label nc_note = label{nato::confidential}.with(operation);
  static_assert(require<can_access(nc, nc_note)>);
  const decision d = can_access(nc, operation_note);
  CHECK(d.why == reason::clearance_below_label);
  CHECK(d.held == nato::confidential);
  CHECK(said(d) == "denied (clearance below label): person holds NC clearance, valid up to NATO CONFIDENTIAL; "
                   "label is NATO SECRET");
  const decision none = can_access(with_clearances(dutch_officer, {nld::screening_a}), operation_note);
  CHECK(none.why == reason::clearance_below_label);
  CHECK(said(none) == "denied (clearance below label): person holds no NATO clearance; label is NATO SECRET");
}

TEST_CASE("issue: NATO SECRET to someone without need-to-know is refused") {
  constexpr person no_ntk = with_need_to_know(dutch_officer, {});
  static_assert(!can_access(no_ntk, operation_note));
  static_assert(require<can_access(dutch_officer, operation_note)>);
}

TEST_CASE("domain-brief §3: a NATO SECRET ATOMAL label needs the ATOMAL category held") {
  constexpr label atomal_note = operation_note.with(category::atomal);
  static_assert(!can_access(dutch_officer, atomal_note));
  static_assert(can_access(with_need_to_know(dutch_officer, {operation, category::atomal}), atomal_note));
  const decision d = can_access(dutch_officer, atomal_note);
  CHECK(d.why == reason::missing_need_to_know);
  CHECK(d.categories() == category_set{category::atomal});
}

TEST_CASE("domain-brief §3: informative categories do not affect access") {
  constexpr label staff_note = operation_note.with(category::staff);
  static_assert(can_access(dutch_officer, staff_note));
}

TEST_CASE("domain-brief §3: a label releasable to NLD, BEL is refused to a person of another nationality") {
  constexpr label note = operation_note.releasable({party::nld, party::bel});
  static_assert(require<can_access(dutch_officer, note)>);
  const decision d = at_run_time(german_officer, note);
  CHECK(d.why == reason::not_releasable);
  CHECK(said(d) == "denied (not releasable): person is DEU; label NATO SECRET is releasable to BEL, NLD");
  // NATO information goes to NATO members by default, and not to others
  constexpr person japanese{.nationality = party::jpn, .works_for = organisation::government,
                            .clearances = {}, .need_to_know = {}, .briefed = true};
  CHECK(can_access(japanese, nato::unclassified).why == reason::not_releasable);
  CHECK(can_access(japanese, label{nato::unclassified}.releasable({party::nato, party::jpn})).allowed());
}

TEST_CASE("NATO bodies: staff of a NATO body match a label releasable to NATO") {
  constexpr person staff{.nationality = party::jpn, .works_for = organisation::nato_body,
                         .clearances = {}, .need_to_know = {}, .briefed = true};
  CHECK(can_access(staff, nato::unclassified).allowed());
  CHECK(can_access(staff, label{nato::unclassified}.releasable({party::nld})).why == reason::not_releasable);
}

TEST_CASE("Belgium (NVO criteria): a clearance at the level for every Belgian level") {
  constexpr person belgian{.nationality = party::bel, .works_for = organisation::accredited,
                           .clearances = {bel::clearance_geheim}, .need_to_know = {}, .briefed = true};
  CHECK(can_access(belgian, bel::geheim).allowed());
  CHECK(can_access(belgian, bel::zeer_geheim).why == reason::clearance_below_label);
  CHECK(can_access(with_clearances(belgian, {}), bel::vertrouwelijk).why == reason::clearance_below_label);
  // Beperkte Verspreiding is not a classification: no clearance needed, but it stays Belgian
  CHECK(can_access(with_clearances(belgian, {}), bel::beperkte_verspreiding).allowed());
  CHECK(can_access(german_officer, bel::beperkte_verspreiding).why == reason::not_releasable);
}

TEST_CASE("SÜG §§ 8-10: German clearances from VS-VERTRAULICH - VS-NfD needs none") {
  constexpr person official{.nationality = party::deu, .works_for = organisation::government,
                            .clearances = {}, .need_to_know = {}, .briefed = true};
  CHECK(can_access(official, deu::vs_nfd).allowed());
  CHECK(can_access(official, deu::vs_vertraulich).why == reason::clearance_below_label);
  CHECK(can_access(with_clearances(official, {deu::ue1}), deu::vs_vertraulich).allowed());
  CHECK(can_access(with_clearances(official, {deu::ue1}), deu::geheim).why == reason::clearance_below_label);
  CHECK(can_access(with_clearances(official, {deu::ue3}), deu::streng_geheim).allowed());
}

TEST_CASE("deny by default: default-constructed person, invalid person, invalid label, unknown scheme") {
  static_assert(!can_access(person{}, site_paper));
  CHECK(can_access(person{}, site_paper).why == reason::no_person);
  CHECK(can_access(person{}, nato::unclassified).why == reason::no_person);

  person group = defence_cleaner;
  group.nationality = party::nato;
  CHECK(can_access(group, site_paper).why == reason::invalid_nationality);
  group.nationality = static_cast<party>(120);
  CHECK(can_access(group, site_paper).why == reason::invalid_nationality);

  CHECK(can_access(with_clearances(defence_cleaner, {clearance_grant{scheme_id{4242}, 1}}), site_paper).why ==
        reason::invalid_clearance);
  CHECK(can_access(with_clearances(defence_cleaner, {clearance_grant{nld::id, 9}}), site_paper).why ==
        reason::invalid_clearance);
  CHECK(can_access(with_clearances(defence_cleaner, {nld::screening_c, nld::screening_a}), site_paper).why ==
        reason::invalid_clearance);

  CHECK(can_access(defence_cleaner, label{}).why == reason::unknown_scheme);
  CHECK(can_access(defence_cleaner, label{level{scheme_id{4242}, 1}}).why == reason::unknown_scheme);
  CHECK(can_access(defence_cleaner, site_paper.with(category::atomal)).why == reason::category_not_allowed_at_level);
  CHECK(decision{}.why == reason::undecided);
  CHECK_FALSE(decision{}.allowed());
}

TEST_CASE("policy: a host application replaces the unverified Dutch screening table") {
  // An organisation whose table lets screening C cover Stg. CONFIDENTIEEL.
  static constexpr citation ours{"our organisation's screening table", confidence::verified};
  static constexpr clearance_grade our_grades[] = {
      {1, "screening C", "", 2, ours}, {2, "screening B", "", 3, ours}, {3, "screening A", "", 4, ours}};
  static constexpr access_policy ours_policy = default_policy.with(
      nld::id, {.grades = our_grades, .clearance_from = 1, .clearance_source = ours, .national_rule = true,
                .national_rule_source = ours});
  constexpr label file = label{nld::stg_confidentieel}.with(site_papers);
  static_assert(ours_policy.valid(builtin_schemes));
  static_assert(!can_access(defence_cleaner, file));
  static_assert(require<can_access(defence_cleaner, file, ours_policy)>);
  CHECK(at_run_time(defence_cleaner, file, ours_policy).allowed());
}

TEST_CASE("policy: the Dutch national rule can be switched off") {
  constexpr personnel_rules without_rule = [] {
    personnel_rules r = nld::default_screening;
    r.national_rule = false;
    return r;
  }();
  static constexpr access_policy policy = default_policy.with(nld::id, without_rule);
  constexpr person unscreened = with_clearances(defence_cleaner, {});
  static_assert(!can_access(unscreened, site_paper));
  static_assert(can_access(unscreened, site_paper, policy));
}

TEST_CASE("policy: invalid policies deny everything") {
  static constexpr access_policy unknown = default_policy.with(scheme_id{4242}, nld::default_screening);
  CHECK_FALSE(unknown.valid(builtin_schemes));
  CHECK(can_access(defence_cleaner, site_paper, unknown).why == reason::invalid_policy);

  static constexpr citation src{"test", confidence::inference};
  static constexpr clearance_grade beyond[] = {{1, "screening C", "", 9, src}};
  static constexpr access_policy broken = default_policy.with(nld::id, {.grades = beyond, .clearance_from = 1});
  CHECK_FALSE(broken.valid(builtin_schemes));
  CHECK(can_access(defence_cleaner, site_paper, broken).why == reason::invalid_policy);

  access_policy full = default_policy;
  for (const scheme* s : builtin_schemes.schemes()) full = full.with(s->id, s->personnel);
  CHECK(full.valid(builtin_schemes));  // every scheme fits; replacing keeps one entry per scheme
  full = full.with(nld::id, nld::default_screening);
  CHECK(full.valid(builtin_schemes));
}

TEST_CASE("policy: a national rule meets a level with no equivalent") {
  constexpr personnel_rules belgian_rule = [] {
    personnel_rules r = bel::scheme.personnel;
    r.national_rule = true;
    return r;
  }();
  static constexpr access_policy policy = default_policy.with(bel::id, belgian_rule);
  constexpr person belgian_clerk{.nationality = party::bel, .works_for = organisation::government,
                                 .clearances = {bel::clearance_vertrouwelijk}, .need_to_know = {site_papers},
                                 .briefed = true};
  const decision d = can_access(belgian_clerk, site_paper, policy);
  CHECK(d.why == reason::no_equivalent_level);
  CHECK(said(d) == "denied (no equivalent level): Belgium has no level for NATO RESTRICTED");
  CHECK(can_access(belgian_clerk, site_paper).allowed());  // the default policy has no Belgian rule
}

TEST_CASE("compile time and run time decide the same") {
  constexpr person people[] = {defence_cleaner, dutch_officer, german_officer, person{},
                               with_clearances(defence_cleaner, {})};
  constexpr label labels[] = {site_paper, operation_note, label{nld::stg_geheim}, label{bel::geheim},
                              operation_note.releasable({party::nld})};
  constexpr auto table = [&] {
    std::array<decision, 25> out{};
    for (std::size_t i = 0; i < 5; ++i)
      for (std::size_t j = 0; j < 5; ++j) out[i * 5 + j] = can_access(people[i], labels[j]);
    return out;
  }();
  for (std::size_t i = 0; i < 5; ++i)
    for (std::size_t j = 0; j < 5; ++j) CHECK(at_run_time(people[i], labels[j]) == table[i * 5 + j]);
}
