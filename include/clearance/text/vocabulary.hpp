// SPDX-License-Identifier: MIT
//
// Markings, stage 2: the vocabulary, every phrase a reader of markings knows and what it stands
// for, built at compile time from a registry. The data is the vocabulary: every level's name,
// ASCII spelling, abbreviation and language markings and its scheme's code, further spellings and
// contexts (data/<scheme>.hpp), the category names (categories.hpp), party codes and English and
// French names (parties.hpp) and the keywords (data/marking_words.hpp).
//
//     constexpr const clearance::vocabulary& words = clearance::vocabulary_of<acme::schemes>;
//
// Building it is the costly part of reading markings (a fraction of a second of the compiler's
// time for the 34 built-in schemes), so it is built only where vocabulary_of<R> is named, once
// per translation unit and registry; writing markings (format.hpp) does not need it. The built-in
// schemes' vocabulary is built once, by tools/clearance_vocabulary.cpp, and read from
// builtin_vocabulary.hpp: the `_marking` literal and parse_marking(text) use it.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../core/categories.hpp"
#include "../data/marking_words.hpp"
#include "../core/parties.hpp"
#include "../core/quiet_shadow.hpp"
#include "../core/registry.hpp"
#include "../core/slice.hpp"
#include "../core/sort.hpp"
#include "fold.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0 {

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
/// headers; see vocabulary::phrases().
struct marking_phrase {
  std::string_view text{};
  marking_phrase_kind kind{};
  scheme_id scheme = scheme_id::none;  ///< level, context_level, context, qualifier; a scheme's own category
  int rank = 0;                        ///< level, context_level
  category_set categories{};           ///< level (carried categories), category
  party_set parties{};                 ///< party, context
  marking_word keyword{};              ///< keyword
};

/// Why a registry's phrases make no vocabulary a reader can use exactly (vocabulary_of refuses to
/// compile, owned_vocabulary to build).
enum class vocabulary_fault : int {
  none,
  unreadable_phrase,  ///< a phrase that is no valid UTF-8 of word characters and separators
  too_many_words,     ///< more distinct words than 16-bit ids can tell apart
  phrase_length,      ///< a phrase of no word, or of more than detail::mk::max_phrase_words
  too_many_meanings,  ///< more than detail::mk::max_meanings phrases with the same words
};

[[nodiscard]] constexpr std::string_view to_string(vocabulary_fault f) noexcept {
  switch (f) {
    case vocabulary_fault::none: return "no fault";
    case vocabulary_fault::unreadable_phrase: return "a phrase is not UTF-8 of word characters and separators";
    case vocabulary_fault::too_many_words: return "more distinct words than a vocabulary can number";
    case vocabulary_fault::phrase_length: return "a phrase has no word, or more words than a phrase may have";
    case vocabulary_fault::too_many_meanings: return "more phrases have the same words than a reader can keep apart";
  }
  return "unknown fault";
}

