// SPDX-License-Identifier: MIT
//
// Fixed-capacity text, usable in constant expressions and without heap allocation.
#pragma once

#include <cstddef>
#include <string_view>

namespace clearance {

/// A string of at most `Capacity` bytes, built by appending; never allocates, never throws.
/// Text beyond the capacity is dropped and the end is marked with "...".
template <std::size_t Capacity>
class fixed_text {
  static_assert(Capacity >= 4, "fixed_text needs room for the truncation mark");

 public:
  constexpr fixed_text() noexcept = default;

  constexpr fixed_text& operator<<(std::string_view s) noexcept {
    for (char c : s) push(c);
    return *this;
  }

  constexpr fixed_text& operator<<(int n) noexcept {
    if (n < 0) {
      push('-');
      // Work with the negative value: -INT_MIN does not fit in an int.
      char digits[12]{};
      int count = 0;
      do {
        digits[count++] = static_cast<char>('0' - n % 10);
        n /= 10;
      } while (n != 0);
      while (count > 0) push(digits[--count]);
      return *this;
    }
    char digits[12]{};
    int count = 0;
    do {
      digits[count++] = static_cast<char>('0' + n % 10);
      n /= 10;
    } while (n != 0);
    while (count > 0) push(digits[--count]);
    return *this;
  }

  [[nodiscard]] constexpr std::string_view view() const noexcept { return {chars_, size_}; }
  [[nodiscard]] constexpr const char* c_str() const noexcept { return chars_; }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
  [[nodiscard]] constexpr bool truncated() const noexcept { return truncated_; }

 private:
  constexpr void push(char c) noexcept {
    if (truncated_) return;
    if (size_ < Capacity) {
      chars_[size_++] = c;
      return;
    }
    truncated_ = true;
    for (std::size_t i = Capacity - 3; i < Capacity; ++i) chars_[i] = '.';
  }

  char chars_[Capacity + 1]{};  // always NUL-terminated
  std::size_t size_ = 0;
  bool truncated_ = false;
};

/// The text of a decision: what explain() returns.
using sentence = fixed_text<320>;

}  // namespace clearance
