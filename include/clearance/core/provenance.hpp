// SPDX-License-Identifier: MIT
//
// Where a data row comes from and how firmly it is established.
#pragma once

#include <string_view>

#include "enums.hpp"

namespace clearance::inline v0 {

/// The confidence tags of the project's domain brief.
enum class confidence : int {
  verified = 0,    ///< [V] read in the cited primary text
  secondary = 1,   ///< [S] news, blog or third-party material
  inference = 2,   ///< [I] derived from verified facts by the library's authors
  unverified = 3,  ///< [U] claimed somewhere, not confirmed; exposed, never silent
};

constexpr std::string_view to_string(confidence c) noexcept {
  switch (c) {
    case confidence::verified: return "verified";
    case confidence::secondary: return "secondary";
    case confidence::inference: return "inference";
    case confidence::unverified: return "unverified";
  }
  return "unknown confidence";
}

/// Whether `c` is one of the tags (a value cast from elsewhere may not be).
constexpr bool is_defined(confidence c) noexcept { return detail::enumerated(c, confidence::unverified); }

/// The weaker of two confidences (a chain is only as firm as its weakest link).
constexpr confidence weakest(confidence a, confidence b) noexcept {
  return static_cast<int>(a) >= static_cast<int>(b) ? a : b;
}

/// A citation attached to every data row.
struct citation {
  std::string_view ref{};  ///< "source 004", "domain-brief §1.3", a public document
  confidence conf = confidence::unverified;
};

}  // namespace clearance::inline v0
