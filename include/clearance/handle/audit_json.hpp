// SPDX-License-Identifier: MIT
//
// An audit record (handle/audit.hpp) as one line of JSON (RFC 8259), for a log a system keeps:
//
//     char line[4096];
//     if (const std::size_t n = clearance::write_json(reg, record, line)) log.write(line, n);
//
// write_json writes into the caller's buffer and allocates nothing; json_length says how much
// room a record takes; json_line returns a std::string (it allocates: not for the decision path).
//
// The line, its keys always in this order (the bracketed ones only where said):
//   "seq"             the record's sequence number
//   "time"            "2026-11-30T09:15:02.250Z": RFC 3339, UTC, milliseconds; null when the
//                     record has no time (a trail without a clock) or one outside the years
//                     0000 to 9999; times before 1970 are written as such
//   "kind"            to_string(audit_kind)
//   "subject", "target", "policy", "policy_version"   strings; null when empty
//   "data_as_of"      "2026-02-26": the date of the library's tables; null when unknown
//   "label"           the canonical marking of `from` (format_marking); when no marking can
//                     express it: null, followed by its fields so that nothing is lost:
//                     "scheme", "rank" (numbers) and "categories", "releasable_to", "only"
//                     (each set as 32 hex digits, its high word first)
//   ["to_label"]      the same for `to`, for raise, declassify, relabel and write when `to` is
//                     not a default label (its fields then "to_scheme", "to_rank", ...)
//   "allowed"         outcome.allowed()
//   "mode"            "enforce" or "warn" (a mode of no enumerator is enforced: "enforce")
//   "delivered"       as recorded
//   "reasons"         the record's decision_list as it is: an allowed decision's list holds its
//                     one allowed entry, a denial's list every denial in order; each entry
//                     {"code": the reason's number, "rule": to_string(reason), "text":
//                     explain(reg, d, who)}, `who` being the subject for the reasons about a
//                     person, else the target (the channel or destination), else the subject
//   ["authority", "ground"]   for declassify only
//
// Strings are escaped per RFC 8259 §7: quote and backslash; \b \f \n \r \t; every other C0
// control, DEL, the C1 controls (U+0080 to U+009F) and U+2028, U+2029 as \u00XX / \uXXXX (so that
// no terminal or JavaScript reader is disturbed by the log). Other valid UTF-8 is written as it
// is. Each byte that is not part of valid UTF-8 (as decode_utf8 judges: overlong forms,
// surrogates, cut sequences) is written as \ufffd, the replacement character: the line stays
// valid JSON and valid UTF-8.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

#include "../core/date.hpp"
#include "../core/decision.hpp"
#include "../core/label.hpp"
#include "../core/quiet_shadow.hpp"
#include "../core/registry.hpp"
#include "../core/slice.hpp"
#include "../core/text.hpp"
#include "../text/explain.hpp"
#include "../text/format.hpp"
#include "audit.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0 {

namespace detail::json {

/// Where the line goes: `capacity` chars at `data`; `size` counts every char written, also those
/// beyond the capacity, so that a line that does not fit is known and its length measured.
struct sink {
  char* data = nullptr;
  std::size_t capacity = 0;
  std::size_t size = 0;

