// SPDX-License-Identifier: MIT
//
// Keeps g++'s -Wshadow quiet about the library's own template parameters and locals.
//
// g++ checks the declarations of a template where it is instantiated, which is after the host's
// own globals: a host global named `value`, `row` or `n` would be reported as shadowed inside
// the library's templates, and a host building with -Wshadow -Werror could not build. Each header
// that defines templates opens with CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN and closes with
// CLEARANCE_DETAIL_QUIET_SHADOW_END. clang checks the same templates where they are defined, and
// the test presets build with -Wshadow on both compilers, so the library's own code stays checked.
// (tests/host/shadowing_globals.cpp is the host that would not build without it.)
#pragma once

#if defined(__GNUC__) && !defined(__clang__)
#define CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN \
  _Pragma("GCC diagnostic push") _Pragma("GCC diagnostic ignored \"-Wshadow\"")
#define CLEARANCE_DETAIL_QUIET_SHADOW_END _Pragma("GCC diagnostic pop")
#else
#define CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN
#define CLEARANCE_DETAIL_QUIET_SHADOW_END
#endif
