// SPDX-License-Identifier: MIT
//
// Whether an enum value is one of its enumerators.
#pragma once

#include "quiet_shadow.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0::detail {

/// Whether `v` is one of the enumerators 0 to `last` of an enumeration numbered from 0 without
/// gaps. A host may set an enum field from an integer (static_cast<organisation>(99)); such a
/// value is none of them, and every decision that reads it denies.
template <class E>
constexpr bool enumerated(E v, E last) noexcept {
  return static_cast<int>(v) >= 0 && static_cast<int>(v) <= static_cast<int>(last);
}

}  // namespace clearance::inline v0::detail

CLEARANCE_DETAIL_QUIET_SHADOW_END