  constexpr void put(char c) noexcept {
    if (size < capacity) data[size] = c;
    ++size;
  }
  constexpr void raw(std::string_view s) noexcept {
    for (const char c : s) put(c);
  }
  [[nodiscard]] constexpr bool fits() const noexcept { return size <= capacity; }
};

inline constexpr char hex_digits[] = "0123456789abcdef";

/// `width` hex digits of `v`, the most significant first.
constexpr void hex(sink& o, std::uint64_t v, int width) noexcept {
  for (int shift = 4 * (width - 1); shift >= 0; shift -= 4) o.put(hex_digits[(v >> shift) & 0xFu]);
}

constexpr void unsigned_number(sink& o, std::uint64_t v) noexcept { o.raw(decimal_of(v).view()); }

constexpr void number(sink& o, std::int64_t v) noexcept { o.raw(signed_decimal_of(v).view()); }

/// `v` (>= 0) in exactly `width` decimal digits.
constexpr void fixed_digits(sink& o, std::int64_t v, int width) noexcept {
  char d[20]{};
  for (int i = width - 1; i >= 0; --i) {
    d[i] = static_cast<char>('0' + v % 10);
    v /= 10;
  }
  for (int i = 0; i < width; ++i) o.put(d[i]);
}

/// A string, escaped as the header says.
constexpr void quoted(sink& o, std::string_view s) noexcept {
  o.put('"');
  for (std::size_t i = 0; i < s.size();) {
    const auto byte = static_cast<unsigned char>(s[i]);
    if (byte < 0x80) {
      switch (byte) {
        case '"': o.raw("\\\""); break;
        case '\\': o.raw("\\\\"); break;
        case '\b': o.raw("\\b"); break;
        case '\f': o.raw("\\f"); break;
        case '\n': o.raw("\\n"); break;
        case '\r': o.raw("\\r"); break;
        case '\t': o.raw("\\t"); break;
        default:
          if (byte < 0x20 || byte == 0x7F) {
            o.raw("\\u");
            hex(o, byte, 4);
          } else {
            o.put(static_cast<char>(byte));
          }
      }
      ++i;
      continue;
    }
    const code_point cp = decode_utf8(s, i);
    if (cp.size == 0) {  // one byte that is no part of valid UTF-8
      o.raw("\\ufffd");
      ++i;
      continue;
    }
    if ((cp.value >= 0x80 && cp.value <= 0x9F) || cp.value == 0x2028 || cp.value == 0x2029) {
      o.raw("\\u");
      hex(o, cp.value, 4);
    } else {
      o.raw(s.substr(i, cp.size));
    }
    i += cp.size;
  }
  o.put('"');
}

/// A string, or null when it is empty.
constexpr void optional_string(sink& o, std::string_view s) noexcept {
  if (s.empty())
    o.raw("null");
  else
    quoted(o, s);
}

/// `,"key":` (no comma before the first key).
constexpr void key(sink& o, std::string_view name, bool first = false) noexcept {
  if (!first) o.put(',');
  o.put('"');
  o.raw(name);
  o.raw("\":");
}

/// A day of the proleptic Gregorian calendar.
struct civil_day {
  std::int64_t year = 1970;
  int month = 1;
  int day = 1;
};

/// The calendar day `days` days after 1970-01-01 (before it when negative). Counted from
/// 0000-03-01, so that a leap day is the last day of its year: 400 years are 146097 days, of
/// four centuries of 36524 days (the last one a day longer); a century holds 24 four-year spans
/// of 1461 days and a 25th a day shorter; a four-year span three years of 365 days and a fourth
/// one of 366.
constexpr civil_day civil_from_days(std::int64_t days) noexcept {
  constexpr std::int64_t era_days = 146097, century_days = 36524, span_days = 1461, year_days = 365;
  // 1970-01-01 is day 719468 counted from 0000-03-01.
  const std::int64_t d = days + 719468;
  const std::int64_t era = (d >= 0 ? d : d - (era_days - 1)) / era_days;
  std::int64_t rest = d - era * era_days;  // [0, 146096]
  std::int64_t century = rest / century_days;
  if (century > 3) century = 3;  // the era's last day: 29 February of its 400th year
  rest -= century * century_days;
  const std::int64_t span = rest / span_days;  // the last span of a century is shorter: no overflow
  rest -= span * span_days;
  std::int64_t year = rest / year_days;
  if (year > 3) year = 3;  // the span's last day: 29 February
  rest -= year * year_days;
  // rest: the day of the year from 1 March, [0, 365]. The months from March, their first days.
  constexpr int month_starts[] = {0, 31, 61, 92, 122, 153, 184, 214, 245, 275, 306, 337};
  int m = 11;
  while (month_starts[m] > rest) --m;
  civil_day out;
  out.year = era * 400 + century * 100 + span * 4 + year;
  out.day = static_cast<int>(rest - month_starts[m]) + 1;
  out.month = m < 10 ? m + 3 : m - 9;  // January and February belong to the next year
  if (out.month <= 2) ++out.year;
  return out;
}

inline constexpr std::int64_t ms_per_day = 86'400'000;
/// The first and the last millisecond RFC 3339 can write (four-digit years): 0000-01-01T00:00:00.000Z
/// and 9999-12-31T23:59:59.999Z.
inline constexpr std::int64_t first_writable_ms = -62'167'219'200'000;
inline constexpr std::int64_t last_writable_ms = 253'402'300'799'999;

/// "2026-11-30T09:15:02.250Z", or null (see the header).
constexpr void timestamp(sink& o, const audit_record& r) noexcept {
  if (!r.timed() || r.time_ms < first_writable_ms || r.time_ms > last_writable_ms) {
    o.raw("null");
    return;
  }
  std::int64_t days = r.time_ms / ms_per_day;
  std::int64_t in_day = r.time_ms % ms_per_day;
  if (in_day < 0) {  // before 1970: the day before, counted forward
    in_day += ms_per_day;
    --days;
  }
  const civil_day c = civil_from_days(days);
  o.put('"');
  fixed_digits(o, c.year, 4);
  o.put('-');
  fixed_digits(o, c.month, 2);
  o.put('-');
  fixed_digits(o, c.day, 2);
  o.put('T');
  fixed_digits(o, in_day / 3'600'000, 2);
  o.put(':');
  fixed_digits(o, in_day / 60'000 % 60, 2);
  o.put(':');
  fixed_digits(o, in_day / 1000 % 60, 2);
  o.put('.');
  fixed_digits(o, in_day % 1000, 3);
  o.raw("Z\"");
}

/// "2026-02-26", or null for a date that is unknown or no calendar day.
constexpr void calendar_date(sink& o, date d) noexcept {
  if (!d.known() || !d.valid()) {
    o.raw("null");
    return;
  }
  o.put('"');
  fixed_digits(o, d.year(), 4);
  o.put('-');
  fixed_digits(o, d.month(), 2);
  o.put('-');
  fixed_digits(o, d.day(), 2);
  o.put('"');
}

template <class Set>
constexpr void set_words(sink& o, const Set& s) noexcept {
  o.put('"');
  for (std::size_t i = std::size(s.words); i > 0; --i) hex(o, s.words[i - 1], 16);
  o.put('"');
}

/// `"<prefix>label":"<marking>"`, or null and the label's fields (see the header).
constexpr void label_value(sink& o, const registry& reg, const label& l, std::string_view prefix) noexcept {
  const marking_text text = format_marking(reg, l);
  const auto named = [&](std::string_view name) noexcept {
    o.raw(",\"");
    o.raw(prefix);
    o.raw(name);
    o.raw("\":");
  };
  named("label");
  if (!text.view().empty()) {
    quoted(o, text.view());
    return;
  }
  o.raw("null");
  named("scheme");
  number(o, static_cast<int>(l.scheme));
  named("rank");
  number(o, l.rank);
  named("categories");
  set_words(o, l.categories);
  named("releasable_to");
  set_words(o, l.releasable_to);
  named("only");
  set_words(o, l.only);
}

/// Whether the sentence of `r` names the person (the subject) rather than a channel or
/// destination (the target).
constexpr bool about_person(reason r) noexcept {
  return (r >= reason::no_person && r <= reason::invalid_affiliation) ||
         (r >= reason::not_releasable && r <= reason::missing_need_to_know);
}

/// Who the sentence of `d` names (see the header).
constexpr std::string_view named_in(const audit_record& r, const decision& d) noexcept {
  if (about_person(d.why)) return r.subject;
  return r.target.empty() ? r.subject : r.target;
}

constexpr bool changes_label(audit_kind k) noexcept {
  return k == audit_kind::raise || k == audit_kind::declassify || k == audit_kind::relabel || k == audit_kind::write;
}

constexpr void line(sink& o, const registry& reg, const audit_record& r) noexcept {
  o.put('{');
  key(o, "seq", true);
  unsigned_number(o, r.sequence);
  key(o, "time");
  timestamp(o, r);
  key(o, "kind");
  quoted(o, to_string(r.kind));
  key(o, "subject");
  optional_string(o, r.subject);
  key(o, "target");
  optional_string(o, r.target);
  key(o, "policy");
  optional_string(o, r.policy);
  key(o, "policy_version");
  optional_string(o, r.policy_version);
  key(o, "data_as_of");
  calendar_date(o, r.data_as_of);
  label_value(o, reg, r.from, "");
  if (changes_label(r.kind) && r.to != label{}) label_value(o, reg, r.to, "to_");
  key(o, "allowed");
  o.raw(r.outcome.allowed() ? "true" : "false");
  key(o, "mode");
  quoted(o, to_string(r.mode));
  key(o, "delivered");
  o.raw(r.delivered ? "true" : "false");
  key(o, "reasons");
  o.put('[');
  for (std::size_t i = 0; i < r.reasons.count && i < decision_list::capacity; ++i) {
    const decision& d = r.reasons.items[i];
    if (i > 0) o.put(',');
    o.put('{');
    key(o, "code", true);
    number(o, static_cast<int>(d.why));
    key(o, "rule");
    quoted(o, to_string(d.why));
    key(o, "text");
    quoted(o, explain(reg, d, named_in(r, d)).view());
    o.put('}');
  }
  o.put(']');
  if (r.kind == audit_kind::declassify) {
    key(o, "authority");
    optional_string(o, r.authority);
    key(o, "ground");
    optional_string(o, r.ground);
  }
  o.put('}');
}

}  // namespace detail::json

/// Writes `r` into `out` as one line of JSON (see the header), without a newline and without a
/// terminating NUL. Returns the number of chars written; 0 when the line does not fit, and then
/// nothing of `out` is to be read (it may hold the start of the line). Never allocates.
constexpr std::size_t write_json(const registry& reg, const audit_record& r, slice<char> out) noexcept {
  detail::json::sink o{out.data(), out.size()};
  detail::json::line(o, reg, r);
  return o.fits() ? o.size : 0;
}

/// The length of the line write_json writes for `r`: the room it needs. Never allocates.
constexpr std::size_t json_length(const registry& reg, const audit_record& r) noexcept {
  detail::json::sink o{};
  detail::json::line(o, reg, r);
  return o.size;
}

/// The line as a std::string. Allocates (and may throw std::bad_alloc): for tools and tests, not
/// for the decision path, which uses write_json.
inline std::string json_line(const registry& reg, const audit_record& r) {
  std::string text(json_length(reg, r), '\0');
  text.resize(write_json(reg, r, text));
  return text;
}

}  // namespace clearance::inline v0

CLEARANCE_DETAIL_QUIET_SHADOW_END
