// SPDX-License-Identifier: MIT
//
// Markings: reading and writing a label as text.
//
//   parse_marking(text [, options])   any bytes -> a label, or an error kind and a byte offset
//   format_marking(label, form, lang) a label -> canonical, banner or portion marking
//   "Stg. GEHEIM"_marking             the same parser at compile time; a bad literal is an error
//                                     naming invalid_classification_marking
//
// The vocabulary is the data: every level's name, ASCII spelling, abbreviation and language
// markings and its scheme's further spellings (data/<scheme>.hpp), the category names
// (categories.hpp), party codes and names (parties.hpp) and the keywords (marking_words.hpp).
// Words are compared without case and accents ("TRES" = "TRÈS", "fur" = "FÜR"); spaces, dots,
// slashes, hyphens, dashes, commas, colons and parentheses only separate words. A text that
// could be two levels ("GEHEIM": Germany or Belgium) is refused as ambiguous unless the scheme
// is named (options, or a leading scheme code: "DEU GEHEIM").
//
// Never allocates, never throws, never reads outside the text; inputs longer than
// max_marking_length bytes are refused as too long.
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "data/marking_words.hpp"
#include "diagnostics.hpp"
#include "label.hpp"
#include "names.hpp"
#include "text.hpp"

namespace clearance {

/// The longest marking read or written, in bytes.
inline constexpr std::size_t max_marking_length = 2048;

/// Why a text is not a marking.
enum class marking_error : int {
  none = 0,
  empty,                   ///< no word at all
  too_long,                ///< more than max_marking_length bytes
  invalid_utf8,            ///< a byte sequence that is not UTF-8
  unexpected_character,    ///< a character that is neither part of a word nor a separator
  unknown_classification,  ///< the marking does not start with a level of a known scheme
  unknown_category,        ///< a word after the level that is no category, party or keyword
  category_not_allowed,    ///< a category the level may not carry (ATOMAL with NATO RESTRICTED)
  conflicting_parts,       ///< two levels, two releasability lists, or a context and a list
  ambiguous,               ///< the level could belong to more than one scheme: name the scheme
  incomplete,              ///< "REL TO" without parties, or a party list not closed by ONLY
};

constexpr std::string_view to_string(marking_error e) noexcept {
  switch (e) {
    case marking_error::none: return "no error";
    case marking_error::empty: return "empty marking";
    case marking_error::too_long: return "marking too long";
    case marking_error::invalid_utf8: return "invalid UTF-8";
    case marking_error::unexpected_character: return "unexpected character";
    case marking_error::unknown_classification: return "unknown classification";
    case marking_error::unknown_category: return "unknown category";
    case marking_error::category_not_allowed: return "category not allowed at this level";
    case marking_error::conflicting_parts: return "conflicting parts";
    case marking_error::ambiguous: return "ambiguous classification: name the scheme";
    case marking_error::incomplete: return "incomplete releasability list";
  }
  return "unknown marking error";
}

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

enum class marking_form : int {
  canonical,  ///< one spelling per label, readable without knowing the scheme: "DEU GEHEIM//ATOMAL"
  banner,     ///< page top and bottom, in the scheme's style and the language asked for
  portion,    ///< paragraph marking: "(NS//ATOMAL)"
};

namespace detail::mk {

inline constexpr std::size_t npos = static_cast<std::size_t>(-1);

// ---------------------------------------------------------------- characters

struct code_point {
  char32_t value = 0;
  std::size_t size = 0;  ///< 0: not a valid UTF-8 sequence
};

constexpr unsigned byte_at(std::string_view s, std::size_t i) noexcept { return static_cast<unsigned char>(s[i]); }

/// Decodes the UTF-8 sequence at `i` (i < s.size()); rejects overlong forms, surrogates and
/// values above U+10FFFF.
constexpr code_point decode(std::string_view s, std::size_t i) noexcept {
  const unsigned b0 = byte_at(s, i);
  if (b0 < 0x80) return {b0, 1};
  std::size_t n = 0;
  char32_t v = 0, min = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) n = 2, v = b0 & 0x1Fu, min = 0x80;
  else if (b0 >= 0xE0 && b0 <= 0xEF) n = 3, v = b0 & 0x0Fu, min = 0x800;
  else if (b0 >= 0xF0 && b0 <= 0xF4) n = 4, v = b0 & 0x07u, min = 0x10000;
  else return {};
  if (s.size() - i < n) return {};
  for (std::size_t k = 1; k < n; ++k) {
    const unsigned b = byte_at(s, i + k);
    if ((b & 0xC0u) != 0x80u) return {};
    v = (v << 6) | (b & 0x3Fu);
  }
  if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return {};
  return {v, n};
}

enum class char_class : int { word, separator, unexpected };

constexpr char_class classify(char32_t c) noexcept {
  if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return char_class::word;
  switch (c) {
    case ' ': case '\t': case '.': case '/': case '-': case ',': case '(': case ')': case ':':
    case 0x00A0:                    // no-break space
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:  // dashes
    case 0x2212:                    // minus sign
      return char_class::separator;
    default: break;
  }
  if (c < 0xC0) return char_class::unexpected;             // controls, other punctuation, Latin-1 signs
  if (c == 0xD7 || c == 0xF7) return char_class::unexpected;  // × ÷
  if (c >= 0x2000 && c <= 0x2BFF) return char_class::unexpected;  // punctuation, symbols, arrows
  return char_class::word;  // Latin-1 letters and the letters of other scripts
}

/// The base letters of U+00C0..U+00FF (upper and lower case): accents are dropped.
inline constexpr std::string_view latin1_fold[64] = {
    "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",  // C0-CF
    "D", "N", "O", "O", "O", "O", "O", "",  "O", "U", "U", "U", "U", "Y", "TH", "SS", // D0-DF
    "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",  // E0-EF
    "D", "N", "O", "O", "O", "O", "O", "",  "O", "U", "U", "U", "U", "Y", "TH", "Y",  // F0-FF
};

/// Reads the folded bytes of one word: ASCII upper case, Latin-1 letters without accents,
/// other letters as they are.
class folded_word {
 public:
  constexpr folded_word(std::string_view s, std::size_t begin, std::size_t end) noexcept
      : s_(s), i_(begin), end_(end) {}

