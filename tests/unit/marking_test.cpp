// SPDX-License-Identifier: MIT
//
// Markings: the spellings of every scheme, the rendered examples of domain-brief §4, every error
// kind with its offset, the canonical, banner and portion forms, and compile time = run time.
#include <doctest/doctest.h>

#include <clearance/clearance.hpp>
#include <clearance/text/owned_vocabulary.hpp>
#include <array>
#include <set>
#include <string>
#include <utility>
#include <vector>

using namespace clearance;
using namespace clearance::literals;

namespace {

/// The label a marking reads as; an empty label when it is refused.
label read(std::string_view text, scheme_id within = scheme_id::none) {
  const marking_result r = parse_marking(text, {within});
  INFO("marking: " << std::string(text) << " error: " << std::string(to_string(r.error)) << " at " << r.offset);
  CHECK(r.ok());
  return r.value;
}

/// The error a marking is refused with, and where.
struct refusal {
  marking_error error;
  std::size_t offset;
  friend bool operator==(const refusal&, const refusal&) = default;
};
refusal refused(std::string_view text, scheme_id within = scheme_id::none) {
  const marking_result r = parse_marking(text, {within});
  return {r.error, r.offset};
}
doctest::String toString(const refusal& r) {
  return (std::string(to_string(r.error)) + " at " + std::to_string(r.offset)).c_str();
}

std::string canonical(const label& l) { return std::string(format_marking(l).view()); }

const label nato_owner = label{nato::secret};

}  // namespace

TEST_CASE("issue examples: NATO levels as banners and abbreviations") {
  CHECK(read("NATO UNCLASSIFIED") == label{nato::unclassified});
  CHECK(read("NU") == label{nato::unclassified});
  CHECK(read("NATO RESTRICTED") == label{nato::restricted});
  CHECK(read("NR") == label{nato::restricted});
  CHECK(read("NATO CONFIDENTIAL") == label{nato::confidential});
  CHECK(read("NC") == label{nato::confidential});
  CHECK(read("NATO SECRET") == label{nato::secret});
  CHECK(read("NS") == label{nato::secret});
  CHECK(read("COSMIC TOP SECRET") == label{nato::cosmic_top_secret});
  CHECK(read("CTS") == label{nato::cosmic_top_secret});
}

TEST_CASE("domain-brief §4: ATOMAL forms exist only at CTS, NS and NC - BOHEMIA with CTS") {
  const label ctsa = label{nato::cosmic_top_secret}.with(category::atomal);
  const label nsa = label{nato::secret}.with(category::atomal);
  const label nca = label{nato::confidential}.with(category::atomal);
  CHECK(read("COSMIC TOP SECRET ATOMAL") == ctsa);
  CHECK(read("CTSA") == ctsa);
  CHECK(read("NATO SECRET ATOMAL") == nsa);
  CHECK(read("NSAT") == nsa);
  CHECK(read("NSA") == nsa);  // the DoD handbook's spelling
  CHECK(read("NATO CONFIDENTIAL ATOMAL") == nca);
  CHECK(read("NCA") == nca);
  const label bohemia = label{nato::cosmic_top_secret}.with(category::bohemia);
  CHECK(read("COSMIC TOP SECRET – BOHEMIA") == bohemia);
  CHECK(read("COSMIC TOP SECRET - BOHEMIA") == bohemia);
  CHECK(read("CTS-B") == bohemia);
  CHECK(read("(//CTS//BOHEMIA)") == bohemia);
  CHECK(read("(NS)") == label{nato::secret});
  CHECK(refused("NATO RESTRICTED ATOMAL") == refusal{marking_error::category_not_allowed, 16});
  CHECK(refused("NR//CRYPTO") == refusal{marking_error::category_not_allowed, 4});
}

