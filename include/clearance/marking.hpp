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
// slashes, hyphens, dashes, commas, colons, parentheses and exclamation marks (Hungarian
// "Titkos!") only separate words. A text that could be two levels ("GEHEIM": Germany or
// Belgium) is refused as ambiguous unless the scheme is named (options, or a leading scheme
// code: "DEU GEHEIM").
//
// Never allocates, never throws, never reads outside the text; inputs longer than
// max_marking_length bytes are refused as too long.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "data/marking_words.hpp"
#include "diagnostics.hpp"
#include "label.hpp"
#include "names.hpp"
#include "quiet_shadow.hpp"
#include "text.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

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

/// What a phrase of the marking vocabulary stands for.
enum class marking_phrase_kind : int {
  level,          ///< a classification: "NATO SECRET", "Stg. GEHEIM", "CTSA"
  context_level,  ///< a level as written after a context: "SECRET" in "NATO/EAPC SECRET"
  context,        ///< a context word after the scheme's code: "EAPC"
  qualifier,      ///< a scheme's code written before the level: "DEU" in "DEU GEHEIM"
  category,       ///< a category name: "ATOMAL"
  party,          ///< a party code or name: "NLD", "Netherlands"
  keyword,        ///< "REL TO", "ONLY", "COMPARTMENT", ...
};

/// One phrase the reader knows, with what it stands for. The vocabulary is built from the data
/// headers; see marking_vocabulary().
struct marking_phrase {
  std::string_view text{};
  marking_phrase_kind kind{};
  scheme_id scheme = scheme_id::none;  ///< level, context_level, context, qualifier
  int rank = 0;                        ///< level, context_level
  category_set categories{};           ///< level (carried categories), category
  party_set parties{};                 ///< party, context
  marking_word keyword{};              ///< keyword
};

