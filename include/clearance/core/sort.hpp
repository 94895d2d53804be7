// SPDX-License-Identifier: MIT
//
// Sorting at compile time without <algorithm>: the tables the library derives from its data (the
// parties in the order markings list them, the reader's vocabulary) are sorted where a header is
// read, so the sort must be cheap for the constant evaluator and cheap to include.
#pragma once

#include <cstddef>

#include "quiet_shadow.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0::detail {

/// Sorts `v[0, n)` by `less`, a strict order, in place and in O(n log n): a heap sort, which
/// spares every file that includes the library the cost of <algorithm>.
template <class T, class Less>
constexpr void heap_sort(T* v, std::size_t n, Less less) noexcept {
  const auto sift_down = [&](std::size_t root, std::size_t end) {
    for (std::size_t child = 2 * root + 1; child < end; root = child, child = 2 * root + 1) {
      if (child + 1 < end && less(v[child], v[child + 1])) ++child;
      if (!less(v[root], v[child])) return;
      const T top = v[root];
      v[root] = v[child];
      v[child] = top;
    }
  };
  for (std::size_t i = n / 2; i-- > 0;) sift_down(i, n);
  for (std::size_t end = n; end-- > 1;) {
    const T top = v[0];
    v[0] = v[end];
    v[end] = top;
    sift_down(0, end);
  }
}

}  // namespace clearance::inline v0::detail

CLEARANCE_DETAIL_QUIET_SHADOW_END
