// SPDX-License-Identifier: MIT
//
// Calendar dates and periods: when an approval or a mapping table is in force.
#pragma once

#include <compare>

namespace clearance::inline v0 {

/// A calendar date as yyyymmdd; `unknown` (0) when not known. A structural value type.
struct date {
  int value = 0;

  static constexpr int unknown = 0;
  constexpr date() noexcept = default;
  constexpr date(int year, int month, int day) noexcept : value(year * 10000 + month * 100 + day) {}

  [[nodiscard]] constexpr bool known() const noexcept { return value != unknown; }
  [[nodiscard]] constexpr int year() const noexcept { return value / 10000; }
  [[nodiscard]] constexpr int month() const noexcept { return value / 100 % 100; }
  [[nodiscard]] constexpr int day() const noexcept { return value % 100; }
  /// A real calendar day (the Gregorian calendar, years 1900 to 9999).
  [[nodiscard]] constexpr bool valid() const noexcept {
    const int y = year(), m = month(), d = day();
    if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
    constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= days[m - 1] + ((m == 2 && leap) ? 1 : 0);
  }
  friend constexpr auto operator<=>(date, date) noexcept = default;
};

/// The days from `from` to `until`, both included; an unknown end is open. A period with a known
/// end holds no unknown date: where it matters and the date is not given, nothing is assumed.
struct period {
  date from{};
  date until{};

  [[nodiscard]] constexpr bool open() const noexcept { return !from.known() && !until.known(); }
  [[nodiscard]] constexpr bool contains(date on) const noexcept {
    if (open()) return true;
    if (!on.known()) return false;
    return (!from.known() || from <= on) && (!until.known() || on <= until);
  }
  /// Both ends real days (when known), in order.
  [[nodiscard]] constexpr bool valid() const noexcept {
    return (!from.known() || from.valid()) && (!until.known() || until.valid()) &&
           (!from.known() || !until.known() || from <= until);
  }
  /// Some day lies in both periods.
  [[nodiscard]] constexpr bool overlaps(period other) const noexcept {
    const bool starts_after_end = from.known() && other.until.known() && other.until < from;
    const bool ends_before_start = until.known() && other.from.known() && until < other.from;
    return !starts_after_end && !ends_before_start;
  }
  friend constexpr bool operator==(period, period) noexcept = default;
};

}  // namespace clearance::inline v0