TEST_CASE("domain-brief §4: releasability lists and the NATO/EAPC context") {
  CHECK(refused("REL TO NLD, BEL") == refusal{marking_error::unknown_classification, 0});
  CHECK(read("NATO SECRET//REL TO NLD, BEL") == nato_owner.releasable({party::nld, party::bel}));
  // "Releasable to" implies the NATO value, which the sample policy never displays.
  CHECK(read("NATO RESTRICTED Releasable to Japan, Switzerland") ==
        label{nato::restricted}.releasable({party::nato, party::jpn, party::che}));
  CHECK(read("NATO RESTRICTED REL TO JPN, CHE") == label{nato::restricted}.releasable({party::jpn, party::che}));
  // "Ireland, Sweden, Ukraine, NATO ONLY": the list names every party, NATO included.
  constexpr party_set listed{party::irl, party::swe, party::ukr, party::nato};
  CHECK(read("NATO CONFIDENTIAL Ireland, Sweden, Ukraine, NATO ONLY") ==
        label{nato::confidential}.releasable(listed).only_for(listed));
  CHECK(read("NATO SECRET NATO ONLY") == nato_owner.only_for({party::nato}));
  CHECK(read("NATO/EAPC CONFIDENTIAL") == label{nato::confidential}.releasable({party::nato, party::eapc}));
  CHECK(read("NATO UNCLASSIFIED - STAFF") == label{nato::unclassified}.with(category::staff));
  CHECK(read("NATO SANS CLASSIFICATION Communicable à NLD") ==
        label{nato::unclassified}.releasable({party::nato, party::nld}));
  CHECK(read("NATO SANS CLASSIFICATION Communicable a Pays-Bas") ==
        label{nato::unclassified}.releasable({party::nato, party::nld}));
}

TEST_CASE("ADatP-4774 Table 17: the examples read to their labels and are written back exactly") {
  // The labels as the standard describes them (ADatP-4774 sample SPIF, Table 17 examples 1-6 and
  // the extra COSMIC TOP SECRET example), and their display markings in the policy's languages.
  struct example {
    const char* english;
    const char* french;  // nullptr: none given
    label value;
  };
  const example examples[] = {
      // 1: Context NATO + Releasable; Releasable To NATO (not displayed), ISAF, KFOR, RESOLUTE SUPPORT.
      {"NATO UNCLASSIFIED Releasable to ISAF, KFOR, RESOLUTE SUPPORT",
       "NATO SANS CLASSIFICATION Communicable a ISAF, KFOR, RESOLUTE SUPPORT",
       label{nato::unclassified}.releasable({party::nato, party::isaf, party::kfor, party::resolute_support})},
      // 2: Context NATO.
      {"NATO UNCLASSIFIED", nullptr, label{nato::unclassified}},
      // 3: Administrative STAFF (informative).
      {"NATO UNCLASSIFIED - STAFF", nullptr, label{nato::unclassified}.with(category::staff)},
      // 4: Releasable To NATO, Japan, Switzerland, Ukraine, in code order 392, 756, 804.
      {"NATO RESTRICTED Releasable to Japan, Switzerland, Ukraine", nullptr,
       label{nato::restricted}.releasable({party::nato, party::jpn, party::che, party::ukr})},
      // 6: Context KFOR; Only NATO, Ireland, Sweden, Ukraine (NATO displayed, code order).
      {"NATO/KFOR CONFIDENTIAL Ireland, Sweden, Ukraine, NATO ONLY", nullptr,
       label{nato::confidential}.releasable({party::kfor}).only_for({party::nato, party::irl, party::swe, party::ukr})},
      {"COSMIC TOP SECRET", nullptr, label{nato::cosmic_top_secret}},
  };
  for (const example& e : examples) {
    INFO(e.english);
    CHECK(read(e.english) == e.value);
    CHECK(format_marking(e.value, marking_form::banner).view() == e.english);
    if (e.french != nullptr) {
      CHECK(read(e.french) == e.value);
      CHECK(format_marking(e.value, marking_form::banner, language::fr).view() == e.french);
    }
    CHECK(read(format_marking(e.value).view()) == e.value);  // the canonical form reads back too
  }
  // 5 is invalid under the policy (a context and a releasability list at once): refused.
  CHECK(refused("NATO/EAPC CONFIDENTIAL Releasable to ISAF") == refusal{marking_error::conflicting_parts, 23});
  CHECK(refused("NATO/EAPC CONFIDENTIAL Releasable to Japan") == refusal{marking_error::conflicting_parts, 23});
}

