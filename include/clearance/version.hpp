// clearance: compile-time and run-time checks for classified-information handling.
// SPDX-License-Identifier: MIT
//
// The single source of the library's version: CMake and Meson read the three numbers below.
#pragma once

#define CLEARANCE_VERSION_MAJOR 0
#define CLEARANCE_VERSION_MINOR 1
#define CLEARANCE_VERSION_PATCH 0

#define CLEARANCE_DETAIL_STR2(x) #x
#define CLEARANCE_DETAIL_STR(x) CLEARANCE_DETAIL_STR2(x)
#define CLEARANCE_VERSION_STRING                \
  CLEARANCE_DETAIL_STR(CLEARANCE_VERSION_MAJOR) \
  "." CLEARANCE_DETAIL_STR(CLEARANCE_VERSION_MINOR) "." CLEARANCE_DETAIL_STR(CLEARANCE_VERSION_PATCH)

namespace clearance {

inline constexpr int version_major = CLEARANCE_VERSION_MAJOR;
inline constexpr int version_minor = CLEARANCE_VERSION_MINOR;
inline constexpr int version_patch = CLEARANCE_VERSION_PATCH;
inline constexpr const char* version_string = CLEARANCE_VERSION_STRING;

}  // namespace clearance
