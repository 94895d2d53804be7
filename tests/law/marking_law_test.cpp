// SPDX-License-Identifier: MIT
//
// Marking laws, exhaustively over the universe of labels and over short byte strings:
//   parse(format(l)) == l for every form and language;
//   format(parse(s)) is the canonical form for every accepted spelling;
//   any input is refused or read, never read past, with the offset inside the text.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <set>
#include <string>

#include "universe.hpp"

using namespace clearance;

namespace {

constexpr language all_languages[] = {language::en, language::fr, language::nl, language::de};

std::string show(const label& l) { return std::string(format_marking(l).view()); }

/// Every spelling the parser knows for a level: the texts of the phrase table.
template <class F>
void for_each_level_spelling(F&& f) {
  for (const marking_phrase& p : marking_vocabulary())
    if (p.kind == marking_phrase_kind::level) f(p.text, p.scheme);
}


}  // namespace

TEST_CASE("parse(format(l)) == l for every label, form and language") {
  int round_trips = 0;
  const std::vector<label> labels = universe::labels_with_groups();
  for (const label& l : labels) {
    INFO("label: " << show(l));
    const marking_text canonical = format_marking(l);
    REQUIRE(canonical.size() > 0);
    CHECK(parse_marking(canonical.view()).value == l);  // no scheme needed
    const marking_text portion = format_marking(l, marking_form::portion);
    CHECK(parse_marking(portion.view()).value == l);  // no scheme needed
    round_trips += 2;
    for (language lang : all_languages) {
      const marking_text banner = format_marking(l, marking_form::banner, lang);
      INFO("banner: " << std::string(banner.view()));
      CHECK(parse_marking(banner.view(), {l.scheme}).value == l);
      ++round_trips;
    }
  }
  std::printf("marking law: %d round trips over %zu labels\n", round_trips, labels.size());
  CHECK(round_trips > 1000);
}

TEST_CASE("the canonical form is one text per label") {
  std::set<std::string> texts;
  std::vector<label> labels;  // the universe holds some labels twice (REL TO NLD of a Dutch level)
  for (const label& l : universe::all_labels())
    if (std::find(labels.begin(), labels.end(), l) == labels.end()) labels.push_back(l);
  for (const label& l : labels) {
    const std::string text = show(l);
    INFO("text: " << text);
    CHECK(texts.insert(text).second);
    CHECK(show(parse_marking(text).value) == text);  // idempotent
  }
  CHECK(texts.size() == labels.size());
}

TEST_CASE("format(parse(s)) is canonical for every accepted spelling, in any case and spacing") {
  int spellings = 0;
  const std::string suffixes[] = {"", "//ATOMAL", " - STAFF", "//REL TO NLD, BEL", " NLD, BEL ONLY"};
  for_each_level_spelling([&](std::string_view text, scheme_id scheme) {
    for (const std::string& suffix : suffixes) {
      std::string s = std::string(text) + suffix;
      const marking_result r = parse_marking(s, {scheme});
      if (!r) {  // only the categories a level may not carry are refused
        CHECK(r.error == marking_error::category_not_allowed);
        continue;
      }
      INFO("spelling: " << s);
      const std::string canonical = show(r.value);
      CHECK(show(parse_marking(canonical).value) == canonical);
      CHECK(parse_marking(canonical).value == r.value);
      std::string lower;
      for (char c : s) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      CHECK(show(parse_marking("  " + lower + " ", {scheme}).value) == canonical);
      ++spellings;
    }
  });
  std::printf("marking law: %d accepted spellings formatted canonically\n", spellings);
  CHECK(spellings > 300);
}

TEST_CASE("every byte string of up to two bytes, and each with a marking around it, is handled") {
  int inputs = 0, accepted = 0;
  const std::string frames[] = {"", "NATO SECRET ", "NS//"};
  for (const std::string& frame : frames)
    for (int length = 0; length <= 2; ++length)
      for (int value = 0; value < (1 << (8 * length)); ++value) {
        std::string s = frame;
        for (int i = 0; i < length; ++i) s += static_cast<char>((value >> (8 * i)) & 0xFF);
        const marking_result r = parse_marking(s);
        ++inputs;
        if (r) {
          ++accepted;
          CHECK(parse_marking(format_marking(r.value).view()).value == r.value);
        } else {
          CHECK(r.offset <= s.size());
          CHECK(r.value == label{});
        }
      }
  std::printf("marking law: %d short inputs, %d read as labels\n", inputs, accepted);
  CHECK(accepted > 0);
}