TEST_CASE("ADatP-4774 Table 17: who may read the examples") {
  const person dutch{.nationality = party::nld, .works_for = organisation::government,
                     .clearances = {nato::clearance_confidential, nld::screening_b}, .briefed = true};
  const person irish = [&] {
    person p = dutch;
    p.nationality = party::irl;
    p.clearances = {nato::clearance_confidential};
    return p;
  }();
  const person japanese = [&] {
    person p = dutch;
    p.nationality = party::jpn;
    p.clearances = {nato::clearance_confidential};
    return p;
  }();
  // 4: NATO is implied: a reader from any NATO nation, and a Japanese reader.
  const label four = read("NATO RESTRICTED Releasable to Japan, Switzerland, Ukraine");
  CHECK(can_access(dutch, four).allowed());
  CHECK(can_access(japanese, four).allowed());
  CHECK(can_access(irish, four).why == reason::not_releasable);
  // 6: the KFOR context and the ONLY list both restrict: an Irish reader serving with KFOR.
  const label six = read("NATO/KFOR CONFIDENTIAL Ireland, Sweden, Ukraine, NATO ONLY");
  CHECK(can_access(irish, six).why == reason::not_releasable);
  person irish_kfor = irish;
  irish_kfor.serves_with = {party::kfor};
  CHECK(can_access(irish_kfor, six).allowed());
  person japanese_kfor = japanese;
  japanese_kfor.serves_with = {party::kfor};
  const decision d = can_access(japanese_kfor, six);
  CHECK(d.why == reason::not_releasable);
  CHECK(d.parties() == party_set{party::nato, party::irl, party::swe, party::ukr});  // the ONLY list
  // A country is not something one serves with.
  person wrong = dutch;
  wrong.serves_with = {party::kfor, party::jpn};
  CHECK(can_access(wrong, four).why == reason::invalid_affiliation);
  CHECK(can_access(wrong, four).parties() == party_set{party::jpn});
}

TEST_CASE("issue examples: Dutch, German, EU and Belgian markings") {
  CHECK(read("Dep.V.") == label{nld::dep_vertrouwelijk});
  CHECK(read("Dep. VERTROUWELIJK") == label{nld::dep_vertrouwelijk});
  CHECK(read("Departementaal Vertrouwelijk") == label{nld::dep_vertrouwelijk});
  CHECK(read("Stg. CONFIDENTIEEL") == label{nld::stg_confidentieel});
  CHECK(read("Staatsgeheim GEHEIM") == label{nld::stg_geheim});
  CHECK(read("STG. GEHEIM") == label{nld::stg_geheim});
  CHECK(read("Stg. ZEER GEHEIM") == label{nld::stg_zeer_geheim});
  CHECK(read("VS-NfD") == label{deu::vs_nfd});
  CHECK(read("VS – NUR FÜR DEN DIENSTGEBRAUCH") == label{deu::vs_nfd});
  CHECK(read("VS-NUR FUER DEN DIENSTGEBRAUCH") == label{deu::vs_nfd});
  CHECK(read("VS-NUR FUR DEN DIENSTGEBRAUCH") == label{deu::vs_nfd});
  CHECK(read("VS-VERTRAULICH") == label{deu::vs_vertraulich});
  CHECK(read("VS-Vertr.") == label{deu::vs_vertraulich});
  CHECK(read("Str. Geh.") == label{deu::streng_geheim});
  CHECK(read("DEU STRENG GEHEIM amtlich geheimgehalten") == label{deu::streng_geheim});
  CHECK(refused("STRENG GEHEIM") == refusal{marking_error::ambiguous, 0});  // Germany or Austria
  CHECK(read("RESTREINT UE/EU RESTRICTED") == label{eu::restricted});
  CHECK(read("RESTREINT UE") == label{eu::restricted});
  CHECK(read("EU RESTRICTED") == label{eu::restricted});
  CHECK(read("TRES SECRET UE/EU TOP SECRET") == label{eu::top_secret});
  CHECK(read("GEHEIM/SECRET") == label{bel::geheim});
  CHECK(read("SECRET/GEHEIM") == label{bel::geheim});
  CHECK(read("ZEER GEHEIM/TRES SECRET") == label{bel::zeer_geheim});
  CHECK(read("VERTROUWELIJK/CONFIDENTIEL") == label{bel::vertrouwelijk});
  CHECK(read("Beperkte Verspreiding") == label{bel::beperkte_verspreiding});
}

