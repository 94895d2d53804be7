// SPDX-License-Identifier: MIT
//
// The module clearance: `import clearance;` gives what the headers give (<clearance/clearance.hpp>,
// <clearance/wire.hpp> and <clearance/spif.hpp>), compiled once for a build instead of parsed in
// every file. Opt-in: CMake 3.28 or newer with Ninja, and a compiler that builds modules (tested
// with clang++ 19); set CLEARANCE_MODULE=ON and link clearance::module (README: "As a C++20
// module").
//
// The headers stay the one source: they are included below inside `export extern "C++"`, so
// every declaration is exported and attached to the global module, as the headers' own are. A
// host may include a header and import the module in one program. The standard headers the
// library includes come first, in the global module fragment, so that none is attached to the
// module; a header the list misses is reported where the library includes it
// (-Winclude-angled-in-module-purview, an error in the module test's -Werror build).
module;

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <initializer_list>
#include <iterator>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

export module clearance;

export extern "C++" {
#include "clearance/clearance.hpp"
#include "clearance/spif.hpp"
#include "clearance/wire.hpp"
}