namespace detail::mk {

inline constexpr std::size_t npos = static_cast<std::size_t>(-1);

// ---------------------------------------------------------------- characters

constexpr unsigned byte_at(std::string_view s, std::size_t i) noexcept { return static_cast<unsigned char>(s[i]); }

enum class char_class : int { word, separator, unexpected };

constexpr char_class classify(char32_t c) noexcept {
  if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return char_class::word;
  switch (c) {
    case ' ': case '\t': case '.': case '/': case '-': case ',': case '(': case ')': case ':': case '!':
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

/// ASCII in one look-up: a word character's folded byte ('0'-'9', 'A'-'Z'), or one of these two.
/// (Plain arrays here and below: at compile time, every std::array::operator[] is a call.)
inline constexpr std::uint8_t ascii_separator = 0, ascii_unexpected = 1;
struct ascii_table {
  std::uint8_t fold[128];
};
inline constexpr ascii_table ascii = [] {
  ascii_table out{};
  for (char32_t c = 0; c < 128; ++c) {
    const char_class k = classify(c);
    out.fold[c] = k == char_class::separator    ? ascii_separator
                  : k == char_class::unexpected ? ascii_unexpected
                                                : static_cast<std::uint8_t>(c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c);
  }
  return out;
}();

/// The base letters of U+00C0..U+00FF (upper and lower case): accents are dropped.
inline constexpr std::string_view latin1_fold[64] = {
    "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",  // C0-CF
    "D", "N", "O", "O", "O", "O", "O", "",  "O", "U", "U", "U", "U", "Y", "TH", "SS", // D0-DF
    "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",  // E0-EF
    "D", "N", "O", "O", "O", "O", "O", "",  "O", "U", "U", "U", "U", "Y", "TH", "Y",  // F0-FF
};

/// The base letters of U+0100..U+017F (Latin Extended-A: Czech, Polish, Baltic, Maltese, ...).
inline constexpr std::string_view latin_a_fold[128] = {
    "A", "A", "A", "A", "A", "A", "C", "C", "C", "C", "C", "C", "C", "C", "D", "D",   // 0100-010F
    "D", "D", "E", "E", "E", "E", "E", "E", "E", "E", "E", "E", "G", "G", "G", "G",   // 0110-011F
    "G", "G", "G", "G", "H", "H", "H", "H", "I", "I", "I", "I", "I", "I", "I", "I",   // 0120-012F
    "I", "I", "IJ", "IJ", "J", "J", "K", "K", "K", "L", "L", "L", "L", "L", "L", "L", // 0130-013F
    "L", "L", "L", "N", "N", "N", "N", "N", "N", "N", "N", "N", "O", "O", "O", "O",   // 0140-014F
    "O", "O", "OE", "OE", "R", "R", "R", "R", "R", "R", "S", "S", "S", "S", "S", "S", // 0150-015F
    "S", "S", "T", "T", "T", "T", "T", "T", "U", "U", "U", "U", "U", "U", "U", "U",   // 0160-016F
    "U", "U", "U", "U", "W", "W", "Y", "Y", "Y", "Z", "Z", "Z", "Z", "Z", "Z", "S",   // 0170-017F
};

/// The upper-case form of a Cyrillic letter; 0 for any other code point.
constexpr char32_t cyrillic_upper(char32_t c) noexcept {
  if (c >= 0x400 && c <= 0x42F) return c;
  if (c >= 0x430 && c <= 0x44F) return c - 0x20;  // а..я
  if (c >= 0x450 && c <= 0x45F) return c - 0x50;  // ѐ..џ
  return 0;
}

/// The upper-case Greek letter U+0391..U+03A9 of a Greek letter, without its tonos or
/// dialytika (final sigma is sigma); 0 for any other code point.
constexpr char32_t greek_upper(char32_t c) noexcept {
  switch (c) {
    case 0x386: case 0x3AC: return 0x391;                      // Ά ά: Α
    case 0x388: case 0x3AD: return 0x395;                      // Έ έ: Ε
    case 0x389: case 0x3AE: return 0x397;                      // Ή ή: Η
    case 0x38A: case 0x3AA: case 0x3AF: case 0x3CA: case 0x390: return 0x399;  // Ί Ϊ ί ϊ ΐ: Ι
    case 0x38C: case 0x3CC: return 0x39F;                      // Ό ό: Ο
    case 0x38E: case 0x3AB: case 0x3CD: case 0x3CB: case 0x3B0: return 0x3A5;  // Ύ Ϋ ύ ϋ ΰ: Υ
    case 0x38F: case 0x3CE: return 0x3A9;                      // Ώ ώ: Ω
    case 0x3C2: return 0x3A3;                                  // ς: Σ
    default: break;
  }
  if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) return c;
  if (c >= 0x3B1 && c <= 0x3C9) return c - 0x20;  // α..ω
  return 0;
}

/// The UTF-8 bytes of the letters First..First+Count-1, two per letter: where folded letters point.
template <char32_t First, std::size_t Count>
struct two_byte_letters {
  char bytes[2 * Count];
  static constexpr two_byte_letters make() noexcept {
    two_byte_letters out{};
    for (std::size_t k = 0; k < Count; ++k) {
      const char32_t c = First + static_cast<char32_t>(k);
      out.bytes[2 * k] = static_cast<char>(0xC0u | (c >> 6));
      out.bytes[2 * k + 1] = static_cast<char>(0x80u | (c & 0x3Fu));
    }
    return out;
  }
  constexpr std::string_view of(char32_t c) const noexcept { return {bytes + 2 * (c - First), 2}; }
};
inline constexpr auto cyrillic_utf8 = two_byte_letters<0x400, 0x30>::make();
inline constexpr auto greek_utf8 = two_byte_letters<0x391, 0x19>::make();

/// The folded bytes of the non-ASCII letter `c` at `i`: a Latin letter without its accent, a
/// Cyrillic or Greek letter in upper case (Greek also without its accent), a letter of another
/// script as it is. Scripts are never merged: Greek Α is not Latin A.
constexpr std::string_view fold_wide(std::string_view s, std::size_t i, code_point c) noexcept {
  if (c.value >= 0xC0 && c.value <= 0xFF) return latin1_fold[c.value - 0xC0];
  if (c.value >= 0x100 && c.value <= 0x17F) return latin_a_fold[c.value - 0x100];
  if (c.value >= 0x218 && c.value <= 0x21B) return c.value < 0x21A ? "S" : "T";  // Romanian Ș ș Ț ț
  if (const char32_t upper = cyrillic_upper(c.value)) return cyrillic_utf8.of(upper);
  if (const char32_t upper = greek_upper(c.value)) return greek_utf8.of(upper);
  return s.substr(i, c.size);
}

/// A word's hash: 32-bit FNV-1a over its folded bytes (the ASCII loop below writes the step out).
/// 32 bits, because clang's evaluator multiplies 64-bit values several times slower; a hash only
/// picks the slot, the word is then compared.
inline constexpr std::uint32_t hash_basis = 2166136261u, hash_prime = 16777619u;
constexpr std::uint32_t mix(std::uint32_t h, unsigned byte) noexcept { return (h ^ byte) * hash_prime; }

/// One word of a text: its bytes [begin, end), the hash of its folded form, and whether it is
/// plain ASCII (then its folded form has one byte per byte).
struct word {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::uint32_t hash = hash_basis;
  bool ascii = true;
};

struct scan_result {
  marking_error error = marking_error::none;
  std::size_t offset = 0;
};

/// Reads the words of `s` in one pass and calls on_word(word) for each. Stops at the first byte
/// that is not valid UTF-8 or a character that is neither a word character nor a separator.
template <class F>
constexpr scan_result for_each_word(std::string_view s, F&& on_word) noexcept {
  const char* p = s.data();
  word w;
  bool in_word = false;
  const std::size_t n = s.size();
  for (std::size_t i = 0; i < n;) {
    std::size_t size = 1;
    const unsigned b = static_cast<unsigned char>(p[i]);
    if (b < 0x80) {  // the common case: one look-up per byte, no call
      const std::uint8_t f = ascii.fold[b];
      if (f > ascii_unexpected) {
        if (!in_word) {
          w = {i, i, hash_basis, true};
          in_word = true;
        }
        w.hash = (w.hash ^ f) * hash_prime;
        ++i;
        continue;
      }
      if (f == ascii_unexpected) return {marking_error::unexpected_character, i};
    } else {
      const code_point c = decode_utf8(s, i);
      if (c.size == 0) return {marking_error::invalid_utf8, i};
      const char_class k = classify(c.value);
      if (k == char_class::unexpected) return {marking_error::unexpected_character, i};
      size = c.size;
      if (k == char_class::word) {
        if (!in_word) {
          w = {i, i, hash_basis, true};
          in_word = true;
        }
        for (const char x : fold_wide(s, i, c)) w.hash = mix(w.hash, static_cast<unsigned char>(x));
        w.ascii = false;
        i += size;
        continue;
      }
    }
    if (in_word) {  // a separator ends the word
      w.end = i;
      on_word(w);
      in_word = false;
    }
    i += size;
  }
  if (in_word) {
    w.end = n;
    on_word(w);
  }
  return {};
}

/// Calls f(byte) for each folded byte of word `w` of `s`; stops early when f returns false.
/// Returns whether it went through the whole word.
template <class F>
constexpr bool for_each_folded(std::string_view s, const word& w, F&& f) noexcept {
  for (std::size_t i = w.begin; i < w.end;) {
    const unsigned b = byte_at(s, i);
    if (b < 0x80) {
      if (!f(static_cast<unsigned>(ascii.fold[b]))) return false;
      ++i;
      continue;
    }
    const code_point c = decode_utf8(s, i);
    if (c.size == 0) return false;  // not reached: words are valid UTF-8
    for (const char x : fold_wide(s, i, c))
      if (!f(static_cast<unsigned>(static_cast<unsigned char>(x)))) return false;
    i += c.size;
  }
  return true;
}

/// Whether word `w` of `s` folds to exactly the `length` bytes at `folded`.
constexpr bool folds_to(std::string_view s, const word& w, const char* folded, std::size_t length) noexcept {
  if (w.ascii) {  // the common case, without calls
    if (w.end - w.begin != length) return false;
    const char* p = s.data() + w.begin;
    for (std::size_t i = 0; i < length; ++i)
      if (ascii.fold[static_cast<unsigned char>(p[i])] != static_cast<unsigned char>(folded[i])) return false;
    return true;
  }
  std::size_t k = 0;
  return for_each_folded(s, w, [&](unsigned b) { return k < length && static_cast<unsigned char>(folded[k++]) == b; }) &&
         k == length;
}

// ---------------------------------------------------------------- the vocabulary

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
  using k = marking_phrase_kind;
  for (const scheme* s : known_schemes) {
    f(marking_phrase{.text = s->code, .kind = k::qualifier, .scheme = s->id});
    for (const level_info& info : s->levels) {
      for_each_text(info, [&](std::string_view t) {
        f(marking_phrase{.text = t, .kind = k::level, .scheme = s->id, .rank = info.rank});
        if (!s->contexts.empty())
          if (const std::string_view rest = after_code(t, s->code); !rest.empty())
            f(marking_phrase{.text = rest, .kind = k::context_level, .scheme = s->id, .rank = info.rank});
      });
    }
    for (const clearance::spelling& sp : s->spellings)
      f(marking_phrase{.text = sp.text, .kind = k::level, .scheme = s->id, .rank = sp.rank, .categories = sp.categories});
    for (const marking_context& c : s->contexts)
      f(marking_phrase{.text = c.word, .kind = k::context, .scheme = s->id, .parties = c.releasable_to});
  }
  for (const category_info& c : categories)
    f(marking_phrase{.text = c.name, .kind = k::category, .categories = category_set{c.id}});
  for (const party_info& p : parties) {
    if (p.id == party::none) continue;
    f(marking_phrase{.text = p.code, .kind = k::party, .parties = party_set{p.id}});
    if (p.name != p.code) f(marking_phrase{.text = p.name, .kind = k::party, .parties = party_set{p.id}});
  }
  for (const keyword_info& w : marking_keywords)
    f(marking_phrase{.text = w.text, .kind = k::keyword, .keyword = w.word});
}

/// A phrase as the reader matches it: the ids of its words.
inline constexpr std::size_t max_phrase_words = 6;
/// Sorts `v[0, n)` by `less`, a strict order, in place and in O(n log n): a heap sort, which
/// spares every file that includes the library the cost of <algorithm>.
template <class T, std::size_t N, class Less>
constexpr void heap_sort(std::array<T, N>& v, std::size_t n, Less less) noexcept {
  const auto sift_down = [&](std::size_t root, std::size_t end) {
    for (std::size_t child = 2 * root + 1; child < end; root = child, child = 2 * root + 1) {
      if (child + 1 < end && less(v[child], v[child + 1])) ++child;
      if (!less(v[root], v[child])) return;
      const T top = v[root];
      v[root] = v[child];
      v[child] = top;
    }
  };
  for (std::size_t i = n / 2; i-- > 0;) sift_down(i, n);
  for (std::size_t end = n; end-- > 1;) {
    const T top = v[0];
    v[0] = v[end];
    v[end] = top;
    sift_down(0, end);
  }
}

struct phrase_words {
  std::uint16_t ids[max_phrase_words]{};
  std::size_t count = 0;
  friend constexpr bool operator==(const phrase_words&, const phrase_words&) noexcept = default;
};

inline constexpr std::uint16_t no_word = 0xFFFF;

/// A distinct folded word of the vocabulary: its bytes in `book::chars` and its hash.
struct word_entry {
  std::size_t offset = 0;
  std::size_t length = 0;
  std::uint32_t hash = 0;
};

struct vocabulary_size {
  std::size_t phrases = 0;
  std::size_t words = 0;  ///< word occurrences: at least the number of distinct words
  std::size_t chars = 0;  ///< their folded bytes
};

constexpr vocabulary_size measure_vocabulary() noexcept {
  vocabulary_size n;
  for_each_phrase([&](const marking_phrase& p) {
    ++n.phrases;
    for_each_word(p.text, [&](const word& w) {
      ++n.words;
      for_each_folded(p.text, w, [&](unsigned) {
        ++n.chars;
        return true;
      });
    });
  });
  return n;
}

/// Phrases with the same words: every meaning of the longest match. More would be lost, so the
/// vocabulary is checked not to have them.
inline constexpr std::size_t max_meanings = 8;

/// The vocabulary, built at compile time once per translation unit (about 0.1 s of clang's time):
/// - `chars`, `words`, `slots`: each distinct folded word once, in an open-addressing hash table;
/// - `phrases`, `phrase_ids`: the phrases, sorted by their word ids, so that phrases with the same
///   words are neighbours and `starts[w]` is the first phrase whose first word is `w`.
/// (A class template only so that `data` is evaluated once the member functions of `tables` are
/// defined: in a plain class they would not be yet.)
template <int = 0>
struct book {
  static constexpr vocabulary_size size = measure_vocabulary();
  static constexpr std::size_t slot_count = std::bit_ceil(2 * size.words);

