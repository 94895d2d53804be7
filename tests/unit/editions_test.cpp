// SPDX-License-Identifier: MIT
//
// Issue 7: every Member State of Appendix B, the UK, France, Sweden and the US; conversions that
// depend on the day and on where the label is handled; unverified rows that are never silent.
#include <doctest/doctest.h>

#include <clearance/clearance.hpp>
#include <string>
#include <string_view>

using namespace clearance;

namespace {

/// One row of Appendix B as the domain brief transcribes it (§1.3): the scheme's code, then its
/// markings for RESTREINT, CONFIDENTIEL, SECRET and TRÈS SECRET UE ("" where the row has none).
struct appendix_row {
  std::string_view code;
  std::string_view markings[4];
};

// Typed from domain-brief §1.3, not from the data headers.
constexpr appendix_row appendix_b[] = {
    {"BGR", {"За служебно ползване", "Поверително", "Секретно", "Строго секретно"}},
    {"CZE", {"Vyhrazené", "Důvěrné", "Tajné", "Přísně tajné"}},
    {"DNK", {"TIL TJENESTEBRUG", "FORTROLIGT", "HEMMELIGT", "YDERST HEMMELIGT"}},
    {"DEU", {"VS - NUR FÜR DEN DIENSTGEBRAUCH", "VS - VERTRAULICH", "GEHEIM", "STRENG GEHEIM"}},
    {"EST", {"Piiratud", "Konfidentsiaalne", "Salajane", "Täiesti salajane"}},
    {"IRL", {"Restricted", "Confidential", "Secret", "Top Secret"}},
    {"GRC", {"Περιορισμένης Χρήσης", "Εμπιστευτικό", "Απόρρητο", "Άκρως Απόρρητο"}},
    {"CYP", {"Περιορισμένης Χρήσης (ΠΧ)", "Εμπιστευτικό (ΕΜ)", "Απόρρητο (ΑΠ)", "Άκρως Απόρρητο (ΑΑΠ)"}},
    {"ESP", {"DIFUSIÓN LIMITADA", "CONFIDENCIAL", "RESERVADO", "SECRETO"}},
    {"HRV", {"OGRANIČENO", "POVJERLJIVO", "TAJNO", "VRLO TAJNO"}},
    {"ITA", {"Riservato", "Riservatissimo", "Segreto", "Segretissimo"}},
    {"LVA", {"Dienesta vajadzībām", "Konfidenciāli", "Slepeni", "Sevišķi slepeni"}},
    {"LTU", {"Riboto naudojimo", "Konfidencialiai", "Slaptai", "Visiškai slaptai"}},
    {"LUX", {"Restreint Lux", "Confidentiel Lux", "Secret Lux", "Très Secret Lux"}},
    {"HUN", {"Korlátozott terjesztésű!", "Bizalmas!", "Titkos!", "Szigorúan titkos!"}},
    {"MLT", {"Ristrett", "Kunfidenzjali", "Sigriet", "L-Ogħla Segretezza"}},
    {"NLD", {"Dep. VERTROUWELIJK", "Stg. CONFIDENTIEEL", "Stg. GEHEIM", "Stg. ZEER GEHEIM"}},
    {"AUT", {"Eingeschränkt", "Vertraulich", "Geheim", "Streng Geheim"}},
    {"POL", {"Zastrzeżone", "Poufne", "Tajne", "Ściśle Tajne"}},
    {"PRT", {"Reservado", "Confidencial", "Secreto", "Muito Secreto"}},
    {"ROU", {"Secret de serviciu", "Secret", "Strict secret", "Strict secret de importanță deosebită"}},
    {"SVN", {"Interno", "Zaupno", "Tajno", "Strogo tajno"}},
    {"SVK", {"Vyhradené", "Dôverné", "Tajné", "Prísne tajné"}},
    {"FIN", {"KÄYTTÖ RAJOITETTU / BEGRÄNSAD TILLGÅNG", "LUOTTAMUKSELLINEN / KONFIDENTIELL", "SALAINEN / HEMLIG",
             "ERITTÄIN SALAINEN / YTTERST HEMLIG"}},
    {"BEL", {"", "Vertrouwelijk", "Geheim", "Zeer Geheim"}},
    {"FRA-PRE2021", {"", "Confidentiel Défense", "Secret Défense", "Très Secret Défense"}},
    {"SWE-PRE2019", {"HEMLIG/RESTRICTED", "HEMLIG/CONFIDENTIAL", "HEMLIG/SECRET", "HEMLIG/TOP SECRET"}},
    {"GBR-PRE2014", {"Restricted", "Confidential", "Secret", "Top Secret"}},
};

/// The day the 2013 table is read on: before every change the library knows.
constexpr conversion_terms before_changes{.on = {2013, 10, 15}};

label read(std::string_view code, std::string_view text) {
  const std::string marking = std::string(code) + " " + std::string(text);
  const marking_result r = parse_marking(marking);
  INFO("marking: " << marking << " (" << to_string(r.error) << " at " << r.offset << ")");
  REQUIRE(r.ok());
  return r.value;
}

}  // namespace

