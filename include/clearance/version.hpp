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

// Every declaration of the library lives in the inline namespace v<major>: code written against
// clearance::label keeps compiling, while objects built against two major versions do not link
// together by mistake (their symbols differ). A new major version renames it in every header;
// scripts/check-layers.sh checks that each header opens the one that matches the major above.
namespace clearance::inline v0 {

inline constexpr int version_major = CLEARANCE_VERSION_MAJOR;
inline constexpr int version_minor = CLEARANCE_VERSION_MINOR;
inline constexpr int version_patch = CLEARANCE_VERSION_PATCH;
inline constexpr const char* version_string = CLEARANCE_VERSION_STRING;

}  // namespace clearance::inline v0
