// SPDX-License-Identifier: MIT
//
// Markings, stage 4: writing. A label -> its canonical, banner or portion marking, over the
// schemes of a registry.
//
//     const clearance::marking_text text =
//         clearance::format_marking(acme::schemes, l, clearance::marking_form::portion);
//
// The writer needs no vocabulary (vocabulary.hpp): a translation unit that only writes markings
// does not build one. Every marking written reads back as the same label (parse.hpp), with the
// vocabulary of the same registry.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string_view>

#include "../core/categories.hpp"
#include "../core/label.hpp"
#include "../data/marking_words.hpp"
#include "names.hpp"
#include "../core/parties.hpp"
#include "../core/quiet_shadow.hpp"
#include "../core/registry.hpp"
#include "../core/text.hpp"
#include "fold.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0 {

enum class marking_form : int {
  canonical,  ///< one spelling per label, readable without knowing the scheme: "DEU GEHEIM//ATOMAL"
  banner,     ///< page top and bottom, in the scheme's style and the language asked for
  portion,    ///< paragraph marking: "(NS//ATOMAL)"
};

namespace detail::mk {

constexpr std::string_view level_text(const level_info& info, marking_form form, language lang) noexcept {
  if (form == marking_form::portion) return info.abbreviation;
  if (form == marking_form::banner)
    for (const clearance::marking& mk : info.markings)
      if (mk.lang == lang && !mk.text.empty()) return mk.text;
  return info.name;
}

/// The keyword's text for `use` in `lang`; else in English; else the one of every use.
constexpr std::string_view keyword_text(marking_word w, word_use use, language lang) noexcept {
  for (const language in : {lang, language::en})
    for (const keyword_info& k : marking_keywords)
      if (k.word == w && k.use == use && k.lang == in) return k.text;
  for (const keyword_info& k : marking_keywords)
    if (k.word == w && k.use == word_use::any) return k.text;
  return {};
}

template <std::size_t N>
constexpr void append_category(fixed_text<N>& out, category c, const scheme& s) noexcept {
  if (const found<category_info> info = find_category(c, s.categories))
    out << info->name;
  else
    out << keyword_text(marking_word::compartment, word_use::any, language::en) << " "
        << (static_cast<int>(c) - first_compartment_bit);
}

constexpr bool national(const scheme& s) noexcept {
  const found<party_info> owner = find_party(s.owner);
  return owner && owner->kind == party_kind::country;
}

/// "NATO/EAPC SECRET": the context whose releasability the label has, if its level can be
/// written after it.
constexpr found<marking_context> context_of(const scheme& s, const label& l, std::string_view text) noexcept {
  if (after_code(text, s.code).empty()) return {};
  for (const marking_context& c : s.contexts)
    if (expand(c.releasable_to) == expand(l.releasable_to)) return c;
  return {};
}

/// Whether `text`, a text of the level of `l`, alone reads as that level: a portion marking that
/// would be ambiguous ("(Tajné)": Czech, Slovak or Polish) is written with its scheme's code
/// instead. It does when no other level of `reg` has a text or a spelling of the same words: the
/// reader's answer, found without the reader's vocabulary, which the writer does not build.
constexpr bool reads_as(const registry& reg, std::string_view text, const label& l) noexcept {
  if (folded_reader{text}.next() <= 0) return false;  // no word, or not readable
  bool named = false;
  for (const scheme* s : reg.schemes()) {
    for (const level_info& info : s->levels) {
      const level_texts texts{info};
      bool here = false;
      for (std::size_t i = 0; i < level_texts::count && !here; ++i)
        here = !texts.items[i].empty() && same_words(texts.items[i], text);
      if (!here) continue;
      if (s->id != l.scheme || info.rank != l.rank) return false;
      named = true;
    }
    for (const clearance::spelling& sp : s->spellings) {
      if (!same_words(sp.text, text)) continue;
      if (s->id != l.scheme || sp.rank != l.rank) return false;
      named = true;
    }
  }
  return named;
}

}  // namespace detail::mk