  /// The next folded byte, or -1 at the end of the word.
  constexpr int next() noexcept {
    if (pending_pos_ < pending_.size()) return static_cast<unsigned char>(pending_[pending_pos_++]);
    if (i_ >= end_) return -1;
    const unsigned b = byte_at(s_, i_);
    if (b < 0x80) {
      ++i_;
      return (b >= 'a' && b <= 'z') ? static_cast<int>(b - ('a' - 'A')) : static_cast<int>(b);
    }
    const code_point c = decode(s_, i_);
    if (c.size == 0) {  // not reached after validation; never read past the text
      i_ = end_;
      return -1;
    }
    if (c.value >= 0xC0 && c.value <= 0xFF) {
      i_ += c.size;
      pending_ = latin1_fold[c.value - 0xC0];
      pending_pos_ = 0;
      return next();
    }
    pending_ = s_.substr(i_, c.size);  // other scripts: the bytes as they are
    pending_pos_ = 0;
    i_ += c.size;
    return next();
  }

 private:
  std::string_view s_;
  std::size_t i_;
  std::size_t end_;
  std::string_view pending_{};
  std::size_t pending_pos_ = 0;
};

struct word {
  std::size_t begin = npos;
  std::size_t end = npos;
  [[nodiscard]] constexpr bool found() const noexcept { return begin != npos; }
};

/// The first word at or after `pos` (the text must be valid UTF-8 of known characters).
constexpr word next_word(std::string_view s, std::size_t pos) noexcept {
  std::size_t i = pos;
  while (i < s.size()) {
    const code_point c = decode(s, i);
    if (c.size == 0) return {};
    if (classify(c.value) == char_class::word) break;
    i += c.size;
  }
  if (i >= s.size()) return {};
  const std::size_t begin = i;
  while (i < s.size()) {
    const code_point c = decode(s, i);
    if (c.size == 0 || classify(c.value) != char_class::word) break;
    i += c.size;
  }
  return {begin, i};
}

constexpr bool same_word(std::string_view a, word wa, std::string_view b, word wb) noexcept {
  folded_word fa(a, wa.begin, wa.end), fb(b, wb.begin, wb.end);
  for (;;) {
    const int x = fa.next(), y = fb.next();
    if (x != y) return false;
    if (x < 0) return true;
  }
}

constexpr std::uint64_t hash_word(std::string_view s, word w) noexcept {
  std::uint64_t h = 14695981039346656037ull;  // FNV-1a
  folded_word f(s, w.begin, w.end);
  for (int b = f.next(); b >= 0; b = f.next()) {
    h ^= static_cast<std::uint64_t>(b);
    h *= 1099511628211ull;
  }
  return h;
}

/// Where the words of `phrase` end in `text` when they start at `pos`; npos if they don't match.
constexpr std::size_t match_phrase(std::string_view phrase, std::string_view text, std::size_t pos) noexcept {
  std::size_t end = npos;
  word pw = next_word(phrase, 0);
  word tw = next_word(text, pos);
  while (pw.found()) {
    if (!tw.found() || !same_word(phrase, pw, text, tw)) return npos;
    end = tw.end;
    pw = next_word(phrase, pw.end);
    tw = next_word(text, tw.end);
  }
  return end;
}

/// Whether every character of `s` is valid UTF-8 and a word character or a separator; the
/// offset of the first one that is not, or npos.
struct scan_result {
  marking_error error = marking_error::none;
  std::size_t offset = 0;
};
constexpr scan_result scan(std::string_view s) noexcept {
  for (std::size_t i = 0; i < s.size();) {
    const code_point c = decode(s, i);
    if (c.size == 0) return {marking_error::invalid_utf8, i};
    if (classify(c.value) == char_class::unexpected) return {marking_error::unexpected_character, i};
    i += c.size;
  }
  return {};
}

// ---------------------------------------------------------------- the vocabulary

enum class phrase_kind : int { level, context_level, context, qualifier, category, party, keyword };

struct phrase {
  std::string_view text{};
  phrase_kind kind{};
  scheme_id scheme = scheme_id::none;  ///< level, context_level, context, qualifier
  int rank = 0;                        ///< level, context_level
  category_set categories{};           ///< level (carried categories), category
  party_set parties{};                 ///< party, context
  marking_word keyword{};              ///< keyword
};

/// The texts of a level, each once: name, ASCII spelling, abbreviation, language markings.
template <class F>
constexpr void for_each_text(const level_info& info, F&& f) {
  const std::string_view texts[] = {info.name, info.ascii, info.abbreviation, info.markings[0].text,
                                    info.markings[1].text};
  for (std::size_t i = 0; i < 5; ++i) {
    bool seen = texts[i].empty();
    for (std::size_t j = 0; j < i && !seen; ++j) seen = texts[j] == texts[i];
    if (!seen) f(texts[i]);
  }
}

/// "NATO SECRET" without the scheme's word: the level as written after a context ("NATO/EAPC SECRET").
constexpr std::string_view after_code(std::string_view text, std::string_view code) noexcept {
  if (text.size() > code.size() + 1 && text.substr(0, code.size()) == code && text[code.size()] == ' ')
    return text.substr(code.size() + 1);
  return {};
}

template <class F>
constexpr void for_each_phrase(F&& f) {
  for (const scheme* s : known_schemes) {
    f(phrase{.text = s->code, .kind = phrase_kind::qualifier, .scheme = s->id});
    for (const level_info& info : s->levels) {
      for_each_text(info, [&](std::string_view t) {
        f(phrase{.text = t, .kind = phrase_kind::level, .scheme = s->id, .rank = info.rank});
        if (!s->contexts.empty())
          if (const std::string_view rest = after_code(t, s->code); !rest.empty())
            f(phrase{.text = rest, .kind = phrase_kind::context_level, .scheme = s->id, .rank = info.rank});
      });
    }
    for (const clearance::spelling& sp : s->spellings)
      f(phrase{.text = sp.text, .kind = phrase_kind::level, .scheme = s->id, .rank = sp.rank,
               .categories = sp.categories});
    for (const marking_context& c : s->contexts)
      f(phrase{.text = c.word, .kind = phrase_kind::context, .scheme = s->id, .parties = c.releasable_to});
  }
  for (const category_info& c : categories)
    f(phrase{.text = c.name, .kind = phrase_kind::category, .categories = category_set{c.id}});
  for (const party_info& p : parties) {
    if (p.id == party::none) continue;
    f(phrase{.text = p.code, .kind = phrase_kind::party, .parties = party_set{p.id}});
    if (p.name != p.code) f(phrase{.text = p.name, .kind = phrase_kind::party, .parties = party_set{p.id}});
  }
  for (const keyword_info& k : marking_keywords) f(phrase{.text = k.text, .kind = phrase_kind::keyword, .keyword = k.word});
}

constexpr std::size_t count_phrases() {
  std::size_t n = 0;
  for_each_phrase([&](const phrase&) { ++n; });
  return n;
}

struct index_entry {
  std::uint64_t hash = 0;    ///< of the phrase's first word, folded
  std::uint16_t phrase = 0;  ///< position in the phrase table
};

/// Phrases that end at the same place in the text: every meaning of the longest match.
inline constexpr std::size_t max_meanings = 8;

/// The vocabulary, built on first use (a class template, so a program that never reads a
/// marking never builds it).
template <int = 0>
struct book {
  static constexpr std::size_t size = count_phrases();

