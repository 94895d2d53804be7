// SPDX-License-Identifier: MIT
//
// Markings, stage 3: reading. Any bytes -> a label, or an error kind and a byte offset.
//
//     const clearance::marking_result r = clearance::parse_marking(clearance::vocabulary_of<acme::schemes>, text);
//
// A text that could be two levels ("GEHEIM": Germany or Belgium) is refused as ambiguous unless
// the scheme is named (options, or a leading scheme code: "DEU GEHEIM"). Never allocates, never
// throws, never reads outside the text; inputs longer than max_marking_length bytes are refused
// as too long.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../core/categories.hpp"
#include "../core/decision.hpp"
#include "../core/label.hpp"
#include "../data/marking_words.hpp"
#include "../core/parties.hpp"
#include "../core/quiet_shadow.hpp"
#include "../core/registry.hpp"
#include "fold.hpp"
#include "vocabulary.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0 {

/// What the reader knows beforehand: the scheme the marking belongs to (none: any scheme).
struct marking_options {
  scheme_id scheme = scheme_id::none;
};

/// A label, or the error and the byte offset of the part that caused it.
struct marking_result {
  label value{};
  marking_error error = marking_error::none;
  std::size_t offset = 0;
  [[nodiscard]] constexpr bool ok() const noexcept { return error == marking_error::none; }
  constexpr explicit operator bool() const noexcept { return ok(); }
};

namespace detail::mk {

inline constexpr std::size_t npos = static_cast<std::size_t>(-1);

// ---------------------------------------------------------------- matching

/// The words of a text, each with its vocabulary id (or no_word). Up to one word per two bytes.
inline constexpr std::size_t max_words = max_marking_length / 2 + 1;

struct token {  // no initialisers: the list below is filled, never cleared
  std::uint16_t begin;
  std::uint16_t end;
  std::uint16_t id;
  bool new_field;  ///< "//" stands before the word: no phrase runs across it
};

struct token_list {
  token items[max_words];
  std::size_t count = 0;
  std::size_t text_size = 0;
  /// The byte offset of word `k`; the end of the text past the last word.
  [[nodiscard]] constexpr std::size_t offset(std::size_t k) const noexcept {
    return k < count ? items[k].begin : text_size;
  }
};

/// Whether the separators before a word contain "//", which ends a field of a marking
/// ("CONFIDENTIEL//LUX ONLY": the level, then the list, never the level "Confidentiel Lux").
/// (A loop of its own: string_view::find is no constant expression under g++'s null sanitizer.)
constexpr bool field_break(std::string_view separators) noexcept {
  for (std::size_t i = 1; i < separators.size(); ++i)
    if (separators[i] == '/' && separators[i - 1] == '/') return true;
  return false;
}

/// Splits `s` (at most max_marking_length bytes) into words and looks each up in `v`.
constexpr scan_result tokenize(const vocabulary& v, std::string_view s, token_list& out) noexcept {
  out.count = 0;
  out.text_size = s.size();
  std::size_t previous_end = 0;
  return for_each_word(s, [&](const word& w) {
    out.items[out.count++] = {static_cast<std::uint16_t>(w.begin), static_cast<std::uint16_t>(w.end), v.find(s, w),
                              field_break(s.substr(previous_end, w.begin - previous_end))};
    previous_end = w.end;
  });
}

/// The longest run of words starting at word `at` that is a phrase, and its meanings: the
/// phrases [first, last) of the vocabulary, which all have those words.
struct match {
  const marking_phrase* phrases = nullptr;  ///< the vocabulary's phrases
  std::size_t at = npos;
  std::size_t end = 0;  ///< the word after the match
  std::size_t first = 0;
  std::size_t last = 0;
  unsigned kinds = 0;     ///< bit k: a meaning of kind k
  unsigned keywords = 0;  ///< bit w: the keyword w

