// SPDX-License-Identifier: MIT
//
// slice<T>: a pointer and a count, the library's one way to refer to a sequence it does not own
// (a scheme's tables, a catalogue, a decision's reasons, the bytes of an encoding).
//
// Why not std::span: every table of every data header is a differently sized array, and each
// made std::span instantiate its constrained converting constructor and its class again; with
// the 34 data headers that was about a third of the library's own header cost (g++ 12 and
// clang 19, measured for issue 22). This type has what the library uses and nothing else.
// A C array, std::array, std::vector or std::span converts to it implicitly, as to std::span.
#pragma once

#include <cstddef>
#include <type_traits>

#include "quiet_shadow.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN
namespace clearance::inline v0 {

template <class T>
class slice {
 public:
  constexpr slice() noexcept = default;
  constexpr slice(T* first, std::size_t count) noexcept : data_(first), size_(count) {}
  template <std::size_t N>
  constexpr slice(T (&array)[N]) noexcept : data_(array), size_(N) {}  // NOLINT: converts like std::span
  /// From a contiguous container of T (std::array, std::vector, std::span, ...). As with
  /// std::span, a temporary container converts only to a slice of const elements, for a call's
  /// argument: a slice kept beyond the full expression would dangle.
  template <class Container>
    requires(std::is_lvalue_reference_v<Container> || std::is_const_v<T>) && requires(Container& c) {
      // element types that differ in no more than const (as std::span: never base and derived)
      requires std::is_convertible_v<std::remove_pointer_t<decltype(c.data())>(*)[], T(*)[]>;
      static_cast<std::size_t>(c.size());
    }
  constexpr slice(Container&& c) noexcept : data_(c.data()), size_(c.size()) {}  // NOLINT: as above

  [[nodiscard]] constexpr T* data() const noexcept { return data_; }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
  [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
  [[nodiscard]] constexpr T* begin() const noexcept { return data_; }
  [[nodiscard]] constexpr T* end() const noexcept { return data_ + size_; }
  [[nodiscard]] constexpr T& operator[](std::size_t i) const noexcept { return data_[i]; }
  [[nodiscard]] constexpr T& back() const noexcept { return data_[size_ - 1]; }  ///< not empty()
  /// The `count` elements from `offset` (the rest when count is left out); the caller keeps
  /// offset + count within size(), as with std::span::subspan.
  [[nodiscard]] constexpr slice part(std::size_t offset, std::size_t count) const noexcept {
    return {data_ + offset, count};
  }
  [[nodiscard]] constexpr slice part(std::size_t offset) const noexcept { return {data_ + offset, size_ - offset}; }

 private:
  T* data_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace clearance::inline v0
CLEARANCE_DETAIL_QUIET_SHADOW_END