  struct tables {
    char chars[size.chars]{};
    word_entry words[size.words]{};
    std::size_t word_count = 0;
    std::uint16_t slots[slot_count]{};
    marking_phrase phrases[size.phrases]{};
    phrase_words phrase_ids[size.phrases]{};
    std::uint16_t starts[size.words + 1]{};

    /// The id of word `w` of `s`, or no_word.
    [[nodiscard]] constexpr std::uint16_t find(std::string_view s, const word& w) const noexcept {
      for (std::size_t slot = w.hash & (slot_count - 1);; slot = (slot + 1) & (slot_count - 1)) {
        const std::uint16_t id = slots[slot];
        if (id == no_word) return no_word;
        const word_entry& e = words[id];
        if (e.hash == w.hash && folds_to(s, w, chars + e.offset, e.length)) return id;
      }
    }

    constexpr std::uint16_t add(std::string_view s, const word& w) noexcept {
      if (const std::uint16_t id = find(s, w); id != no_word) return id;
      const auto id = static_cast<std::uint16_t>(word_count);
      word_entry& e = words[id];
      e = {chars_used(), 0, w.hash};
      ++word_count;
      for_each_folded(s, w, [&](unsigned b) {
        chars[e.offset + e.length++] = static_cast<char>(b);
        return true;
      });
      std::size_t slot = w.hash & (slot_count - 1);
      while (slots[slot] != no_word) slot = (slot + 1) & (slot_count - 1);
      slots[slot] = id;
      return id;
    }

