// SPDX-License-Identifier: MIT
//
// What the fuzz targets and their tools share: a broken promise stops the run like a sanitizer's
// finding; dictionary entries are written in libFuzzer's quoted form.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace fuzz {

/// Stops the fuzzer (a crash it reports, with the input) when `promise` does not hold.
inline void expect(bool promise) {
  if (!promise) __builtin_trap();
}

/// `s` as a libFuzzer dictionary entry: quoted, with quotes, backslashes and bytes outside
/// printable ASCII written as \xHH.
inline std::string quoted(std::string_view s) {
  std::string out = "\"";
  for (const unsigned char c : s) {
    if (c == '"' || c == '\\' || c < 0x20 || c > 0x7E) {
      char hex[5];
      std::snprintf(hex, sizeof hex, "\\x%02X", c);
      out += hex;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

}  // namespace fuzz