  static constexpr std::array<phrase, size> phrases = [] {
    std::array<phrase, size> out{};
    std::size_t n = 0;
    for_each_phrase([&](const phrase& p) { out[n++] = p; });
    return out;
  }();

  static constexpr std::array<index_entry, size> index = [] {
    std::array<index_entry, size> out{};
    for (std::size_t i = 0; i < size; ++i)
      out[i] = {hash_word(phrases[i].text, next_word(phrases[i].text, 0)), static_cast<std::uint16_t>(i)};
    std::sort(out.begin(), out.end(),
              [](const index_entry& a, const index_entry& b) { return a.hash < b.hash || (a.hash == b.hash && a.phrase < b.phrase); });
    return out;
  }();
};

// ---------------------------------------------------------------- matching

struct match {
  std::size_t end = npos;  ///< end of the longest match; npos: no phrase starts here
  std::array<std::uint16_t, max_meanings> ids{};
  std::size_t count = 0;

  template <class Pred>
  [[nodiscard]] constexpr const phrase* find(Pred pred) const noexcept {
    for (std::size_t i = 0; i < count; ++i)
      if (pred(book<>::phrases[ids[i]])) return &book<>::phrases[ids[i]];
    return nullptr;
  }
  [[nodiscard]] constexpr const phrase* find(phrase_kind k) const noexcept {
    return find([k](const phrase& p) { return p.kind == k; });
  }
  [[nodiscard]] constexpr const phrase* keyword(marking_word w) const noexcept {
    return find([w](const phrase& p) { return p.kind == phrase_kind::keyword && p.keyword == w; });
  }
};

/// Every phrase that matches the longest run of words starting with the word at `w`.
constexpr match match_at(std::string_view text, word w) noexcept {
  using B = book<>;
  match m;
  const std::uint64_t h = hash_word(text, w);
  const index_entry* it = std::lower_bound(B::index.begin(), B::index.end(), h,
                                           [](const index_entry& e, std::uint64_t v) { return e.hash < v; });
  for (; it != B::index.end() && it->hash == h; ++it) {
    const std::size_t end = match_phrase(B::phrases[it->phrase].text, text, w.begin);
    if (end == npos) continue;
    if (m.count == 0 || end > m.end) {
      m.end = end;
      m.count = 0;
    } else if (end < m.end) {
      continue;
    }
    if (m.count < max_meanings) m.ids[m.count++] = it->phrase;
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
  std::array<candidate, max_meanings> items{};
  std::size_t count = 0;

  constexpr void add(const phrase& p) noexcept {
    for (std::size_t i = 0; i < count; ++i)
      if (items[i].scheme == p.scheme && items[i].rank == p.rank) {
        items[i].categories = items[i].categories | p.categories;
        return;
      }
    if (count < items.size()) items[count++] = {p.scheme, p.rank, p.categories};
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

constexpr candidates levels_in(const match& m, phrase_kind kind, scheme_id only = scheme_id::none) noexcept {
  candidates c;
  for (std::size_t i = 0; i < m.count; ++i) {
    const phrase& p = book<>::phrases[m.ids[i]];
    if (p.kind == kind && (only == scheme_id::none || p.scheme == only)) c.add(p);
  }
  return c;
}

constexpr marking_result fail(marking_error e, std::size_t offset) noexcept { return {{}, e, offset}; }

/// "3" -> 3; -1 if the word is not a number below 100 without leading zeros.
constexpr int small_number(std::string_view s, word w) noexcept {
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

/// Reads a marking. Any bytes are accepted as input; the result is a label or an error kind with
/// the byte offset of the part at fault.
constexpr marking_result parse_marking(std::string_view text, marking_options options = {}) noexcept {
  using namespace detail::mk;
  if (text.size() > max_marking_length) return fail(marking_error::too_long, max_marking_length);
  if (const scan_result s = scan(text); s.error != marking_error::none) return fail(s.error, s.offset);

  word w = next_word(text, 0);
  if (!w.found()) return fail(marking_error::empty, 0);

  // 1. An optional prefix: a scheme code ("DEU GEHEIM") or a context ("NATO/EAPC SECRET").
  scheme_id within = options.scheme;
  const std::size_t start = w.begin;
  match m = match_at(text, w);
  const phrase* context = nullptr;
  if (const phrase* q = m.find(phrase_kind::qualifier); q && !m.find(phrase_kind::level)) {
    const word next = next_word(text, m.end);
    if (next.found()) {
      const match m2 = match_at(text, next);
      context = m2.find([q](const phrase& p) { return p.kind == phrase_kind::context && p.scheme == q->scheme; });
      if (!context && !m2.find(phrase_kind::level))  // "NATO SEKRIT": the word after the code is at fault
        return fail(marking_error::unknown_classification, next.begin);
      {
        if (within != scheme_id::none && within != q->scheme) return fail(marking_error::conflicting_parts, start);
        within = q->scheme;
        w = next;
        m = m2;
      }
    }
    if (context) {
      w = next_word(text, m.end);
      if (!w.found()) return fail(marking_error::unknown_classification, text.size());
      m = match_at(text, w);
    }
  }

  // 2. The classification, possibly repeated in a second language ("GEHEIM/SECRET").
  const std::size_t class_at = w.begin;
  candidates found = context ? levels_in(m, phrase_kind::context_level, context->scheme)
                             : levels_in(m, phrase_kind::level);
  if (found.count == 0) return fail(marking_error::unknown_classification, w.begin);
  w = next_word(text, m.end);
  while (!context && w.found()) {
    m = match_at(text, w);
    const candidates more = levels_in(m, phrase_kind::level);
    if (more.count == 0) break;
    found.keep_common(more);
    if (found.count == 0) return fail(marking_error::conflicting_parts, w.begin);
    w = next_word(text, m.end);
  }
  if (within != scheme_id::none) {
    found.keep_scheme(within);
    if (found.count == 0) return fail(marking_error::unknown_classification, class_at);
  }

  // 3. Categories, the releasability list, suffixes.
  category_set cats = found.items[0].categories;
  std::array<std::size_t, first_compartment_bit> category_at{};
  category_at.fill(class_at);
  enum class list : int { none, open, unclosed, closed };
  list state = list::none;
  std::size_t list_at = 0, listed = 0;
  party_set to{};
  for (; w.found(); w = next_word(text, m.end)) {
    m = match_at(text, w);
    if (m.count == 0) return fail(marking_error::unknown_category, w.begin);
    if (m.keyword(marking_word::releasable_to)) {
      if (state != list::none) return fail(marking_error::conflicting_parts, w.begin);
      state = list::open;
      list_at = w.begin;
    } else if (m.keyword(marking_word::only)) {
      if ((state != list::open && state != list::unclosed) || listed == 0)
        return fail(marking_error::incomplete, w.begin);
      state = list::closed;
    } else if (const phrase* p = m.find(phrase_kind::party)) {
      if (state == list::closed) return fail(marking_error::conflicting_parts, w.begin);
      if (state == list::none) {
        state = list::unclosed;
        list_at = w.begin;
      }
      to = to | p->parties;
      ++listed;
    } else if (const phrase* c = m.find(phrase_kind::category); c || m.keyword(marking_word::compartment)) {
      if (state == list::unclosed) return fail(marking_error::incomplete, list_at);
      if (state == list::open) {
        if (listed == 0) return fail(marking_error::incomplete, list_at);
        state = list::closed;
      }
      if (c) {
        cats = cats | c->categories;
        const int bit = std::countr_zero(c->categories.bits);
        if (bit < first_compartment_bit && category_at[static_cast<std::size_t>(bit)] == class_at)
          category_at[static_cast<std::size_t>(bit)] = w.begin;
      } else {
        const word number = next_word(text, m.end);
        const int n = number.found() ? small_number(text, number) : -1;
        if (n < 0 || n >= compartment_count)
          return fail(marking_error::unknown_category, number.found() ? number.begin : text.size());
        cats.insert(compartment(n));
        m.end = number.end;
      }
    } else if (m.keyword(marking_word::no_effect)) {
      continue;
    } else if (m.find(phrase_kind::level) || m.find(phrase_kind::context_level)) {
      return fail(marking_error::conflicting_parts, w.begin);
    } else {
      return fail(marking_error::unknown_category, w.begin);
    }
  }
  if (state == list::unclosed || (state == list::open && listed == 0)) return fail(marking_error::incomplete, list_at);
  if (context && state != list::none) return fail(marking_error::conflicting_parts, list_at);
  if (found.count > 1) return fail(marking_error::ambiguous, class_at);

  // 4. The label, checked like any other.
  label l{level{found.items[0].scheme, found.items[0].rank}};
  l.categories = cats;
  if (context) l.releasable_to = expand(context->parties);
  else if (state != list::none) l.releasable_to = expand(to);
  if (const decision d = validate(l); !d) {
    if (d.why == reason::category_not_allowed_at_level) {
      std::size_t at = text.size();
      for (int bit = 0; bit < first_compartment_bit; ++bit)
        if (category_set::from_bits(d.set).contains(static_cast<category>(bit)))
          at = std::min(at, category_at[static_cast<std::size_t>(bit)]);
      return fail(marking_error::category_not_allowed, at);
    }
    return fail(marking_error::unknown_category, class_at);  // not reached with the library's data
  }
  return {l, marking_error::none, 0};
}

// ---------------------------------------------------------------- writing

namespace detail::mk {

constexpr std::string_view level_text(const level_info& info, marking_form form, language lang) noexcept {
  if (form == marking_form::portion) return info.abbreviation;
  if (form == marking_form::banner)
    for (const clearance::marking& mk : info.markings)
      if (mk.lang == lang && !mk.text.empty()) return mk.text;
  return info.name;
}

constexpr std::string_view keyword_text(marking_word w, word_use use, language lang) noexcept {
  for (const keyword_info& k : marking_keywords)
    if (k.word == w && k.use == use && k.lang == lang) return k.text;
  for (const keyword_info& k : marking_keywords)
    if (k.word == w && k.use == word_use::any) return k.text;
  return {};
}

template <std::size_t N>
constexpr void append_category(fixed_text<N>& out, category c) noexcept {
  if (const category_info* info = find_category(c))
    out << info->name;
  else
    out << keyword_text(marking_word::compartment, word_use::any, language::en) << " "
        << (static_cast<int>(c) - first_compartment_bit);
}

constexpr bool national(const scheme& s) noexcept {
  const party_info* owner = find_party(s.owner);
  return owner && owner->kind == party_kind::country;
}

/// "NATO/EAPC SECRET": the context whose releasability the label has, if its level can be
/// written after it.
constexpr const marking_context* context_of(const scheme& s, const label& l, std::string_view text) noexcept {
  if (after_code(text, s.code).empty()) return nullptr;
  for (const marking_context& c : s.contexts)
    if (expand(c.releasable_to) == expand(l.releasable_to)) return &c;
  return nullptr;
}

}  // namespace detail::mk

/// Writes the marking of `l`. Writes nothing and returns false for a label that no marking can
/// express: an invalid label, or one releasable to nobody.
template <std::size_t N>
constexpr bool append_marking(fixed_text<N>& out, const label& l, marking_form form = marking_form::canonical,
                              language lang = language::en) noexcept {
  using namespace detail::mk;
  if (!is_valid(l)) return false;
  const scheme& s = *find_scheme(l.scheme);
  const level_info& info = *find_level(s, l.rank);
  const party_set to = expand(l.releasable_to);
  if (to.empty()) return false;
  const bool listed = to != owner_releasability(l.scheme);
  const std::string_view text = level_text(info, form, lang);

  if (form == marking_form::banner && !s.contexts.empty()) {
    // ADatP-4774 style: [NATO/<context>] LEVEL [categories] [Releasable to A, B] [- informative]
    const marking_context* ctx = listed ? context_of(s, l, text) : nullptr;
    if (ctx)
      out << s.code << "/" << ctx->word << " " << after_code(text, s.code);
    else
      out << text;
    bool informative = false;
    for (int bit = 0; bit < 64; ++bit) {
      const auto c = static_cast<category>(bit);
      if (!l.categories.contains(c)) continue;
      if (!restrictive_categories.contains(c)) {
        informative = true;
        continue;
      }
      out << " ";
      append_category(out, c);
    }
    if (listed && !ctx) {
      out << " " << keyword_text(marking_word::releasable_to, word_use::banner, lang) << " ";
      append_parties(out, to, lang == language::en ? party_spelling::name : party_spelling::code);
    }
    const char* sep = " - ";
    for (int bit = 0; bit < 64 && informative; ++bit) {
      const auto c = static_cast<category>(bit);
      if (!l.categories.contains(c) || restrictive_categories.contains(c)) continue;
      out << sep;
      append_category(out, c);
      sep = ", ";
    }
    return true;
  }

  // Canonical, portion, and the banners of the other schemes: LEVEL//CATEGORY//REL TO A, B
  if (form == marking_form::portion) out << "(";
  if (form == marking_form::canonical && national(s)) out << s.code << " ";
  out << text;
  for (int bit = 0; bit < 64; ++bit) {
    const auto c = static_cast<category>(bit);
    if (!l.categories.contains(c)) continue;
    out << "//";
    append_category(out, c);
  }
  if (listed) {
    out << "//" << keyword_text(marking_word::releasable_to, word_use::any, lang) << " ";
    append_parties(out, to);
  }
  if (form == marking_form::portion) out << ")";
  return true;
}

using marking_text = fixed_text<max_marking_length>;

/// The marking of `l`; empty for a label no marking can express (see append_marking).
constexpr marking_text format_marking(const label& l, marking_form form = marking_form::canonical,
                                      language lang = language::en) noexcept {
  marking_text out;
  if (!append_marking(out, l, form, lang) || out.truncated()) return {};
  return out;
}

// ---------------------------------------------------------------- compile time

/// A marking as a template argument: `parse_marking<"Stg. GEHEIM">()`.
template <std::size_t N>
struct marking_literal {
  char value[N]{};
  consteval marking_literal(const char (&s)[N]) noexcept {  // NOLINT(google-explicit-constructor)
    for (std::size_t i = 0; i < N; ++i) value[i] = s[i];
  }
  [[nodiscard]] constexpr std::string_view view() const noexcept { return {value, N - 1}; }
};

/// The compile error for a bad marking literal names this template, the error kind and the
/// literal, in one line:
///     static assertion failed due to requirement 'clearance::invalid_classification_marking<
///         clearance::marking_error::unknown_classification, literal<12>{"NATO SEKRIT"}>::valid'
template <marking_error Kind, auto Text>
struct invalid_classification_marking {
  static constexpr bool valid = Kind == marking_error::none;
};

/// The label of a marking literal, computed at compile time; a bad literal does not compile.
/// `Within` names the scheme for markings that need it ("GEHEIM" is German and Belgian).
template <marking_literal Text, scheme_id Within = scheme_id::none>
constexpr label parse_marking() noexcept {
  constexpr marking_result r = parse_marking(Text.view(), marking_options{Within});
  static_assert(invalid_classification_marking<r.error, CLEARANCE_DETAIL_LITERAL(Text)>::valid,
                "invalid_classification_marking");
  return r.value;
}

namespace literals {
/// `"NATO SECRET//ATOMAL"_marking`: the label, at compile time; a bad literal does not compile.
/// (It checks the literal itself rather than calling parse_marking<Text>(): one frame less in
/// the error's notes.)
template <marking_literal Text>
constexpr label operator""_marking() noexcept {
  constexpr marking_result r = parse_marking(Text.view());
  static_assert(invalid_classification_marking<r.error, CLEARANCE_DETAIL_LITERAL(Text)>::valid,
                "invalid_classification_marking");
  return r.value;
}
}  // namespace literals

}  // namespace clearance
