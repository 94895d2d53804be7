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
// per translation unit and registry; writing markings (format.hpp) does not need it.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "../core/categories.hpp"
#include "../data/marking_words.hpp"
#include "../core/parties.hpp"
#include "../core/quiet_shadow.hpp"
#include "../core/registry.hpp"
#include "fold.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance {

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
      f(marking_phrase{.text = sp.text, .kind = k::level, .scheme = s->id, .rank = sp.rank, .categories = sp.categories});
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
/// vocabulary is checked not to have them.
inline constexpr std::size_t max_meanings = 8;

/// The vocabulary of the schemes of R, built at compile time once per translation unit and
/// registry (about 0.1 s of clang's time):
/// - `chars`, `words`, `slots`: each distinct folded word once, in an open-addressing hash table;
/// - `phrases`, `phrase_ids`: the phrases, sorted by their word ids, so that phrases with the same
///   words are neighbours and `starts[w]` is the first phrase whose first word is `w`.
template <const registry& R>
struct book {
  static constexpr vocabulary_size size = measure_vocabulary(R);
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
      return find_word(chars, words, slots, slot_count - 1, s, w);
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
    for_each_phrase(R, [&](const marking_phrase& p) {
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
    for_each_phrase(R, [&](const marking_phrase& p) {
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


}  // namespace detail::mk

/// The words and phrases a reader of markings knows, built at compile time from a registry.
/// A view of constant tables (see vocabulary_of): cheap to copy and to pass, usable in constant
/// expressions, and valid as long as the program runs.
class vocabulary {
 public:
  /// A view of a book's tables (see vocabulary_of): `words` the distinct words, `slots` their
  /// hash table (a power of two long), `phrases` sorted by `phrase_ids`, `starts` where the
  /// phrases of each first word start.
  constexpr vocabulary(const registry& reg, std::span<const char> chars, std::span<const detail::mk::word_entry> words,
                       std::span<const std::uint16_t> slots, std::span<const marking_phrase> phrases,
                       std::span<const detail::mk::phrase_words> phrase_ids,
                       std::span<const std::uint16_t> starts) noexcept
      : reg_(&reg),
        chars_(chars.data()),
        words_(words.data()),
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
  [[nodiscard]] constexpr std::span<const marking_phrase> phrases() const noexcept { return {phrases_, phrase_count_}; }

  /// The id of word `w` of `text` (see detail::mk::for_each_word), or detail::mk::no_word for a
  /// word the vocabulary does not have.
  [[nodiscard]] constexpr std::uint16_t find(std::string_view text, const detail::mk::word& w) const noexcept {
    return detail::mk::find_word(chars_, words_, slots_, slot_mask_, text, w);
  }

  /// For the reader: the word ids of each phrase of phrases(), and for each word id `w` the first
  /// phrase whose first word is `w` (the phrases of `w` are [starts()[w], starts()[w + 1])).
  [[nodiscard]] constexpr std::span<const detail::mk::phrase_words> phrase_ids() const noexcept {
    return {phrase_ids_, phrase_count_};
  }
  [[nodiscard]] constexpr std::span<const std::uint16_t> starts() const noexcept { return {starts_, start_count_}; }

 private:
  // Plain pointers, not spans: at compile time, every span::operator[] is a call.
  const registry* reg_;
  const char* chars_;
  const detail::mk::word_entry* words_;
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

/// The vocabulary of the schemes of R, with the categories, parties and keywords: built at compile
/// time in the translation units that name it (see book), checked there (a phrase the reader
/// could not tell from another does not compile).
template <const registry& R>
inline constexpr vocabulary vocabulary_of = detail::mk::view_of_book<R>();

}  // namespace clearance

CLEARANCE_DETAIL_QUIET_SHADOW_END