  [[nodiscard]] constexpr bool found() const noexcept { return last > first; }
  [[nodiscard]] constexpr bool has(marking_phrase_kind k) const noexcept { return (kinds >> static_cast<int>(k)) & 1U; }
  [[nodiscard]] constexpr bool keyword(marking_word w) const noexcept { return (keywords >> static_cast<int>(w)) & 1U; }
  template <class Pred>
  [[nodiscard]] constexpr clearance::found<marking_phrase> find(Pred pred) const noexcept {
    for (std::size_t i = first; i < last; ++i)
      if (pred(phrases[i])) return phrases[i];
    return {};
  }
  [[nodiscard]] constexpr clearance::found<marking_phrase> find(marking_phrase_kind k) const noexcept {
    if (!has(k)) return {};
    return find([k](const marking_phrase& p) { return p.kind == k; });
  }
};

constexpr match match_at(const vocabulary& v, const token_list& t, std::size_t at) noexcept {
  const marking_phrase* const phrases = v.phrases().data();
  const phrase_words* const phrase_ids = v.phrase_ids().data();
  const std::uint16_t* const starts = v.starts().data();
  match m{phrases, at, at, 0, 0, 0, 0};
  const std::uint16_t id = t.items[at].id;
  if (id == no_word) return m;
  for (std::size_t i = starts[id]; i < starts[id + 1u]; ++i) {
    const phrase_words& p = phrase_ids[i];
    if (at + p.count > t.count || at + p.count < m.end) continue;
    bool same = true;
    for (std::size_t j = 1; j < p.count && same; ++j)
      same = t.items[at + j].id == p.ids[j] && !t.items[at + j].new_field;
    if (!same) continue;
    if (at + p.count > m.end) m = {phrases, at, at + p.count, i, i, 0, 0};
    if (m.last == i) ++m.last;  // phrases with the same words are neighbours
  }
  for (std::size_t i = m.first; i < m.last; ++i) {
    const marking_phrase& p = phrases[i];
    m.kinds |= 1U << static_cast<int>(p.kind);
    if (p.kind == marking_phrase_kind::keyword) m.keywords |= 1U << static_cast<int>(p.keyword);
  }
  return m;
}

/// A level the marking may denote.
struct candidate {
  scheme_id scheme = scheme_id::none;
  int rank = 0;
  category_set categories{};
};

struct candidates {
  candidate items[max_meanings]{};
  std::size_t count = 0;

