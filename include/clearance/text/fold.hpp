// SPDX-License-Identifier: MIT
//
// Markings, stage 1: characters and words. A marking is read as words, compared without case and
// accents ("TRES" = "TRÈS", "fur" = "FÜR"); spaces, dots, slashes, hyphens, dashes, commas, colons,
// parentheses and exclamation marks only separate words. The reader (parse.hpp) looks words up in
// its vocabulary (vocabulary.hpp); the writer (format.hpp) compares a level's texts with these
// functions alone, so that writing a marking never builds the reader's vocabulary.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../core/quiet_shadow.hpp"
#include "../core/scheme.hpp"
#include "../core/text.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0 {

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
  party_not_allowed,       ///< a party the level may not be released to (scheme::release_ceilings)
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
    case marking_error::party_not_allowed: return "party not allowed at this level";
  }
  return "unknown marking error";
}

namespace detail::mk {

// ---------------------------------------------------------------- characters

constexpr unsigned byte_at(std::string_view s, std::size_t i) noexcept { return static_cast<unsigned char>(s[i]); }

enum class char_class : int { word, separator, unexpected };

constexpr char_class classify(char32_t c) noexcept {
  if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return char_class::word;
  switch (c) {
      // clang-format off: a table, laid out by hand
    case ' ': case '\t': case '.': case '/': case '-': case ',': case '(': case ')': case ':': case '!': case '\'':
    case 0x00A0:                    // no-break space
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:  // dashes
    case 0x2019:                    // right single quotation mark (typographic apostrophe)
    case 0x2212:                    // minus sign
      // clang-format on
      return char_class::separator;
    default: break;
  }
  if (c < 0xC0) return char_class::unexpected;                    // controls, other punctuation, Latin-1 signs
  if (c == 0xD7 || c == 0xF7) return char_class::unexpected;      // × ÷
  if (c >= 0x2000 && c <= 0x2BFF) return char_class::unexpected;  // punctuation, symbols, arrows
  return char_class::word;                                        // Latin-1 letters and the letters of other scripts
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
// clang-format off: a table, laid out by hand
inline constexpr std::string_view latin1_fold[64] = {
    "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",  // C0-CF
    "D", "N", "O", "O", "O", "O", "O", "",  "O", "U", "U", "U", "U", "Y", "TH", "SS", // D0-DF
    "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",  // E0-EF
    "D", "N", "O", "O", "O", "O", "O", "",  "O", "U", "U", "U", "U", "Y", "TH", "Y",  // F0-FF
};
// clang-format on

/// The base letters of U+0100..U+017F (Latin Extended-A: Czech, Polish, Baltic, Maltese, ...).
// clang-format off: a table, laid out by hand
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
// clang-format on

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
    case 0x386:
    case 0x3AC: return 0x391;  // Ά ά: Α
    case 0x388:
    case 0x3AD: return 0x395;  // Έ έ: Ε
    case 0x389:
    case 0x3AE: return 0x397;  // Ή ή: Η
    case 0x38A:
    case 0x3AA:
    case 0x3AF:
    case 0x3CA:
    case 0x390: return 0x399;  // Ί Ϊ ί ϊ ΐ: Ι
    case 0x38C:
    case 0x3CC: return 0x39F;  // Ό ό: Ο
    case 0x38E:
    case 0x3AB:
    case 0x3CD:
    case 0x3CB:
    case 0x3B0: return 0x3A5;  // Ύ Ϋ ύ ϋ ΰ: Υ
    case 0x38F:
    case 0x3CE: return 0x3A9;  // Ώ ώ: Ω
    case 0x3C2: return 0x3A3;  // ς: Σ
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
  const auto next_matches = [&](unsigned b) {
    if (k == length) return false;
    const auto expected = static_cast<unsigned char>(folded[k]);
    ++k;
    return expected == b;
  };
  return for_each_folded(s, w, next_matches) && k == length;
}

// ---------------------------------------------------------------- comparing texts

/// The folded words of a text, one byte at a time, each word followed by a 0 (no folded byte is
/// 0): two texts are the same words exactly when they read the same. Reads like for_each_word,
/// but by pulling, so that a comparison stops at the first difference.
struct folded_reader {
  static constexpr int end = -1;         ///< after the last word
  static constexpr int unreadable = -2;  ///< a byte that is not UTF-8, or an unexpected character

  // Plain pointers, not string_views: at compile time, every member call is a step.
  const char* text;
  std::size_t size;
  std::size_t i = 0;
  const char* pending = nullptr;  ///< the rest of the folded form of the last character read
  std::size_t pending_size = 0;
  bool in_word = false;

  constexpr explicit folded_reader(std::string_view s) noexcept : text(s.data()), size(s.size()) {}

  /// The next folded byte, 0 at the end of a word, or end or unreadable.
  constexpr int next() noexcept {
    if (pending_size != 0) {
      --pending_size;
      return static_cast<unsigned char>(*pending++);
    }
    while (i < size) {
      const unsigned b = static_cast<unsigned char>(text[i]);
      if (b < 0x80) {  // the common case: one look-up, no call
        const std::uint8_t f = ascii.fold[b];
        if (f == ascii_unexpected) return unreadable;
        ++i;
        if (f > ascii_unexpected) {
          in_word = true;
          return f;
        }
      } else {
        const std::string_view s{text, size};
        const code_point c = decode_utf8(s, i);
        if (c.size == 0) return unreadable;
        const char_class k = classify(c.value);
        if (k == char_class::unexpected) return unreadable;
        if (k == char_class::word) {
          const std::string_view folded = fold_wide(s, i, c);  // never empty for a word character
          i += c.size;
          in_word = true;
          pending = folded.data() + 1;
          pending_size = folded.size() - 1;
          return static_cast<unsigned char>(folded[0]);
        }
        i += c.size;
      }
      if (in_word) {  // a separator ends the word
        in_word = false;
        return 0;
      }
    }
    if (in_word) {
      in_word = false;
      return 0;
    }
    return end;
  }
};

/// Whether `a` and `b` read as the same words once folded ("Tajné" and "TAJNE", "Dep.V." and
/// "DEP V"); never for a text that does not read as words (see for_each_word).
constexpr bool same_words(std::string_view a, std::string_view b) noexcept {
  folded_reader x{a}, y{b};
  for (;;) {
    const int p = x.next();
    if (p != y.next() || p == folded_reader::unreadable) return false;
    if (p == folded_reader::end) return true;
  }
}

// ---------------------------------------------------------------- the texts of the data

/// The texts of a level: name, ASCII spelling, abbreviation, language markings; some may be empty,
/// some alike. (The writer reads them all without for_each_text's checks for the same text twice.)
struct level_texts {
  static constexpr std::size_t count = 5;
  std::string_view items[count];
  constexpr explicit level_texts(const level_info& info) noexcept
      : items{info.name, info.ascii, info.abbreviation, info.markings[0].text, info.markings[1].text} {}
};

/// The texts of a level, each once: name, ASCII spelling, abbreviation, language markings.
template <class F>
constexpr void for_each_text(const level_info& info, F&& f) {
  const level_texts all{info};
  const std::string_view* const texts = all.items;
  for (std::size_t i = 0; i < level_texts::count; ++i) {
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

}  // namespace detail::mk

}  // namespace clearance::inline v0

CLEARANCE_DETAIL_QUIET_SHADOW_END