TEST_CASE("case, spaces, dots and accents are tolerated - words are not split or joined") {
  CHECK(read("  nato   secret  ") == nato_owner);
  CHECK(read("Nato.Secret") == nato_owner);
  CHECK(read("stg geheim") == label{nld::stg_geheim});
  CHECK(read("DEP V") == label{nld::dep_vertrouwelijk});
  CHECK(read("zeer geheim / très secret") == label{bel::zeer_geheim});
  CHECK(refused("NATOSECRET") == refusal{marking_error::unknown_classification, 0});
  CHECK(refused("NATO SEC RET") == refusal{marking_error::unknown_classification, 5});
  CHECK(refused("DEPV") == refusal{marking_error::unknown_classification, 0});
}

TEST_CASE("'//' ends a field: no level is read across it") {
  // Found by the marking fuzzer: the French banner of a Belgian label for Luxembourg and
  // Malaysia was read as the Luxembourg level "Confidentiel Lux", for Malaysia only.
  constexpr party_set listed{party::lux, party::mys};
  const label belgian = label{bel::vertrouwelijk}.releasable(listed).only_for(listed);
  CHECK(read("CONFIDENTIEL//LUX, MYS SEULEMENT") == belgian);
  CHECK(read("CONFIDENTIEL//LUX, MYS SEULEMENT", bel::id) == belgian);
  CHECK(read("CONFIDENTIEL//LUX, MYS ONLY") == belgian);
  CHECK(canonical(belgian) == "BEL VERTROUWELIJK/CONFIDENTIEL//LUX, MYS ONLY");
  // Without "//" the words are one level, as before.
  CHECK(read("CONFIDENTIEL LUX") == label{lux::confidentiel_lux});
  CHECK(read("Confidentiel Lux//MYS ONLY") == label{lux::confidentiel_lux}.releasable({party::mys}).only_for({party::mys}));
}

TEST_CASE("a text that two schemes share is ambiguous until the scheme is named") {
  CHECK(refused("GEHEIM") == refusal{marking_error::ambiguous, 0});
  CHECK(read("GEHEIM", deu::id) == label{deu::geheim});
  CHECK(read("GEHEIM", bel::id) == label{bel::geheim});
  CHECK(read("DEU GEHEIM") == label{deu::geheim});
  CHECK(read("BEL GEHEIM") == label{bel::geheim});
  CHECK(refused("DEU GEHEIM", bel::id) == refusal{marking_error::conflicting_parts, 0});
  CHECK(refused("NATO SECRET", deu::id) == refusal{marking_error::unknown_classification, 0});
  // The other language settles it: only Belgium writes GEHEIM/SECRET.
  CHECK(read("GEHEIM SECRET") == label{bel::geheim});
}