  constexpr void add(const marking_phrase& p) noexcept {
    for (std::size_t i = 0; i < count; ++i)
      if (items[i].scheme == p.scheme && items[i].rank == p.rank) {
        items[i].categories = items[i].categories | p.categories;
        return;
      }
    items[count++] = {p.scheme, p.rank, p.categories};  // at most max_meanings phrases per match
  }
  /// Keeps the candidates that `other` also names (bilingual markings: "GEHEIM/SECRET").
  constexpr void keep_common(const candidates& other) noexcept {
    std::size_t n = 0;
    for (std::size_t i = 0; i < count; ++i)
      for (std::size_t j = 0; j < other.count; ++j)
        if (items[i].scheme == other.items[j].scheme && items[i].rank == other.items[j].rank) {
          items[n] = items[i];
          items[n].categories = items[n].categories | other.items[j].categories;
          ++n;
          break;
        }
    count = n;
  }
  constexpr void keep_scheme(scheme_id id) noexcept {
    std::size_t n = 0;
    for (std::size_t i = 0; i < count; ++i)
      if (items[i].scheme == id) items[n++] = items[i];
    count = n;
  }
};

constexpr candidates levels_in(const match& m, marking_phrase_kind kind, scheme_id only = scheme_id::none) noexcept {
  candidates c;
  for (std::size_t i = m.first; i < m.last; ++i) {
    const marking_phrase& p = m.phrases[i];
    if (p.kind == kind && (only == scheme_id::none || p.scheme == only)) c.add(p);
  }
  return c;
}

constexpr marking_result fail(marking_error e, std::size_t offset) noexcept { return {{}, e, offset}; }

/// "3" -> 3; -1 if the word is not a number below 100 without leading zeros.
constexpr int small_number(std::string_view s, const token& w) noexcept {
  const std::size_t n = w.end - w.begin;
  if (n == 0 || n > 2 || (n == 2 && s[w.begin] == '0')) return -1;
  int v = 0;
  for (std::size_t i = w.begin; i < w.end; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

}  // namespace detail::mk

/// Reads a marking with the words of `v` (see vocabulary_of). Any bytes are accepted as input; the
/// result is a label or an error kind with the byte offset of the part at fault.
constexpr marking_result parse_marking(const vocabulary& v, std::string_view text,
                                       marking_options options = {}) noexcept {
  using namespace detail::mk;
  using kind = marking_phrase_kind;
  if (text.size() > max_marking_length) return fail(marking_error::too_long, max_marking_length);
  token_list t;
  if (const scan_result s = tokenize(v, text, t); s.error != marking_error::none) return fail(s.error, s.offset);
  if (t.count == 0) return fail(marking_error::empty, 0);

  // 1. An optional prefix: a scheme code ("DEU GEHEIM") or a context ("NATO/EAPC SECRET").
  scheme_id within = options.scheme;
  std::size_t k = 0;  // the word being read
  match m = match_at(v, t, k);
  found<marking_phrase> context{};
  if (const found<marking_phrase> q = m.find(kind::qualifier); q && !m.has(kind::level) && m.end < t.count) {
    const match next = match_at(v, t, m.end);
    context = next.find([q](const marking_phrase& p) { return p.kind == kind::context && p.scheme == q->scheme; });
    if (!context && !next.has(kind::level))  // "NATO SEKRIT": the word after the code is at fault
      return fail(marking_error::unknown_classification, t.offset(next.at));
    if (within != scheme_id::none && within != q->scheme) return fail(marking_error::conflicting_parts, t.offset(0));
    within = q->scheme;
    m = next;
    if (context) {
      if (m.end >= t.count) return fail(marking_error::unknown_classification, text.size());
      m = match_at(v, t, m.end);
    }
  }

  // 2. The classification, possibly repeated in a second language ("GEHEIM/SECRET").
  const std::size_t class_at = t.offset(m.at);
  candidates found = context ? levels_in(m, kind::context_level, context->scheme) : levels_in(m, kind::level);
  if (found.count == 0) return fail(marking_error::unknown_classification, class_at);
  for (k = m.end; !context && k < t.count; k = m.end) {
    m = match_at(v, t, k);
    const candidates more = levels_in(m, kind::level);
    if (more.count == 0) break;  // m is read again as the first part of step 3
    found.keep_common(more);
    if (found.count == 0) return fail(marking_error::conflicting_parts, t.offset(k));
  }
  if (within != scheme_id::none) {
    found.keep_scheme(within);
    if (found.count == 0) return fail(marking_error::unknown_classification, class_at);
  }

  // 3. Categories, the releasability list, suffixes. `category_at` keeps where each category
  //    was written, for the error; one the level carries (ATOMAL in CTSA) is at the level.
  category_set cats = found.items[0].categories, written{};
  std::size_t category_at[category_set::capacity]{};
  const scheme_id level_scheme = found.items[0].scheme;  // a scheme's own category: of this scheme
  enum class list : int { none, open, unclosed, closed };
  list state = list::none;
  std::size_t list_at = 0, listed = 0;
  party_set to{};
  bool implied = false;  // the list was introduced by a display prefix ("Releasable to")
  bool only = false;     // the list was closed by ONLY

  for (; k < t.count; k = m.end) {
    if (m.at != k) m = match_at(v, t, k);
    const std::size_t at = t.offset(k);
    if (!m.found()) return fail(marking_error::unknown_category, at);
    if (m.keyword(marking_word::releasable_to) || m.keyword(marking_word::releasable_to_display)) {
      if (state != list::none) return fail(marking_error::conflicting_parts, at);
      state = list::open;
      list_at = at;
      implied = !m.keyword(marking_word::releasable_to);
    } else if (m.keyword(marking_word::only)) {
      if ((state != list::open && state != list::unclosed) || listed == 0) return fail(marking_error::incomplete, at);
      state = list::closed;
      only = true;
    } else if (const clearance::found<marking_phrase> p = m.find(kind::party)) {
      if (state == list::closed) return fail(marking_error::conflicting_parts, at);
      if (state == list::none) {
        state = list::unclosed;
        list_at = at;
      }
      to = to | p->parties;
      ++listed;
    } else if (const clearance::found<marking_phrase> c = m.find([level_scheme](const marking_phrase& p) {
                 return p.kind == kind::category && (p.scheme == scheme_id::none || p.scheme == level_scheme);
               });
               c || m.keyword(marking_word::compartment)) {
      if (state == list::unclosed) return fail(marking_error::incomplete, list_at);
      if (state == list::open) {
        if (listed == 0) return fail(marking_error::incomplete, list_at);
        state = list::closed;
      }
      if (c) {
        const int bit = static_cast<int>(c->categories.first());
        if (!written.includes(c->categories)) category_at[static_cast<std::size_t>(bit)] = at;
        written = written | c->categories;
        cats = cats | c->categories;
      } else {
        const int n = m.end < t.count ? small_number(text, t.items[m.end]) : -1;
        if (n < 0 || n >= compartment_count) return fail(marking_error::unknown_category, t.offset(m.end));
        cats.insert(compartment(n));
        ++m.end;
      }
    } else if (m.keyword(marking_word::no_effect)) {
      continue;
    } else if (m.has(kind::level) || m.has(kind::context_level)) {
      return fail(marking_error::conflicting_parts, at);
    } else {
      return fail(marking_error::unknown_category, at);
    }
  }
  if (state == list::unclosed || (state == list::open && listed == 0)) return fail(marking_error::incomplete, list_at);
  if (context && state != list::none && !only) return fail(marking_error::conflicting_parts, list_at);
  if (found.count > 1) return fail(marking_error::ambiguous, class_at);

  // 4. The label, checked like any other; releasable to the scheme's owner unless it says otherwise:
  //    to a context's parties ("NATO/KFOR"), to a list (with the values a display prefix implies),
  //    and an ONLY list also restricts the readers (its own list, or the context's).
  const clearance::found<scheme> s = v.schemes().find(found.items[0].scheme);
  label l{level{found.items[0].scheme, found.items[0].rank, s ? s->owner : party::none}};
  l.categories = cats;
  if (only) {
    l.only = to;
    l.releasable_to = expand(context ? context->parties : to);
  } else if (context) {
    l.releasable_to = expand(context->parties);
  } else if (state != list::none) {
    l.releasable_to = expand(implied && s ? to | s->implied_releasability : to);
  }
  if (const decision d = validate(v.schemes(), l); !d) {
    if (d.why == reason::category_not_allowed_at_level || d.why == reason::categories_excluded ||
        d.why == reason::category_required || d.why == reason::category_requirement_unmet) {
      std::size_t at = text.size();
      d.categories().for_each([&](category c) {
        const std::size_t here = written.contains(c) ? category_at[static_cast<std::size_t>(c)] : class_at;
        if (here < at) at = here;
      });
      return fail(marking_error::category_not_allowed, at);
    }
    if (d.why == reason::party_not_allowed_at_level) return fail(marking_error::party_not_allowed, class_at);
    return fail(marking_error::unknown_category, class_at);  // not reached with the library's data
  }
  return {l, marking_error::none, 0};
}

}  // namespace clearance::inline v0

CLEARANCE_DETAIL_QUIET_SHADOW_END
