// SPDX-License-Identifier: MIT
//
// A two-level scheme, LOW < HIGH, for testing the table rules: each test supplies the mapping
// rows to NATO and checks the result with verified<>.
#pragma once

#include <clearance/clearance.hpp>

namespace demo {

using namespace clearance;

inline constexpr citation src{"test table", confidence::inference};
inline constexpr level_info levels[] = {{1, "LOW", "", "L", {}, "low", true, src, src},
                                        {2, "HIGH", "", "H", {}, "high", true, src, src}};

/// The demo scheme with these mapping tables.
constexpr scheme with_mappings(slice<const mapping_table> mappings) noexcept {
  return {.id = scheme_id{999}, .name = "Demo", .code = "DEMO", .owner = party::jpn, .levels = levels,
          .mappings = mappings};
}

}  // namespace demo
