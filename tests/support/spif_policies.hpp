// SPDX-License-Identifier: MIT
//
// What the SPIF files written for the tests (tests/spif) need beyond what a SPIF says: for each,
// the scheme's number, code and owner, which classification is none, whom a context releases to,
// where equivalences apply, and a clearance grade (deny by default without one). Shared by the
// unit tests, which load them at run time, and tests/law/spif_generate.cpp, which generates them
// into a header the compiler checks.
#pragma once

#include <clearance/clearance.hpp>
#include <clearance/wire/spif_scheme.hpp>

namespace spif_policies {

using namespace clearance;

inline constexpr citation tests{"tests: a complement written for the test policy", confidence::verified};

/// national.xml: a scheme of three languages, one grade covering its four levels.
inline spif::complement national_complement() {
  static const clearance_grade grades[] = {{1, "national clearance", "", 4, tests}};
  spif::complement c;
  c.id = scheme_id{7002};
  c.code = "TRI";
  c.owner = party::bel;
  c.file = "national.xml";
  c.personnel = {.grades = grades, .clearance_from = 1, .clearance_source = tests};
  c.organisation = {false, tests};
  c.briefing = {false, tests};
  return c;
}

/// alliance.xml: NATO-style, UNCLASSIFIED no classification, MISSION releasing to NATO and Japan.
inline spif::complement alliance_complement() {
  static const clearance_grade grades[] = {{1, "alliance clearance", "", 4, tests}};
  spif::complement c = national_complement();
  c.id = scheme_id{7001};
  c.code = "ALLIANCE";
  c.owner = party::nato;
  c.file = "alliance.xml";
  c.unclassified = "UNCLASSIFIED";
  c.personnel.grades = grades;
  c.contexts.push_back({"MISSION", party_set{party::nato, party::jpn}});
  return c;
}

/// rules.xml: loaded against a registry holding alliance.xml's scheme; its equivalences apply in
/// exchanges with it.
inline spif::complement rules_complement() {
  static const clearance_grade grades[] = {{1, "rules clearance", "", 3, tests}};
  spif::complement c = national_complement();
  c.id = scheme_id{7003};
  c.code = "RULES";
  c.file = "rules.xml";
  c.personnel.grades = grades;
  c.mappings.push_back({scheme_id{7001}, context_set{context::nato_exchange}, {}, tests});
  return c;
}

}  // namespace spif_policies