TEST_CASE("every error kind, with the offset of the part at fault") {
  CHECK(refused("") == refusal{marking_error::empty, 0});
  CHECK(refused(" //  ()") == refusal{marking_error::empty, 0});
  const std::string long_text(max_marking_length + 1, ' ');
  CHECK(refused(long_text) == refusal{marking_error::too_long, max_marking_length});
  CHECK(refused(std::string(max_marking_length, ' ')) == refusal{marking_error::empty, 0});
  CHECK(refused("NATO SECRET\xC3") == refusal{marking_error::invalid_utf8, 11});
  CHECK(refused("NATO \xC0\x80") == refusal{marking_error::invalid_utf8, 5});        // overlong
  CHECK(refused("NATO \xED\xA0\x80") == refusal{marking_error::invalid_utf8, 5});    // surrogate
  CHECK(refused("NATO \xF4\x90\x80\x80") == refusal{marking_error::invalid_utf8, 5});  // > U+10FFFF
  CHECK(refused(std::string_view("NATO\0SECRET", 11)) == refusal{marking_error::unexpected_character, 4});
  CHECK(refused("NATO SECRET#") == refusal{marking_error::unexpected_character, 11});
  CHECK(refused("NATO SEKRIT") == refusal{marking_error::unknown_classification, 5});
  CHECK(refused("ULTRA SECRET") == refusal{marking_error::unknown_classification, 0});
  CHECK(refused("TOP SECRET") == refusal{marking_error::ambiguous, 0});  // Ireland, the UK, the US
  CHECK(refused("NATO SECRET//DAWN") == refusal{marking_error::unknown_category, 13});  // no scheme's word
  CHECK(refused("NATO SECRET//COMPARTMENT 48") == refusal{marking_error::unknown_category, 25});
  CHECK(refused("NATO SECRET//COMPARTMENT 07") == refusal{marking_error::unknown_category, 25});
  CHECK(refused("NATO SECRET//COMPARTMENT") == refusal{marking_error::unknown_category, 24});
  CHECK(refused("NR ATOMAL") == refusal{marking_error::category_not_allowed, 3});
  CHECK(refused("NATO SECRET//COSMIC TOP SECRET") == refusal{marking_error::conflicting_parts, 13});
  CHECK(refused("RESTREINT UE/EU SECRET") == refusal{marking_error::conflicting_parts, 13});
  CHECK(refused("NATO SECRET//REL TO NLD//REL TO BEL") == refusal{marking_error::conflicting_parts, 25});
  CHECK(refused("NATO SECRET NLD ONLY BEL") == refusal{marking_error::conflicting_parts, 21});
  CHECK(refused("GEHEIM//ATOMAL") == refusal{marking_error::ambiguous, 0});
  CHECK(refused("NATO SECRET//REL TO") == refusal{marking_error::incomplete, 13});
  CHECK(refused("NATO SECRET NLD, BEL") == refusal{marking_error::incomplete, 12});
  CHECK(refused("NATO SECRET ONLY") == refusal{marking_error::incomplete, 12});
  CHECK(refused("NATO SECRET NLD ATOMAL") == refusal{marking_error::incomplete, 12});
  for (int e = 0; e <= static_cast<int>(marking_error::party_not_allowed); ++e)
    CHECK(to_string(static_cast<marking_error>(e)) != "unknown marking error");
}

