// SPDX-License-Identifier: MIT
//
// Conversions between national schemes, NATO and the EU.
#include <doctest/doctest.h>

#include <clearance/clearance.hpp>

using namespace clearance;

namespace {
std::string_view text_of(const decision& d) {
  static sentence m;
  m = explain(d);
  return m.view();
}
}  // namespace

TEST_CASE("source 000: Dep. VERTROUWELIJK is equivalent to NATO RESTRICTED") {
  constexpr conversion up = to_nato(nld::dep_vertrouwelijk);
  static_assert(up.ok());
  static_assert(level_of(up.value) == nato::restricted);
  CHECK(up.kind == mapping::equivalent);
  CHECK(up.conf == confidence::inference);  // by rank (domain-brief §1.4), matching sources 000, 004

  constexpr conversion down = from_nato(nato::restricted, nld::id);
  static_assert(down.ok() && level_of(down.value) == nld::dep_vertrouwelijk);
}

TEST_CASE("domain-brief §1.3: the Dutch levels correspond to the EU levels by rank (2013/488 App. B)") {
  const level dutch[] = {nld::dep_vertrouwelijk, nld::stg_confidentieel, nld::stg_geheim, nld::stg_zeer_geheim};
  const level eu_levels[] = {eu::restricted, eu::confidential, eu::secret, eu::top_secret};
  for (int i = 0; i < 4; ++i) {
    const conversion up = to_eu(dutch[i]);
    REQUIRE(up.ok());
    CHECK(level_of(up.value) == eu_levels[i]);
    CHECK(up.conf == confidence::verified);
    const conversion down = from_eu(eu_levels[i], nld::id);
    REQUIRE(down.ok());
    CHECK(level_of(down.value) == dutch[i]);
  }
}

TEST_CASE("domain-brief §1.4: Belgium has no level for NATO RESTRICTED - it is not replaced by another") {
  constexpr conversion c = from_nato(nato::restricted, bel::id);
  static_assert(!c.ok());
  CHECK(c.outcome.why == reason::no_equivalent_level);
  CHECK(text_of(c.outcome) == "denied (no equivalent level): Belgium has no level for NATO RESTRICTED");
  // the levels that do exist correspond: VERTROUWELIJK ~ NC, GEHEIM ~ NS, ZEER GEHEIM ~ CTS (NVO)
  CHECK(level_of(from_nato(nato::confidential, bel::id).value) == bel::vertrouwelijk);
  CHECK(level_of(from_nato(nato::secret, bel::id).value) == bel::geheim);
  CHECK(level_of(from_nato(nato::cosmic_top_secret, bel::id).value) == bel::zeer_geheim);
  CHECK(level_of(to_nato(bel::vertrouwelijk).value) == nato::confidential);
}

TEST_CASE("domain-brief §1.3 note 1: Belgium has no level for RESTREINT UE") {
  CHECK(from_eu(eu::restricted, bel::id).outcome.why == reason::no_equivalent_level);
  CHECK(level_of(from_eu(eu::confidential, bel::id).value) == bel::vertrouwelijk);
}

TEST_CASE("domain-brief §1.4: Germany handles NATO levels as its own (VSA 2023 Anl. VII)") {
  const level german[] = {deu::vs_nfd, deu::vs_vertraulich, deu::geheim, deu::streng_geheim};
  const level nato_levels[] = {nato::restricted, nato::confidential, nato::secret, nato::cosmic_top_secret};
  for (int i = 0; i < 4; ++i) {
    const conversion c = from_nato(nato_levels[i], deu::id);
    REQUIRE(c.ok());
    CHECK(level_of(c.value) == german[i]);
    CHECK(c.kind == mapping::handled_as);
    CHECK(c.conf == confidence::verified);
    // the reverse direction is the library's reading, and says so
    CHECK(to_nato(german[i]).conf == confidence::inference);
  }
}

TEST_CASE("NATO UNCLASSIFIED and Beperkte Verspreiding are markings with no equivalent") {
  CHECK(from_nato(nato::unclassified, nld::id).outcome.why == reason::not_a_classification);
  CHECK(to_nato(bel::beperkte_verspreiding).outcome.why == reason::not_a_classification);
  // staying in the scheme is the identity, also for markings
  CHECK(convert(nato::unclassified, nato::id).ok());
}

TEST_CASE("conversions carry categories and releasability - nothing is lost") {
  const label note = label{nld::stg_geheim}.with(compartment(3)).releasable({party::nld, party::bel});
  const conversion c = to_nato(note);
  REQUIRE(c.ok());
  CHECK(level_of(c.value) == nato::secret);
  CHECK(c.value.categories == note.categories);
  CHECK(c.value.releasable_to == note.releasable_to);
  // Dutch information stays releasable to the Netherlands only, also as a NATO-level label
  CHECK(to_nato(nld::stg_geheim).value.releasable_to == party_set{party::nld});
}

TEST_CASE("an invalid label is refused, not converted") {
  // ATOMAL cannot accompany NATO RESTRICTED nor its equivalent VS-NfD
  const conversion c = to_nato(label{deu::vs_nfd}.with(category::atomal));
  CHECK(c.outcome.why == reason::category_not_allowed_at_level);
  // NATO SECRET ATOMAL keeps ATOMAL in the national scheme
  const conversion g = from_nato(label{nato::secret}.with(category::atomal), deu::id);
  REQUIRE(g.ok());
  CHECK(g.value.categories == category_set{category::atomal});
}

TEST_CASE("national to national goes through NATO or the EU") {
  const conversion c = convert(bel::geheim, nld::id);
  REQUIRE(c.ok());
  CHECK(level_of(c.value) == nld::stg_geheim);
  CHECK(convert(deu::vs_nfd, bel::id).outcome.why == reason::no_equivalent_level);
  const conversion g = convert(nld::stg_confidentieel, deu::id);
  REQUIRE(g.ok());
  CHECK(level_of(g.value) == deu::vs_vertraulich);
  CHECK(g.conf == confidence::verified);  // the EU route, verified in both steps, is found
}

TEST_CASE("NATO and the EU correspond by rank (an inference, exposed as such)") {
  const conversion c = to_eu(nato::secret);
  REQUIRE(c.ok());
  CHECK(level_of(c.value) == eu::secret);
  CHECK(c.conf == confidence::inference);
}

TEST_CASE("deny by default: unknown or invalid input is never converted") {
  CHECK(convert(nato::secret, scheme_id{4242}).outcome.why == reason::unknown_scheme);
  CHECK(to_nato(label{level{scheme_id{4242}, 1}}).outcome.why == reason::unknown_scheme);
  CHECK(to_nato(label{}).outcome.why == reason::unknown_scheme);
  CHECK(to_nato(label{level{nld::id, 7}}).outcome.why == reason::unknown_level);
  CHECK(from_nato(nld::stg_geheim, bel::id).outcome.why == reason::different_schemes);
  CHECK(from_eu(nato::secret, bel::id).outcome.why == reason::different_schemes);
}