TEST_CASE("domain-brief §1.3: every row of Appendix B reads, and converts to its EU level and back") {
  int rows = 0;
  for (const appendix_row& row : appendix_b) {
    CAPTURE(row.code);
    for (int eu_rank = 1; eu_rank <= 4; ++eu_rank) {
      const std::string_view text = row.markings[eu_rank - 1];
      const conversion from_eu_level = convert(level_of(eu::scheme, eu_rank), read(row.code, row.markings[3]).scheme,
                                               before_changes);
      if (text.empty()) {  // "— (note 1)", "— (note 3)": no national level, never a lower one
        CHECK(from_eu_level.outcome.why == reason::no_equivalent_level);
        continue;
      }
      const label national = read(row.code, text);
      const conversion up = to_eu(national, before_changes);
      REQUIRE(up);
      CHECK(up.value.rank == eu_rank);
      REQUIRE(from_eu_level);
      CHECK(level_of(from_eu_level.value) == level_of(national));
      ++rows;
    }
  }
  CHECK(rows == 4 * 28 - 2);  // Belgium and France have no RESTREINT level
}

TEST_CASE("scheme editions: one current scheme per country, earlier editions kept for their information") {
  CHECK(national_scheme_of(party::fra).get() == &fra::scheme);
  CHECK(national_scheme_of(party::gbr).get() == &gbr::scheme);
  CHECK(national_scheme_of(party::swe).get() == &swe::scheme);
  CHECK(fra_pre2021::scheme.in_use.until == date{2021, 6, 30});
  CHECK(fra::scheme.in_use.from == date{2021, 7, 1});
  CHECK(is_valid(label{fra_pre2021::secret_defense}));  // a 2019 document is still a label
  CHECK(find_level(fra::diffusion_restreinte)->classified == false);
  // The US: three levels, none for NATO RESTRICTED.
  CHECK(level_of(to_nato(usa::top_secret).value) == nato::cosmic_top_secret);
  CHECK(from_nato(nato::restricted, usa::id).outcome.why == reason::no_equivalent_level);
  CHECK(level_of(from_nato(nato::confidential, usa::id).value) == usa::confidential);
}

TEST_CASE("Décret 2019-1271 art. 11 and Decision 2021/1075: a legacy SECRET DÉFENSE document") {
  const label legacy{fra_pre2021::secret_defense};
  const date reform{2021, 7, 1}, day_before{2021, 6, 30};

  // From the reform, handled nationally as TRÈS SECRET, exchanged with the EU as SECRET UE.
  const conversion national = convert(legacy, fra::id, {.on = reform, .in = context::national});
  REQUIRE(national);
  CHECK(level_of(national.value) == fra::tres_secret);
  CHECK(national.kind == mapping::handled_as);
  const conversion exchanged = to_eu(legacy, {.on = reform, .in = context::eu_exchange});
  REQUIRE(exchanged);
  CHECK(level_of(exchanged.value) == eu::secret);
  // Nationally, its EU equivalent follows the national re-levelling: never the lower of the two.
  CHECK(level_of(to_eu(legacy, {.on = reform, .in = context::national}).value) == eu::top_secret);

  // The day before: the 2013 table, both nationally and in EU exchange; the new scheme is not in use.
  CHECK(level_of(to_eu(legacy, {.on = day_before, .in = context::national}).value) == eu::secret);
  CHECK(level_of(to_eu(legacy, {.on = day_before, .in = context::eu_exchange}).value) == eu::secret);
  const conversion too_early = convert(legacy, fra::id, {.on = day_before, .in = context::national});
  CHECK(too_early.outcome.why == reason::no_mapping);
  CHECK(explain(too_early.outcome).view() ==
        "denied (no mapping): no table maps France (until 2021-06-30) to France in national handling on "
        "2021-06-30; label is SECRET DÉFENSE");

  // CONFIDENTIEL DÉFENSE becomes SECRET; TRÈS SECRET DÉFENSE a special classification the library
  // does not model: refused rather than lost.
  CHECK(level_of(convert(fra_pre2021::confidentiel_defense, fra::id, {.on = reform}).value) == fra::secret);
  CHECK(convert(fra_pre2021::tres_secret_defense, fra::id, {.on = reform}).outcome.why ==
        reason::no_equivalent_level);

  // EU information converted for France: the old markings until the reform, the new ones from it.
  CHECK(level_of(from_eu(eu::secret, fra_pre2021::id, {.on = day_before}).value) == fra_pre2021::secret_defense);
  CHECK(from_eu(eu::secret, fra_pre2021::id, {.on = reform}).outcome.why == reason::no_mapping);
  CHECK(from_eu(eu::secret, fra::id, {.on = day_before}).outcome.why == reason::no_mapping);
  CHECK(level_of(from_eu(eu::secret, fra::id, {.on = reform}).value) == fra::secret);
  CHECK(from_eu(eu::restricted, fra::id, {.on = reform}).outcome.why == reason::no_equivalent_level);

  // Without a day, no dated table applies: nothing is assumed.
  CHECK(to_eu(legacy).outcome.why == reason::no_mapping);
}

