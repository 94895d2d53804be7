// SPDX-License-Identifier: MIT
//
// The result of a look-up in a table: a row, or nothing.
#pragma once

#include "quiet_shadow.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0 {

/// A row found in a table (a scheme, a level, a party, a channel, ...), or nothing. Every
/// `find_*` of the library returns one. It is not a pointer because a pointer cannot say "found"
/// at compile time in every build: under g++'s null-pointer sanitizer (-fsanitize=undefined)
/// comparing the address of a constant with null, or with the address of another constant, is not
/// a constant expression (GCC PR 71962), so `static_assert(can_access(p, l))` would not compile.
/// A `found` carries its answer as a flag of its own.
///
///     if (const auto s = find_scheme(id)) use(s->name);
template <class T>
class found {
 public:
  /// Nothing found.
  constexpr found() noexcept = default;
  /// The row `row` (a reference: never null).
  constexpr found(const T& row) noexcept : row_(&row), present_(true) {}  // NOLINT(google-explicit-constructor)

  constexpr explicit operator bool() const noexcept { return present_; }
  constexpr const T& operator*() const noexcept { return *row_; }
  constexpr const T* operator->() const noexcept { return row_; }
  /// The row's address, or nullptr when nothing was found: for run-time code that keeps pointers.
  [[nodiscard]] constexpr const T* get() const noexcept { return present_ ? row_ : nullptr; }

 private:
  const T* row_ = nullptr;
  bool present_ = false;
};

}  // namespace clearance::inline v0

CLEARANCE_DETAIL_QUIET_SHADOW_END