namespace detail::mk {

// ---------------------------------------------------------------- the vocabulary

/// Calls f(marking_phrase) for each phrase of the vocabulary of `reg`: its schemes' codes, levels,
/// spellings and contexts in the registry's order, then the categories, parties and keywords.
template <class F>
constexpr void for_each_phrase(const registry& reg, F&& f) {
  using k = marking_phrase_kind;
  for (const scheme* s : reg.schemes()) {
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
      f(marking_phrase{
          .text = sp.text, .kind = k::level, .scheme = s->id, .rank = sp.rank, .categories = sp.categories});
    for (const marking_context& c : s->contexts)
      f(marking_phrase{.text = c.word, .kind = k::context, .scheme = s->id, .parties = c.releasable_to});
    for (const category_info& c : s->categories)
      f(marking_phrase{.text = c.name, .kind = k::category, .scheme = s->id, .categories = category_set{c.id}});
    if (!s->only_word.empty())
      f(marking_phrase{.text = s->only_word, .kind = k::keyword, .scheme = s->id, .keyword = marking_word::only});
  }
  for (const category_info& c : categories)
    f(marking_phrase{.text = c.name, .kind = k::category, .categories = category_set{c.id}});
  for (const party_info& p : parties) {
    if (p.id == party::none) continue;
    f(marking_phrase{.text = p.code, .kind = k::party, .parties = party_set{p.id}});
    if (p.name != p.code) f(marking_phrase{.text = p.name, .kind = k::party, .parties = party_set{p.id}});
    if (!p.french.empty() && p.french != p.name)
      f(marking_phrase{.text = p.french, .kind = k::party, .parties = party_set{p.id}});
  }
  for (const keyword_info& w : marking_keywords)
    f(marking_phrase{.text = w.text, .kind = k::keyword, .keyword = w.word});
}

/// A phrase as the reader matches it: the ids of its words.
inline constexpr std::size_t max_phrase_words = 6;
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

/// The id of word `w` of `s` in a book's table of words (see book), or no_word: `slots` is an
/// open-addressing hash table of `slot_mask + 1` slots (a power of two), probed from the word's hash.
constexpr std::uint16_t find_word(const char* chars, const word_entry* words, const std::uint16_t* slots,
                                  std::size_t slot_mask, std::string_view s, const word& w) noexcept {
  for (std::size_t slot = w.hash & slot_mask;; slot = (slot + 1) & slot_mask) {
    const std::uint16_t id = slots[slot];
    if (id == no_word) return no_word;
    const word_entry& e = words[id];
    if (e.hash == w.hash && folds_to(s, w, chars + e.offset, e.length)) return id;
  }
}

struct vocabulary_size {
  std::size_t phrases = 0;
  std::size_t words = 0;  ///< word occurrences: at least the number of distinct words
  std::size_t chars = 0;  ///< their folded bytes
};

constexpr vocabulary_size measure_vocabulary(const registry& reg) noexcept {
  vocabulary_size n;
  for_each_phrase(reg, [&](const marking_phrase& p) {
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
/// vocabulary is checked not to have them. The built-in schemes give "SECRET" 8 meanings; twice
/// that leaves room for a host's schemes beside them (a loaded French-language policy adds one).
inline constexpr std::size_t max_meanings = 16;

/// The slots of a vocabulary's hash table of words: a power of two, at least twice the words.
constexpr std::size_t slot_count_of(const vocabulary_size& size) noexcept { return std::bit_ceil(2 * size.words); }

/// Where a vocabulary is built (see build_book): storage of the sizes measure_vocabulary gives,
/// `slots` of slot_count_of, `starts` of one more than the words; and scratch for the phrases.
struct book_storage {
  char* chars = nullptr;
  word_entry* words = nullptr;
  std::uint16_t* slots = nullptr;
  std::size_t slot_count = 0;
  marking_phrase* phrases = nullptr;
  phrase_words* phrase_ids = nullptr;
  std::uint16_t* starts = nullptr;
  marking_phrase* scratch_phrases = nullptr;
  phrase_words* scratch_ids = nullptr;
  std::size_t* scratch_order = nullptr;
};

/// Adds word `w` of `s` to the table of words (`count` of them so far) unless it is there; its id.
constexpr std::uint16_t add_word(const book_storage& b, std::size_t& count, std::string_view s,
                                 const word& w) noexcept {
  if (const std::uint16_t id = find_word(b.chars, b.words, b.slots, b.slot_count - 1, s, w); id != no_word) return id;
  const std::size_t offset = count == 0 ? 0 : b.words[count - 1].offset + b.words[count - 1].length;
  const auto id = static_cast<std::uint16_t>(count++);
  word_entry& e = b.words[id];
  e = {offset, 0, w.hash};
  for_each_folded(s, w, [&](unsigned x) {
    b.chars[e.offset + e.length++] = static_cast<char>(x);
    return true;
  });
  std::size_t slot = w.hash & (b.slot_count - 1);
  while (b.slots[slot] != no_word) slot = (slot + 1) & (b.slot_count - 1);
  b.slots[slot] = id;
  return id;
}

/// Builds the vocabulary of `reg` into `b`; the number of distinct words. The one builder of the
/// compile-time tables (book) and of a vocabulary built while the program runs (owned_vocabulary):
/// - `chars`, `words`, `slots`: each distinct folded word once, in an open-addressing hash table;
/// - `phrases`, `phrase_ids`: the phrases, sorted by their word ids, so that phrases with the same
///   words are neighbours and `starts[w]` is the first phrase whose first word is `w`.
constexpr std::size_t build_book(const registry& reg, const book_storage& b) noexcept {
  for (std::size_t i = 0; i < b.slot_count; ++i) b.slots[i] = no_word;
  std::size_t words = 0, n = 0;
  for_each_phrase(reg, [&](const marking_phrase& p) {
    b.scratch_phrases[n] = p;
    phrase_words& ids = b.scratch_ids[n];
    ids = {};
    for_each_word(p.text, [&](const word& w) {
      if (ids.count < max_phrase_words) ids.ids[ids.count] = add_word(b, words, p.text, w);
      ++ids.count;
    });
    ++n;
  });
  // Sort by word ids (shorter first among equal prefixes), keeping the data's order otherwise.
  for (std::size_t i = 0; i < n; ++i) b.scratch_order[i] = i;
  heap_sort(b.scratch_order, n, [&](std::size_t x, std::size_t y) {
    const phrase_words &a = b.scratch_ids[x], &c = b.scratch_ids[y];
    if (a == c) return x < y;
    const std::size_t an = a.count < max_phrase_words ? a.count : max_phrase_words;
    const std::size_t cn = c.count < max_phrase_words ? c.count : max_phrase_words;
    for (std::size_t k = 0; k < an && k < cn; ++k)
      if (a.ids[k] != c.ids[k]) return a.ids[k] < c.ids[k];
    return an < cn;
  });
  for (std::size_t i = 0; i < n; ++i) {
    b.phrases[i] = b.scratch_phrases[b.scratch_order[i]];
    b.phrase_ids[i] = b.scratch_ids[b.scratch_order[i]];
  }
  std::size_t next = 0;
  for (std::size_t w = 0; w <= words; ++w) {
    while (next < n && b.phrase_ids[next].ids[0] < w) ++next;
    b.starts[w] = static_cast<std::uint16_t>(next);
  }
  return words;
}

/// The first thing that keeps a reader of the vocabulary of `reg` from being exact, and its
/// phrase: checked before building (unreadable phrases, too many words) and after, on the sorted
/// `phrase_ids` (phrase lengths, phrases with the same words).
struct vocabulary_check {
  vocabulary_fault fault = vocabulary_fault::none;
  std::string_view phrase{};
};
constexpr vocabulary_check check_before_build(const registry& reg, const vocabulary_size& size) noexcept {
  vocabulary_check out;
  for_each_phrase(reg, [&](const marking_phrase& p) {
    if (out.fault == vocabulary_fault::none && for_each_word(p.text, [](const word&) {}).error != marking_error::none)
      out = {vocabulary_fault::unreadable_phrase, p.text};
  });
  if (out.fault == vocabulary_fault::none && size.words >= no_word) out.fault = vocabulary_fault::too_many_words;
  return out;
}
constexpr vocabulary_check check_after_build(const marking_phrase* phrases, const phrase_words* ids,
                                             std::size_t n) noexcept {
  std::size_t same = 1;
  for (std::size_t i = 0; i < n; ++i) {
    if (ids[i].count == 0 || ids[i].count > max_phrase_words) return {vocabulary_fault::phrase_length, phrases[i].text};
    same = i > 0 && ids[i] == ids[i - 1] ? same + 1 : 1;
    if (same > max_meanings) return {vocabulary_fault::too_many_meanings, phrases[i].text};
  }
  return {};
}

/// The vocabulary of the schemes of R, built at compile time once per translation unit and
/// registry (0.4-0.5 s of the compiler's time for the 34 built-in schemes) by build_book.
template <const registry& R>
struct book {
  static constexpr vocabulary_size size = measure_vocabulary(R);
  static constexpr std::size_t slot_count = slot_count_of(size);

  struct tables {
    char chars[size.chars]{};
    word_entry words[size.words]{};
    std::size_t word_count = 0;
    std::uint16_t slots[slot_count]{};
    marking_phrase phrases[size.phrases]{};
    phrase_words phrase_ids[size.phrases]{};
    std::uint16_t starts[size.words + 1]{};
  };

  static constexpr tables data = [] {
    tables t;
    std::array<marking_phrase, size.phrases> in{};
    std::array<phrase_words, size.phrases> in_ids{};
    std::array<std::size_t, size.phrases> order{};
    t.word_count = build_book(R, {t.chars, t.words, t.slots, slot_count, t.phrases, t.phrase_ids, t.starts, in.data(),
                                  in_ids.data(), order.data()});
    return t;
  }();

  // The checks that keep the reader exact.
  static constexpr vocabulary_fault before = check_before_build(R, size).fault;
  static_assert(before != vocabulary_fault::unreadable_phrase,
                "marking vocabulary: every phrase must be valid UTF-8 of word characters and separators");
  static_assert(before != vocabulary_fault::too_many_words, "marking vocabulary: too many words for 16-bit ids");
  static constexpr vocabulary_fault after = check_after_build(data.phrases, data.phrase_ids, size.phrases).fault;
  static_assert(after != vocabulary_fault::phrase_length,
                "marking vocabulary: every phrase has 1 to max_phrase_words words");
  static_assert(after != vocabulary_fault::too_many_meanings,
                "marking vocabulary: more than max_meanings phrases with the same words");
};

}  // namespace detail::mk

/// The words and phrases a reader of markings knows, built at compile time from a registry.
/// A view of constant tables (see vocabulary_of): cheap to copy and to pass, usable in constant
/// expressions, and valid as long as the program runs.
class vocabulary {
 public:
  /// A view of a book's tables (see vocabulary_of): `words` the distinct words, `slots` their
  /// hash table (a power of two long), `phrases` sorted by `phrase_ids`, `starts` where the
  /// phrases of each first word start.
  constexpr vocabulary(const registry& reg, slice<const char> chars, slice<const detail::mk::word_entry> words,
                       slice<const std::uint16_t> slots, slice<const marking_phrase> phrases,
                       slice<const detail::mk::phrase_words> phrase_ids, slice<const std::uint16_t> starts) noexcept
      : reg_(&reg),
        chars_(chars.data()),
        words_(words.data()),
        word_count_(words.size()),
        slots_(slots.data()),
        slot_mask_(slots.size() - 1),
        phrases_(phrases.data()),
        phrase_ids_(phrase_ids.data()),
        phrase_count_(phrases.size()),
        starts_(starts.data()),
        start_count_(starts.size()) {}

  /// The schemes the vocabulary was built from, in which the reader looks a level's scheme up.
  [[nodiscard]] constexpr const registry& schemes() const noexcept { return *reg_; }

  /// Every phrase the reader knows, in no particular order.
  [[nodiscard]] constexpr slice<const marking_phrase> phrases() const noexcept { return {phrases_, phrase_count_}; }

  /// The id of word `w` of `text` (see detail::mk::for_each_word), or detail::mk::no_word for a
  /// word the vocabulary does not have.
  [[nodiscard]] constexpr std::uint16_t find(std::string_view text, const detail::mk::word& w) const noexcept {
    return detail::mk::find_word(chars_, words_, slots_, slot_mask_, text, w);
  }

  /// For the reader: the word ids of each phrase of phrases(), and for each word id `w` the first
  /// phrase whose first word is `w` (the phrases of `w` are [starts()[w], starts()[w + 1])).
  [[nodiscard]] constexpr slice<const detail::mk::phrase_words> phrase_ids() const noexcept {
    return {phrase_ids_, phrase_count_};
  }
  [[nodiscard]] constexpr slice<const std::uint16_t> starts() const noexcept { return {starts_, start_count_}; }
  /// The distinct folded words (their bytes in chars(), back to back in id order) and their hash
  /// table: for find(), and for writing the tables out (tools/clearance_vocabulary.cpp).
  [[nodiscard]] constexpr slice<const detail::mk::word_entry> words() const noexcept { return {words_, word_count_}; }
  [[nodiscard]] constexpr const char* chars() const noexcept { return chars_; }
  [[nodiscard]] constexpr slice<const std::uint16_t> slots() const noexcept { return {slots_, slot_mask_ + 1}; }

 private:
  // Plain pointers, not spans: at compile time, every span::operator[] is a call.
  const registry* reg_;
  const char* chars_;
  const detail::mk::word_entry* words_;
  std::size_t word_count_;
  const std::uint16_t* slots_;
  std::size_t slot_mask_;
  const marking_phrase* phrases_;
  const detail::mk::phrase_words* phrase_ids_;
  std::size_t phrase_count_;
  const std::uint16_t* starts_;
  std::size_t start_count_;
};

namespace detail::mk {
template <const registry& R>
constexpr vocabulary view_of_book() noexcept {
  const auto& t = book<R>::data;
  return vocabulary{R, t.chars, {t.words, t.word_count}, t.slots, t.phrases, t.phrase_ids, t.starts};
}
}  // namespace detail::mk

namespace detail::mk {
/// A phrase written out as integers (builtin_vocabulary.hpp), which a compiler reads far faster
/// than the structure: first its text (an offset and a length in a string of all the texts), kind,
/// rank, keyword and scheme, packed in one integer by the fields of phrase_bits; then the two words
/// of its categories and the two of its parties.
struct phrase_bits {
  static constexpr int offset = 0, length = 20, kind = 32, rank = 36, keyword = 44, scheme = 52, end = 64;
  /// Whether `value` fits in the field from bit `from` to the next field.
  static constexpr bool fits(std::uint64_t value, int from, int to) noexcept {
    return value < (std::uint64_t{1} << (to - from));
  }
};
static_assert(phrase_bits::length == 20 && phrase_bits::kind - phrase_bits::length == 12 &&
                  phrase_bits::rank - phrase_bits::kind == 4 && phrase_bits::keyword - phrase_bits::rank == 8 &&
                  phrase_bits::scheme - phrase_bits::keyword == 8,
              "phrases_from_rows masks the fields with these widths");
inline constexpr std::size_t phrase_row_size = 5;

/// The phrases of `N` rows of `phrase_row_size` integers (see phrase_bits).
template <std::size_t N>
constexpr std::array<marking_phrase, N> phrases_from_rows(const char* texts, const std::uint64_t* rows) noexcept {
  using f = phrase_bits;
  std::array<marking_phrase, N> out{};
  // Member by member, with the masks as literals (checked against phrase_bits above): every call
  // and every read of a named constant is a step of the evaluator.
  for (std::size_t i = 0; i < N; ++i, rows += phrase_row_size) {
    marking_phrase& p = out[i];
    const std::uint64_t packed = rows[0];
    p.text = {texts + (packed & 0xFFFFF), static_cast<std::size_t>((packed >> f::length) & 0xFFF)};
    p.kind = static_cast<marking_phrase_kind>((packed >> f::kind) & 0xF);
    p.rank = static_cast<int>((packed >> f::rank) & 0xFF);
    p.keyword = static_cast<marking_word>((packed >> f::keyword) & 0xFF);
    p.scheme = static_cast<scheme_id>(packed >> f::scheme);
    p.categories.words[0] = rows[1];
    p.categories.words[1] = rows[2];
    p.parties.words[0] = rows[3];
    p.parties.words[1] = rows[4];
  }
  return out;
}

/// `T`, named so that it depends on `D`: a class template's static member of that type is
/// evaluated only when the member is used, not where the template is defined.
template <class T, class D>
struct dependent {
  using type = T;
};
}  // namespace detail::mk

/// The vocabulary of the schemes of R, with the categories, parties and keywords: built at compile
/// time in the translation units that name it (see book), checked there (a phrase the reader
/// could not tell from another does not compile).
template <const registry& R>
inline constexpr vocabulary vocabulary_of = detail::mk::view_of_book<R>();

}  // namespace clearance::inline v0

CLEARANCE_DETAIL_QUIET_SHADOW_END