/// Writes the marking of `l` over the schemes of `reg`. Writes nothing and returns false for a
/// label that no marking can express: an invalid label, one releasable to nobody, or one whose
/// ONLY list comes with a releasability that is neither that list nor a context.
///
/// The releasability is written as the sample NATO policy displays it (ADatP-4774 Table 17): a
/// context ("NATO/KFOR CONFIDENTIAL"), or a list after "Releasable to" in banners (in the order
/// of the parties' numbers, without the values the scheme implies) or "REL TO" (exactly), and an
/// ONLY list ("Ireland, Sweden, Ukraine, NATO ONLY").
template <std::size_t N>
constexpr bool append_marking(const registry& reg, fixed_text<N>& out, const label& l,
                              marking_form form = marking_form::canonical, language lang = language::en) noexcept {
  using namespace detail::mk;
  if (!is_valid(reg, l)) return false;
  const scheme& s = *reg.find(l.scheme);
  const level_info& info = *find_level(s, l.rank);
  const party_set to = expand(l.releasable_to), only = expand(l.only);
  if (to.empty()) return false;
  const std::string_view text = level_text(info, form, lang);
  const bool listed = to != owner_releasability(level{l.scheme, l.rank, s.owner}) && to != only;
  const found<marking_context> ctx =
      listed ? context_of(s, l, form == marking_form::portion ? info.name : text) : found<marking_context>{};
  if (!only.empty() && listed && !ctx) return false;
  const bool banner = form == marking_form::banner;
  const bool display = banner && !s.contexts.empty();  // the ADatP-4774 display form
  const bool with_context = ctx && (display || !only.empty());
  // Names in the ADatP-4774 display form ("Japan", "Japon"), codes elsewhere ("JPN").
  const party_spelling names = !display               ? party_spelling::code
                               : lang == language::fr ? party_spelling::french
                                                      : party_spelling::name;
  const auto write_only = [&](std::string_view before) {
    if (only.empty()) return;
    out << before;
    append_parties(out, l.only, names);
    out << " "
        << (!s.only_word.empty() ? s.only_word
                                 : keyword_text(marking_word::only, word_use::banner, banner ? lang : language::en));
  };

  if (display) {
    // [NATO/<context>] LEVEL [categories] [Releasable to A, B | A, B, NATO ONLY] [- informative]
    if (with_context)
      out << s.code << "/" << ctx->word << " " << after_code(text, s.code);
    else
      out << text;
    const category_set restrictive = restrictive_in(s, l);
    bool informative = false;
    (l.categories & restrictive).for_each([&](category c) {
      out << " ";
      append_category(out, c, s);
    });
    informative = !(l.categories - restrictive).empty();
    if (listed && !with_context) {
      const party_set implied = expand(s.implied_releasability);
      const bool implies = to.includes(implied);
      out << " "
          << keyword_text(implies ? marking_word::releasable_to_display : marking_word::releasable_to, word_use::banner,
                          lang)
          << " ";
      if (implies)
        append_parties(out, to, names, s.implied_releasability);
      else  // "REL TO" lists exactly, by code
        append_parties(out, to);
    }
    write_only(" ");
    const char* sep = " - ";
    if (informative)
      (l.categories - restrictive).for_each([&](category c) {
        out << sep;
        append_category(out, c, s);
        sep = ", ";
      });
    return true;
  }

  // Canonical, portion, and the banners of the other schemes: LEVEL//CATEGORY//REL TO A, B
  if (form == marking_form::portion) out << "(";
  if (with_context)  // the level's name: an abbreviation ("NS") has no form after a context
    out << s.code << "/" << ctx->word << " " << after_code(info.name, s.code);
  else {
    if (national(s) && (form == marking_form::canonical || (form == marking_form::portion && !reads_as(reg, text, l))))
      out << s.code << " ";
    out << text;
  }
  l.categories.for_each([&](category c) {
    out << "//";
    append_category(out, c, s);
  });
  if (listed && !with_context) {
    out << "//" << keyword_text(marking_word::releasable_to, word_use::any, lang) << " ";
    append_parties(out, to);
  }
  write_only("//");
  if (form == marking_form::portion) out << ")";
  return true;
}

using marking_text = fixed_text<max_marking_length>;

/// The marking of `l` over the schemes of `reg`; empty for a label no marking can express (see
/// append_marking).
constexpr marking_text format_marking(const registry& reg, const label& l, marking_form form = marking_form::canonical,
                                      language lang = language::en) noexcept {
  marking_text out;
  if (!append_marking(reg, out, l, form, lang) || out.truncated()) return {};
  return out;
}

}  // namespace clearance::inline v0

CLEARANCE_DETAIL_QUIET_SHADOW_END
