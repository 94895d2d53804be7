// SPDX-License-Identifier: MIT
//
// Markings, stage 2 at run time: the vocabulary of a registry known only while the program runs
// (schemes loaded from a SPIF, spif_scheme.hpp), built by the same builder as vocabulary_of and
// checked by the same rules; a registry whose phrases a reader could not keep apart gives a
// vocabulary of no phrase, with the fault and the phrase.
//
//     const clearance::owned_vocabulary words{loaded.registry()};
//     if (!words.ok()) ...;  // words.fault(), words.phrase()
//     const clearance::marking_result r = clearance::parse_marking(words.view(), text);
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "../core/quiet_shadow.hpp"
#include "vocabulary.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0 {

/// The vocabulary of a registry, built while the program runs and owning its tables. The registry
/// and the texts of its schemes must outlive it (it views them, as vocabulary_of does). Copies
/// and moves are cheap views' owners: view() always views this object's own tables.
class owned_vocabulary {
 public:
  explicit owned_vocabulary(const registry& reg) : reg_(&reg) {
    namespace mk = detail::mk;
    const mk::vocabulary_size size = mk::measure_vocabulary(reg);
    mk::vocabulary_check check = mk::check_before_build(reg, size);
    if (check.fault == vocabulary_fault::none) {
      chars_.resize(size.chars);
      words_.resize(size.words);
      slots_.resize(mk::slot_count_of(size));
      phrases_.resize(size.phrases);
      phrase_ids_.resize(size.phrases);
      starts_.resize(size.words + 1);
      std::vector<marking_phrase> in(size.phrases);
      std::vector<mk::phrase_words> in_ids(size.phrases);
      std::vector<std::size_t> order(size.phrases);
      const std::size_t count =
          mk::build_book(reg, {chars_.data(), words_.data(), slots_.data(), slots_.size(), phrases_.data(),
                               phrase_ids_.data(), starts_.data(), in.data(), in_ids.data(), order.data()});
      words_.resize(count);
      check = mk::check_after_build(phrases_.data(), phrase_ids_.data(), phrases_.size());
    }
    if (check.fault != vocabulary_fault::none) {
      fault_ = check.fault;
      phrase_ = std::string(check.phrase);
      // A vocabulary of no phrase: a reader of it knows no word, so reads no marking.
      chars_.clear();
      words_.clear();
      slots_.assign(1, mk::no_word);
      phrases_.clear();
      phrase_ids_.clear();
      starts_.assign(1, 0);
    }
  }

  [[nodiscard]] bool ok() const noexcept { return fault_ == vocabulary_fault::none; }
  explicit operator bool() const noexcept { return ok(); }
  /// Why the registry's phrases make no vocabulary, and the phrase at fault.
  [[nodiscard]] vocabulary_fault fault() const noexcept { return fault_; }
  [[nodiscard]] std::string_view phrase() const noexcept { return phrase_; }

  /// The vocabulary, for parse_marking; one of no phrase when !ok().
  [[nodiscard]] vocabulary view() const noexcept {
    return vocabulary{*reg_, chars_, words_, slots_, phrases_, phrase_ids_, starts_};
  }

 private:
  const registry* reg_;
  vocabulary_fault fault_ = vocabulary_fault::none;
  std::string phrase_{};
  std::vector<char> chars_{};
  std::vector<detail::mk::word_entry> words_{};
  std::vector<std::uint16_t> slots_{};
  std::vector<marking_phrase> phrases_{};
  std::vector<detail::mk::phrase_words> phrase_ids_{};
  std::vector<std::uint16_t> starts_{};
};

}  // namespace clearance::inline v0

CLEARANCE_DETAIL_QUIET_SHADOW_END