TEST_CASE("canonical, banner and portion forms") {
  const label nsa = label{nato::secret}.with(category::atomal);
  CHECK(canonical(nsa) == "NATO SECRET//ATOMAL");
  CHECK(canonical(label{deu::geheim}) == "DEU GEHEIM");
  CHECK(canonical(label{nld::stg_geheim}.releasable({party::nld, party::bel})) == "NLD Stg. GEHEIM//REL TO BEL, NLD");
  CHECK(canonical(label{nato::confidential}.releasable({party::nato, party::jpn})) ==
        "NATO CONFIDENTIAL//REL TO JPN, NATO");
  CHECK(format_marking(nsa, marking_form::portion).view() == "(NS//ATOMAL)");
  CHECK(format_marking(label{deu::geheim}, marking_form::portion).view() == "(Geh.)");
  const label staff = label{nato::restricted}.with(category::staff).releasable({party::jpn, party::che});
  // Not releasable to NATO: no display prefix can say so, "REL TO" lists exactly.
  CHECK(format_marking(staff, marking_form::banner).view() == "NATO RESTRICTED REL TO JPN, CHE - STAFF");
  CHECK(format_marking(staff.releasable({party::nato, party::jpn, party::che}), marking_form::banner, language::fr)
            .view() == "NATO DIFFUSION RESTREINTE Communicable a Japon, Suisse - STAFF");
  CHECK(format_marking(label{nato::confidential}.releasable({party::nato, party::eapc}), marking_form::banner)
            .view() == "NATO/EAPC CONFIDENTIAL");
  CHECK(format_marking(label{deu::vs_nfd}, marking_form::banner, language::de).view() ==
        "VS-NUR FÜR DEN DIENSTGEBRAUCH");
  CHECK(format_marking(label{bel::geheim}, marking_form::banner, language::nl).view() == "GEHEIM");
  CHECK(format_marking(label{bel::geheim}, marking_form::banner, language::fr).view() == "SECRET");
  // No marking for what no marking can express.
  CHECK(format_marking(label{}).size() == 0);
  CHECK(format_marking(label{nato::restricted}.with(category::atomal)).size() == 0);
  CHECK(format_marking(nato_owner.releasable({})).size() == 0);
}

TEST_CASE("compile time = run time: marking literals are labels usable as template arguments") {
  constexpr label a = "STG. GEHEIM"_marking;
  constexpr label b = parse_marking<"NATO SECRET//ATOMAL//REL TO NLD, BEL">();
  constexpr label c = parse_marking<"GEHEIM", deu::id>();
  static_assert(a == label{nld::stg_geheim});
  static_assert(b == label{nato::secret}.with(category::atomal).releasable({party::nld, party::bel}));
  static_assert(c == label{deu::geheim});
  static_assert(parse_marking("NATO SECRET//REL TO").error == marking_error::incomplete);
  static_assert(format_marking("NS//ATOMAL"_marking).view() == "NATO SECRET//ATOMAL");
  CHECK(read("STG. GEHEIM") == a);
  CHECK(read("NATO SECRET//ATOMAL//REL TO NLD, BEL") == b);
  // The literal is a template argument: a typed document of that label.
  const labeled<int, "Dep.V."_marking> notes{7};
  static_assert(decltype(notes)::classification == label{nld::dep_vertrouwelijk});
  CHECK(may_transmit("Dep.V."_marking, channels::telephone).allowed());
  CHECK_FALSE(may_transmit("Stg. GEHEIM"_marking, channels::cisco_webex, deployment{}).allowed());
}

TEST_CASE("the vocabulary: every phrase reads as what it stands for, and a hash is never taken for a word") {
  std::set<std::pair<scheme_id, int>> spelled;
  for (const marking_phrase& p : marking_vocabulary()) {
    if (p.kind != marking_phrase_kind::level) continue;
    INFO("phrase: " << std::string(p.text));
    const marking_result r = parse_marking(p.text, {p.scheme});
    REQUIRE(r.ok());
    CHECK(r.value.scheme == p.scheme);
    CHECK(r.value.rank == p.rank);
    CHECK(r.value.categories == p.categories);
    spelled.insert({p.scheme, p.rank});
  }
  std::size_t levels = 0;  // every level of every scheme has a spelling
  for (const scheme* s : builtin_schemes.schemes()) levels += s->levels.size();
  CHECK(spelled.size() == levels);
  // Words are found by a 32-bit hash, then compared. These three words have the hash of SECRET
  // (found by a meet-in-the-middle search over FNV-1a); they must not read as SECRET.
  for (std::string_view same_hash : {"AMEBWEVY", "ARAJLXES", "AXUNNQXA"}) {
    const std::string text = "NATO " + std::string(same_hash);
    CHECK(refused(text) == refusal{marking_error::unknown_classification, 5});
  }
  CHECK(read("NATO SECRET") == nato_owner);
}