    [[nodiscard]] constexpr std::size_t chars_used() const noexcept {
      return word_count == 0 ? 0 : words[word_count - 1].offset + words[word_count - 1].length;
    }
  };

  static constexpr tables data = [] {
    tables t;
    for (std::uint16_t& slot : t.slots) slot = no_word;
    std::array<marking_phrase, size.phrases> in{};
    std::array<phrase_words, size.phrases> in_ids{};
    std::size_t n = 0;
    for_each_phrase([&](const marking_phrase& p) {
      in[n] = p;
      for_each_word(p.text, [&](const word& w) {
        if (in_ids[n].count < max_phrase_words) in_ids[n].ids[in_ids[n].count] = t.add(p.text, w);
        ++in_ids[n].count;
      });
      ++n;
    });
    // Sort by word ids (shorter first among equal prefixes), keeping the data's order otherwise.
    std::array<std::size_t, size.phrases> order{};
    for (std::size_t i = 0; i < n; ++i) order[i] = i;
    heap_sort(order, n, [&](std::size_t a, std::size_t b) {
      const phrase_words &x = in_ids[a], &y = in_ids[b];
      if (x == y) return a < b;
      const std::size_t xn = x.count < max_phrase_words ? x.count : max_phrase_words;
      const std::size_t yn = y.count < max_phrase_words ? y.count : max_phrase_words;
      for (std::size_t k = 0; k < xn && k < yn; ++k)
        if (x.ids[k] != y.ids[k]) return x.ids[k] < y.ids[k];
      return xn < yn;
    });
    for (std::size_t i = 0; i < n; ++i) {
      t.phrases[i] = in[order[i]];
      t.phrase_ids[i] = in_ids[order[i]];
    }
    std::size_t next = 0;
    for (std::size_t w = 0; w <= size.words; ++w) {
      while (next < n && t.phrase_ids[next].ids[0] < w) ++next;
      t.starts[w] = static_cast<std::uint16_t>(next);
    }
    return t;
  }();