TEST_CASE("validity boundaries: the day before and the day of each change") {
  // UK: the 2013 table until 2014/233/EU (26.4.2014); the new row until the transition ended.
  CHECK(level_of(from_eu(eu::restricted, gbr_pre2014::id, {.on = {2014, 4, 25}}).value) == gbr_pre2014::restricted);
  CHECK(from_eu(eu::restricted, gbr_pre2014::id, {.on = {2014, 4, 26}}).outcome.why == reason::no_mapping);
  CHECK(from_eu(eu::restricted, gbr::id, {.on = {2014, 4, 25}}).outcome.why == reason::no_mapping);
  const conversion_terms uk_2014{.on = {2014, 4, 26}, .accepts = confidence::unverified};
  CHECK(level_of(from_eu(eu::restricted, gbr::id, uk_2014).value) == gbr::official_sensitive);
  CHECK(level_of(from_eu(eu::restricted, gbr::id, {.on = {2020, 12, 31}, .accepts = confidence::unverified}).value) ==
        gbr::official_sensitive);
  CHECK(from_eu(eu::restricted, gbr::id, {.on = {2021, 1, 1}, .accepts = confidence::unverified}).outcome.why ==
        reason::no_mapping);
  // Sweden: the Act 2018:585 from 2019-04-01.
  CHECK(level_of(from_eu(eu::secret, swe_pre2019::id, {.on = {2019, 3, 31}}).value) == swe_pre2019::hemlig_secret);
  CHECK(from_eu(eu::secret, swe_pre2019::id, {.on = {2019, 4, 1}}).outcome.why == reason::no_mapping);
  CHECK(from_eu(eu::secret, swe::id, {.on = {2019, 3, 31}, .accepts = confidence::unverified}).outcome.why ==
        reason::no_mapping);
  CHECK(level_of(from_eu(eu::secret, swe::id, {.on = {2019, 4, 1}, .accepts = confidence::unverified}).value) ==
        swe::hemlig);
  // France: see the legacy case above; the new table starts on the reform.
  CHECK(to_eu(fra::secret, {.on = {2021, 6, 30}}).outcome.why == reason::no_mapping);
  CHECK(level_of(to_eu(fra::secret, {.on = {2021, 7, 1}}).value) == eu::secret);
}

