// SPDX-License-Identifier: MIT
//
// slice<T>, the library's view of a sequence it does not own, converts as std::span does where
// the library uses it, and no further: never from a temporary to a slice of mutable elements,
// never between a base and a derived element type.
#include <doctest/doctest.h>

#include <array>
#include <span>
#include <type_traits>
#include <vector>

#include <clearance/core/slice.hpp>

using clearance::slice;

namespace {

struct base {
  int v = 0;
};
struct derived : base {
  int w = 0;
};

constexpr int sum(slice<const int> s) noexcept {
  int total = 0;
  for (const int x : s) total += x;
  return total;
}

constexpr int table[] = {1, 2, 3, 4};
static_assert(sum(table) == 10);
static_assert(sum({}) == 0);
static_assert(slice<const int>{table}.size() == 4 && slice<const int>{table}.back() == 4);
static_assert(sum(slice<const int>{table}.part(1)) == 9 && sum(slice<const int>{table}.part(1, 2)) == 5);
static_assert(sum(std::array<int, 3>{5, 6, 7}) == 18);  // a temporary, for the call: const elements

// A temporary container gives only a slice of const elements; a named one gives either.
static_assert(std::is_constructible_v<slice<const int>, std::vector<int>&&>);
static_assert(!std::is_constructible_v<slice<int>, std::vector<int>&&>);
static_assert(std::is_constructible_v<slice<int>, std::vector<int>&>);
static_assert(!std::is_constructible_v<slice<int>, const std::vector<int>&>);
// Element types that differ in more than const do not convert.
static_assert(!std::is_constructible_v<slice<const base>, std::vector<derived>&>);
static_assert(!std::is_constructible_v<slice<const long>, std::vector<int>&>);
static_assert(!std::is_constructible_v<slice<const int>, int>);

}  // namespace

TEST_CASE("a slice sees the elements of a vector and of a std::span and writes through to them") {
  std::vector<int> values{3, 1, 4, 1, 5};
  const slice<int> all{values};
  CHECK(all.size() == 5);
  CHECK(all.data() == values.data());
  all[1] = 9;
  CHECK(values[1] == 9);
  const std::span<const int> named{values};
  const slice<const int> through_span{named};
  CHECK(through_span.data() == values.data());
  CHECK(sum(through_span) == 22);
  CHECK(sum(through_span.part(3)) == 6);
  CHECK(slice<int>{}.empty());
  CHECK(all.begin() + 5 == all.end());
}