TEST_CASE("domain-brief §1.3: Czech and Bulgarian markings, in any case, with or without accents") {
  CHECK(read("CZE Přísně tajné") == label{cze::prisne_tajne});
  CHECK(read("CZE PŘÍSNĚ TAJNÉ") == label{cze::prisne_tajne});  // Ř, Í, Ě, É fold like their small letters
  CHECK(read("CZE prisne tajne") == label{cze::prisne_tajne});
  CHECK(refused("Přísně tajné") == refusal{marking_error::ambiguous, 0});  // Slovak Prísne tajné folds the same
  CHECK(read("Důvěrné") == label{cze::duverne});
  CHECK(read("DŮVĚRNÉ") == label{cze::duverne});
  CHECK(read("Vyhrazené//REL TO CZE, BGR") == label{cze::vyhrazene}.releasable({party::cze, party::bgr}));
  CHECK(read("Строго секретно") == label{bgr::strogo_sekretno});
  CHECK(read("СТРОГО СЕКРЕТНО") == label{bgr::strogo_sekretno});  // Cyrillic folds to upper case
  CHECK(read("строго секретно") == label{bgr::strogo_sekretno});
  CHECK(read("За служебно ползване") == label{bgr::za_sluzhebno_polzvane});
  CHECK(read("Sekretno") == label{bgr::sekretno});  // the ASCII spelling
  // Folding drops accents but never merges scripts: Latin "CEKPETHO" is not Cyrillic "СЕКРЕТНО".
  CHECK(parse_marking("CEKPETHO").error == marking_error::unknown_classification);
  for (const label l : {label{cze::tajne}, label{bgr::poveritelno}}) CHECK(read(format_marking(l).view()) == l);
}

TEST_CASE("decode_utf8: one to four bytes - overlong forms, surrogates, values above U+10FFFF and cut sequences are not UTF-8") {
  const auto decoded = [](std::string_view s) { return decode_utf8(s, 0); };
  CHECK(decoded("A").value == U'A');
  CHECK(decoded("\xC3\xA9").value == U'\u00E9');
  CHECK(decoded("\xC3\xA9").size == 2);
  CHECK(decoded("\xE2\x80\x93").value == U'\u2013');
  CHECK(decoded("\xF0\x9F\x98\x80").size == 4);
  CHECK(decoded("\xF4\x8F\xBF\xBF").value == U'\U0010FFFF');
  for (const std::string_view bad : {"\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xC3", "\xE2\x80",
                                     "\x80", "\xFF", "\xC3\x41"})
    CHECK(decoded(bad).size == 0);
  static_assert(decode_utf8("\xC5\x98", 0).value == U'\u0158');  // usable at compile time: Ř
}

// ---------------------------------------------------------------- a vocabulary built at run time

TEST_CASE("owned_vocabulary: built at run time, the same tables as vocabulary_of") {
  const owned_vocabulary built{builtin_schemes};
  REQUIRE(built.ok());
  const vocabulary a = vocabulary_of<builtin_schemes>, b = built.view();
  // One builder: the same phrases in the same order, with the same word ids and starts.
  REQUIRE(b.phrases().size() == a.phrases().size());
  for (std::size_t i = 0; i < a.phrases().size(); ++i) {
    CHECK(b.phrases()[i].text == a.phrases()[i].text);
    CHECK(b.phrases()[i].kind == a.phrases()[i].kind);
    CHECK(b.phrase_ids()[i] == a.phrase_ids()[i]);
  }
  REQUIRE(b.starts().size() == a.starts().size());
  for (std::size_t w = 0; w < a.starts().size(); ++w) CHECK(b.starts()[w] == a.starts()[w]);
  for (const std::string_view text : {"NATO SECRET", "Stg. GEHEIM", "CONFIDENTIEL DEFENSE//REL TO FRA, NLD", "NATO SEKRIT"}) {
    const marking_result x = parse_marking(a, text), y = parse_marking(b, text);
    CHECK(y.error == x.error);
    CHECK(y.offset == x.offset);
    CHECK(y.value == x.value);
  }
}