TEST_CASE("unverified rows are flagged, exposed, and refused unless accepted") {
  // The UK row after 2014 was not read (domain-brief §1.3 [U]).
  const conversion refused = from_eu(eu::confidential, gbr::id, {.on = {2015, 1, 1}});
  CHECK(refused.outcome.why == reason::mapping_unverified);
  CHECK(refused.conf == confidence::unverified);
  CHECK(explain(refused.outcome).view() ==
        "denied (mapping unverified): the route from CONFIDENTIEL UE/EU CONFIDENTIAL to United Kingdom SECRET rests on "
        "unverified rows, weaker than accepted (inference)");
  const conversion accepted = from_eu(eu::confidential, gbr::id, {.on = {2015, 1, 1}, .accepts = confidence::unverified});
  REQUIRE(accepted);
  CHECK(level_of(accepted.value) == gbr::secret);  // C-UE protected as UK SECRET: higher, never lower
  CHECK(accepted.kind == mapping::handled_as);
  CHECK(accepted.conf == confidence::unverified);
  // OFFICIAL alone is in no column; OFFICIAL-SENSITIVE is never dropped to it.
  CHECK(to_eu(gbr::official, {.on = {2015, 1, 1}, .accepts = confidence::unverified}).outcome.why ==
        reason::no_equivalent_level);
  // The Swedish levels after 2019 are themselves unverified, and say so.
  for (const level_info& info : swe::levels) CHECK(info.source.conf == confidence::unverified);
  CHECK(find_level(gbr::official_sensitive)->source.conf == confidence::secondary);

  // Every row weaker than inference is in a scheme whose header says it was not read.
  int flagged = 0;
  for (const scheme* s : builtin_schemes.schemes())
    for (const mapping_table& t : s->mappings)
      for (const auto rows : {t.to_hub, t.from_hub})
        for (const correspondence& r : rows) flagged += r.source.conf == confidence::unverified ? 1 : 0;
  CHECK(flagged == 7 + 8 + 1);  // UK after 2014 (OFFICIAL alone is an inference), Sweden after 2019, France's C-UE
}

TEST_CASE("markings of the new schemes: Greek, Hungarian, Romanian, ambiguity and portion forms") {
  CHECK(level_of(parse_marking("GRC άκρως απόρρητο").value) == grc::akros_aporrito);  // tonos and case fold
  CHECK(level_of(parse_marking("CYP ΑΚΡΩΣ ΑΠΟΡΡΗΤΟ").value) == cyp::akros_aporrito);
  CHECK(level_of(parse_marking("GRC ΑΠ").value) == grc::aporrito);
  CHECK(parse_marking("Άκρως Απόρρητο").error == marking_error::ambiguous);  // Greece or Cyprus
  CHECK(level_of(parse_marking("GRC Akros Aporrito").value) == grc::akros_aporrito);  // the ASCII spelling
  CHECK(parse_marking("GRC ΑΚΡΩΣ APORRITO").error == marking_error::unknown_classification);  // scripts never merge
  CHECK(level_of(parse_marking("Titkos!").value) == hun::titkos);
  CHECK(level_of(parse_marking("SZIGORUAN TITKOS").value) == hun::szigoruan_titkos);
  CHECK(level_of(parse_marking("Strict secret de importanta deosebita").value) == rou::strict_secret_de_importanta_deosebita);
  CHECK(level_of(parse_marking("STRICT SECRET DE IMPORTANȚĂ DEOSEBITĂ").value) == rou::strict_secret_de_importanta_deosebita);
  CHECK(parse_marking("SECRET").error == marking_error::ambiguous);
  CHECK(level_of(parse_marking("FRA-PRE2021 SECRET DÉFENSE").value) == fra_pre2021::secret_defense);
  CHECK(parse_marking("HEMLIG").error == marking_error::ambiguous);  // Finnish Swedish, or Sweden since 2019
  CHECK(level_of(parse_marking("SALAINEN/HEMLIG").value) == fin::salainen);
  CHECK(parse_marking("UK OFFICIAL-SENSITIVE").error != marking_error::none);  // "UK" is not a code
  CHECK(level_of(parse_marking("GBR OFFICIAL-SENSITIVE").value) == gbr::official_sensitive);
  // A portion marking names the scheme when the level alone would be ambiguous.
  CHECK(format_marking(label{cze::tajne}, marking_form::portion).view() == "(CZE Tajné)");
  CHECK(format_marking(label{nld::dep_vertrouwelijk}, marking_form::portion).view() == "(Dep.V.)");
}

TEST_CASE("deny by default: the new schemes hold no personnel table, so nobody reads their labels") {
  int checked = 0;
  for (const scheme* s : builtin_schemes.schemes()) {
    if (s->personnel.grades.size() != 0) continue;
    for (const level_info& info : s->levels) {
      if (!info.classified) continue;
      const person national{.nationality = s->owner, .works_for = organisation::government,
                            .clearances = {nato::clearance_cosmic_top_secret, eu::clearance_top_secret},
                            .briefed = true};
      CAPTURE(s->code);
      CHECK(can_access(national, label{level_of(*s, info.rank)}).why == reason::clearance_below_label);
      ++checked;
    }
  }
  CHECK(checked >= 4 * 25);
}