  // The checks that keep the reader exact.
  static_assert([] {
    bool readable = true;
    for_each_phrase([&](const marking_phrase& p) {
      readable = readable && for_each_word(p.text, [](const word&) {}).error == marking_error::none;
    });
    return readable;
  }(), "marking vocabulary: every phrase must be valid UTF-8 of word characters and separators");
  static_assert(size.words < no_word, "marking vocabulary: too many words for 16-bit ids");
  static_assert([] {
    for (const phrase_words& p : data.phrase_ids)
      if (p.count == 0 || p.count > max_phrase_words) return false;
    return true;
  }(), "marking vocabulary: every phrase has 1 to max_phrase_words words");
  static_assert([] {
    std::size_t same = 1;
    for (std::size_t i = 1; i < size.phrases; ++i) {
      same = data.phrase_ids[i] == data.phrase_ids[i - 1] ? same + 1 : 1;
      if (same > max_meanings) return false;
    }
    return true;
  }(), "marking vocabulary: more than max_meanings phrases with the same words");
};

// ---------------------------------------------------------------- matching

/// The words of a text, each with its vocabulary id (or no_word). Up to one word per two bytes.
inline constexpr std::size_t max_words = max_marking_length / 2 + 1;

struct token {  // no initialisers: the list below is filled, never cleared
  std::uint16_t begin;
  std::uint16_t end;
  std::uint16_t id;
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

/// Splits `s` (at most max_marking_length bytes) into words and looks each up.
template <int V>
constexpr scan_result tokenize(std::string_view s, token_list& out) noexcept {
  out.count = 0;
  out.text_size = s.size();
  return for_each_word(s, [&](const word& w) {
    out.items[out.count++] = {static_cast<std::uint16_t>(w.begin), static_cast<std::uint16_t>(w.end),
                              book<V>::data.find(s, w)};
  });
}

/// The longest run of words starting at word `at` that is a phrase, and its meanings: the
/// phrases [first, last) of the book, which all have those words.
struct match {
  const marking_phrase* phrases = nullptr;  ///< the book's phrases
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

template <int V>
constexpr match match_at(const token_list& t, std::size_t at) noexcept {
  const auto& b = book<V>::data;
  match m{b.phrases, at, at, 0, 0, 0, 0};
  const std::uint16_t id = t.items[at].id;
  if (id == no_word) return m;
  for (std::size_t i = b.starts[id]; i < b.starts[id + 1u]; ++i) {
    const phrase_words& p = b.phrase_ids[i];
    if (at + p.count > t.count || at + p.count < m.end) continue;
    bool same = true;
    for (std::size_t j = 1; j < p.count && same; ++j) same = t.items[at + j].id == p.ids[j];
    if (!same) continue;
    if (at + p.count > m.end) m = {b.phrases, at, at + p.count, i, i, 0, 0};
    if (m.last == i) ++m.last;  // phrases with the same words are neighbours
  }
  for (std::size_t i = m.first; i < m.last; ++i) {
    const marking_phrase& p = b.phrases[i];
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

/// Every phrase the reader knows, built from the data headers, in no particular order.
/// (`V` only defers building the vocabulary to the translation units that read or write markings.)
template <int V = 0>
constexpr std::span<const marking_phrase> marking_vocabulary() noexcept { return detail::mk::book<V>::data.phrases; }

/// Reads a marking. Any bytes are accepted as input; the result is a label or an error kind with
/// the byte offset of the part at fault. (`V`: see marking_vocabulary.)
template <int V = 0>
constexpr marking_result parse_marking(std::string_view text, marking_options options = {}) noexcept {
  using namespace detail::mk;
  using kind = marking_phrase_kind;
  if (text.size() > max_marking_length) return fail(marking_error::too_long, max_marking_length);
  token_list t;
  if (const scan_result s = tokenize<V>(text, t); s.error != marking_error::none) return fail(s.error, s.offset);
  if (t.count == 0) return fail(marking_error::empty, 0);

  // 1. An optional prefix: a scheme code ("DEU GEHEIM") or a context ("NATO/EAPC SECRET").
  scheme_id within = options.scheme;
  std::size_t k = 0;  // the word being read
  match m = match_at<V>(t, k);
  found<marking_phrase> context{};
  if (const found<marking_phrase> q = m.find(kind::qualifier); q && !m.has(kind::level) && m.end < t.count) {
    const match next = match_at<V>(t, m.end);
    context = next.find([q](const marking_phrase& p) { return p.kind == kind::context && p.scheme == q->scheme; });
    if (!context && !next.has(kind::level))  // "NATO SEKRIT": the word after the code is at fault
      return fail(marking_error::unknown_classification, t.offset(next.at));
    if (within != scheme_id::none && within != q->scheme) return fail(marking_error::conflicting_parts, t.offset(0));
    within = q->scheme;
    m = next;
    if (context) {
      if (m.end >= t.count) return fail(marking_error::unknown_classification, text.size());
      m = match_at<V>(t, m.end);
    }
  }

  // 2. The classification, possibly repeated in a second language ("GEHEIM/SECRET").
  const std::size_t class_at = t.offset(m.at);
  candidates found = context ? levels_in(m, kind::context_level, context->scheme) : levels_in(m, kind::level);
  if (found.count == 0) return fail(marking_error::unknown_classification, class_at);
  for (k = m.end; !context && k < t.count; k = m.end) {
    m = match_at<V>(t, k);
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
  std::size_t category_at[first_compartment_bit]{};
  enum class list : int { none, open, unclosed, closed };
  list state = list::none;
  std::size_t list_at = 0, listed = 0;
  party_set to{};
  for (; k < t.count; k = m.end) {
    if (m.at != k) m = match_at<V>(t, k);
    const std::size_t at = t.offset(k);
    if (!m.found()) return fail(marking_error::unknown_category, at);
    if (m.keyword(marking_word::releasable_to)) {
      if (state != list::none) return fail(marking_error::conflicting_parts, at);
      state = list::open;
      list_at = at;
    } else if (m.keyword(marking_word::only)) {
      if ((state != list::open && state != list::unclosed) || listed == 0) return fail(marking_error::incomplete, at);
      state = list::closed;
    } else if (const clearance::found<marking_phrase> p = m.find(kind::party)) {
      if (state == list::closed) return fail(marking_error::conflicting_parts, at);
      if (state == list::none) {
        state = list::unclosed;
        list_at = at;
      }
      to = to | p->parties;
      ++listed;
    } else if (const clearance::found<marking_phrase> c = m.find(kind::category); c || m.keyword(marking_word::compartment)) {
      if (state == list::unclosed) return fail(marking_error::incomplete, list_at);
      if (state == list::open) {
        if (listed == 0) return fail(marking_error::incomplete, list_at);
        state = list::closed;
      }
      if (c) {
        const int bit = std::countr_zero(c->categories.bits);
        if (bit < first_compartment_bit && !written.includes(c->categories))
          category_at[static_cast<std::size_t>(bit)] = at;
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
        if (category_set::from_bits(d.set).contains(static_cast<category>(bit))) {
          const bool in_text = written.contains(static_cast<category>(bit));
          const std::size_t here = in_text ? category_at[static_cast<std::size_t>(bit)] : class_at;
          if (here < at) at = here;
        }
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
  if (const found<category_info> info = find_category(c))
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

/// Whether `text` alone reads as the level of `l`: a portion marking that would be ambiguous
/// ("(Tajné)": Czech, Slovak or Polish) is written with its scheme's code instead.
template <int V>
constexpr bool reads_as(std::string_view text, const label& l) noexcept {
  const marking_result r = parse_marking<V>(text);
  return r.ok() && level_of(r.value) == level_of(l);
}

}  // namespace detail::mk

/// Writes the marking of `l`. Writes nothing and returns false for a label that no marking can
/// express: an invalid label, or one releasable to nobody. (`V`: see marking_vocabulary.)
template <std::size_t N, int V = 0>
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
    const found<marking_context> ctx = listed ? context_of(s, l, text) : found<marking_context>{};
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
  if (national(s) && (form == marking_form::canonical || (form == marking_form::portion && !reads_as<V>(text, l))))
    out << s.code << " ";
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
template <int V = 0>
constexpr marking_text format_marking(const label& l, marking_form form = marking_form::canonical,
                                      language lang = language::en) noexcept {
  marking_text out;
  if (!append_marking<max_marking_length, V>(out, l, form, lang) || out.truncated()) return {};
  return out;
}

// ---------------------------------------------------------------- compile time

/// A marking as a template argument: `parse_marking<"Stg. GEHEIM">()`.
template <std::size_t N>
struct marking_literal {
  char value[N]{};
  consteval marking_literal(const char (&s)[N]) noexcept {  // NOLINT(google-explicit-constructor)
#if defined(__clang__)
    __builtin_memcpy(value, s, N);  // one step for clang's evaluator, instead of N
#else
    for (std::size_t i = 0; i < N; ++i) value[i] = s[i];
#endif
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

CLEARANCE_DETAIL_QUIET_SHADOW_END