namespace {

/// The NATO scheme with one level renamed, and a registry of it: a scheme known only at run time.
struct renamed_nato {
  std::vector<level_info> levels;
  scheme s;
  std::array<const scheme*, 1> entries;
  registry reg;
  explicit renamed_nato(std::string_view name)
      : levels(nato::scheme.levels.begin(), nato::scheme.levels.end()), s(nato::scheme), entries{&s}, reg(entries) {
    levels[2].name = name;
    s.levels = levels;
  }
};

}  // namespace

TEST_CASE("owned_vocabulary: phrases a reader could not keep apart give a vocabulary of no phrase, and why") {
  struct fault_case {
    std::string_view name;
    vocabulary_fault fault;
  };
  for (const fault_case& c : {fault_case{"NATO SECRET ONE TWO THREE FOUR FIVE", vocabulary_fault::phrase_length},
                              fault_case{"NATO SECRET\x01", vocabulary_fault::unreadable_phrase}}) {
    const renamed_nato policy{c.name};
    const owned_vocabulary words{policy.reg};
    CHECK_FALSE(words.ok());
    CHECK(words.fault() == c.fault);
    CHECK(words.phrase() == c.name);
    CHECK(words.view().phrases().empty());
    // Deny by default: a reader of it reads nothing, not even the levels it could tell apart.
    CHECK(parse_marking(words.view(), "NATO RESTRICTED").error == marking_error::unknown_classification);
  }
  const renamed_nato fine{"NATO SECRET"};
  const owned_vocabulary words{fine.reg};
  CHECK(words.ok());
  CHECK(parse_marking(words.view(), "NATO RESTRICTED").ok());
}

TEST_CASE("the written-out vocabulary (builtin_vocabulary.hpp) is what the builder makes of the data") {
  // What the compiler makes of the tables tools/clearance_vocabulary.cpp wrote, field by field,
  // against the same builder run now (vocabulary.current compares the text of the header).
  const owned_vocabulary built{builtin_schemes};
  REQUIRE(built.ok());
  const vocabulary now = built.view();
  const vocabulary& written = detail::mk::builtin_tables<void>::view;
  CHECK(&written.schemes() == &builtin_schemes);

  REQUIRE(written.words().size() == now.words().size());
  for (std::size_t i = 0; i < now.words().size(); ++i) {
    const detail::mk::word_entry &a = written.words()[i], &b = now.words()[i];
    CHECK(a.offset == b.offset);
    CHECK(a.length == b.length);
    CHECK(a.hash == b.hash);
    CHECK(std::string_view(written.chars() + a.offset, a.length) == std::string_view(now.chars() + b.offset, b.length));
  }
  REQUIRE(written.slots().size() == now.slots().size());
  for (std::size_t i = 0; i < now.slots().size(); ++i) CHECK(written.slots()[i] == now.slots()[i]);

  REQUIRE(written.phrases().size() == now.phrases().size());
  for (std::size_t i = 0; i < now.phrases().size(); ++i) {
    const marking_phrase &a = written.phrases()[i], &b = now.phrases()[i];
    CAPTURE(b.text);
    CHECK(a.text == b.text);
    CHECK(a.kind == b.kind);
    CHECK(a.scheme == b.scheme);
    CHECK(a.rank == b.rank);
    CHECK(a.categories == b.categories);
    CHECK(a.parties == b.parties);
    CHECK(a.keyword == b.keyword);
    CHECK(written.phrase_ids()[i] == now.phrase_ids()[i]);
  }
  REQUIRE(written.starts().size() == now.starts().size());
  for (std::size_t i = 0; i < now.starts().size(); ++i) CHECK(written.starts()[i] == now.starts()[i]);

  // And the reader reads the same with either.
  for (const marking_phrase& p : now.phrases()) {
    const marking_result a = parse_marking(written, p.text), b = parse_marking(now, p.text);
    CHECK(a.error == b.error);
    CHECK(a.value == b.value);
  }
}
