// SPDX-License-Identifier: MIT
//
// Audit records a system keeps (handle/audit.hpp) and their JSON lines (handle/audit_json.hpp):
// sequence numbers, times, escaping, reasons, buffers, enforce and warn. Every line written is
// read back by the small JSON reader below, which refuses what RFC 8259 refuses.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include <clearance/clearance.hpp>
#include <clearance/handle/audit_json.hpp>

using namespace clearance;

namespace {

// ---------------------------------------------------------------- a JSON reader for the tests

/// A JSON value; objects keep their keys in the order read.
struct json_value {
  enum class type { null, boolean, number, string, array, object } kind = type::null;
  bool flag = false;
  std::string text;  // a string's value (decoded), or a number's spelling
  std::vector<json_value> items;   // an array's items, or an object's values
  std::vector<std::string> names;  // an object's keys, one per value

  [[nodiscard]] const json_value* find(std::string_view name) const {
    for (std::size_t k = 0; k < names.size(); ++k)
      if (names[k] == name) return &items[k];
    return nullptr;
  }
  [[nodiscard]] const std::vector<std::string>& keys() const { return names; }
};

/// Reads one JSON text (RFC 8259): the whole input, nothing after it but whitespace. Refuses raw
/// control characters in strings, bad escapes, lone surrogates, invalid UTF-8 and duplicate keys.
class json_reader {
 public:
  explicit json_reader(std::string_view text) : s_(text) {}

  bool read(json_value& out) {
    if (!valid_utf8()) return false;
    space();
    if (!value(out, 0)) return false;
    space();
    return i_ == s_.size();
  }

 private:
  bool valid_utf8() const {
    for (std::size_t k = 0; k < s_.size();) {
      const code_point cp = decode_utf8(s_, k);
      if (cp.size == 0) return false;
      k += cp.size;
    }
    return true;
  }
  void space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }
  bool literal(std::string_view word) {
    if (s_.substr(i_, word.size()) != word) return false;
    i_ += word.size();
    return true;
  }
  bool value(json_value& out, int depth) {
    if (depth > 32 || i_ >= s_.size()) return false;
    const char c = s_[i_];
    if (c == '{') return object(out, depth);
    if (c == '[') return array(out, depth);
    if (c == '"') {
      out.kind = json_value::type::string;
      return string(out.text);
    }
    if (c == 't' || c == 'f') {
      out.kind = json_value::type::boolean;
      out.flag = c == 't';
      return literal(c == 't' ? "true" : "false");
    }
    if (c == 'n') {
      out.kind = json_value::type::null;
      return literal("null");
    }
    out.kind = json_value::type::number;
    return number(out.text);
  }
  static bool digit(char c) { return c >= '0' && c <= '9'; }
  bool number(std::string& out) {
    const std::size_t start = i_;
    if (i_ < s_.size() && s_[i_] == '-') ++i_;
    if (i_ >= s_.size() || !digit(s_[i_])) return false;
    if (s_[i_] == '0')
      ++i_;
    else
      while (i_ < s_.size() && digit(s_[i_])) ++i_;
    if (i_ < s_.size() && s_[i_] == '.') {
      ++i_;
      if (i_ >= s_.size() || !digit(s_[i_])) return false;
      while (i_ < s_.size() && digit(s_[i_])) ++i_;
    }
    if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
      ++i_;
      if (i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-')) ++i_;
      if (i_ >= s_.size() || !digit(s_[i_])) return false;
      while (i_ < s_.size() && digit(s_[i_])) ++i_;
    }
    out = std::string(s_.substr(start, i_ - start));
    return true;
  }
  bool hex4(unsigned& v) {
    if (s_.size() - i_ < 4) return false;
    v = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = s_[i_++];
      v <<= 4;
      if (digit(c)) v |= static_cast<unsigned>(c - '0');
      else if (c >= 'a' && c <= 'f') v |= static_cast<unsigned>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') v |= static_cast<unsigned>(c - 'A' + 10);
      else return false;
    }
    return true;
  }
  static void utf8(std::string& out, unsigned v) {
    if (v < 0x80) {
      out += static_cast<char>(v);
    } else if (v < 0x800) {
      out += static_cast<char>(0xC0 | (v >> 6));
      out += static_cast<char>(0x80 | (v & 0x3F));
    } else if (v < 0x10000) {
      out += static_cast<char>(0xE0 | (v >> 12));
      out += static_cast<char>(0x80 | ((v >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (v & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (v >> 18));
      out += static_cast<char>(0x80 | ((v >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((v >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (v & 0x3F));
    }
  }
  bool string(std::string& out) {
    ++i_;  // the opening quote
    out.clear();
    while (i_ < s_.size()) {
      const auto c = static_cast<unsigned char>(s_[i_]);
      if (c == '"') {
        ++i_;
        return true;
      }
      if (c < 0x20) return false;  // a raw control character
      if (c != '\\') {
        out += static_cast<char>(c);
        ++i_;
        continue;
      }
      if (++i_ >= s_.size()) return false;
      const char e = s_[i_++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          unsigned v = 0;
          if (!hex4(v)) return false;
          if (v >= 0xDC00 && v <= 0xDFFF) return false;  // a low surrogate alone
          if (v >= 0xD800 && v <= 0xDBFF) {
            unsigned low = 0;
            if (!literal("\\u") || !hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
            v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00);
          }
          utf8(out, v);
          break;
        }
        default: return false;
      }
    }
    return false;  // no closing quote
  }
  bool array(json_value& out, int depth) {
    out.kind = json_value::type::array;
    ++i_;
    space();
    if (i_ < s_.size() && s_[i_] == ']') {
      ++i_;
      return true;
    }
    for (;;) {
      json_value item;
      space();
      if (!value(item, depth + 1)) return false;
      out.items.push_back(std::move(item));
      space();
      if (i_ >= s_.size()) return false;
      if (s_[i_] == ']') {
        ++i_;
        return true;
      }
      if (s_[i_++] != ',') return false;
    }
  }
  bool object(json_value& out, int depth) {
    out.kind = json_value::type::object;
    ++i_;
    space();
    if (i_ < s_.size() && s_[i_] == '}') {
      ++i_;
      return true;
    }
    for (;;) {
      space();
      if (i_ >= s_.size() || s_[i_] != '"') return false;
      std::string name;
      if (!string(name)) return false;
      if (out.find(name) != nullptr) return false;  // a duplicate key
      space();
      if (i_ >= s_.size() || s_[i_++] != ':') return false;
      space();
      json_value item;
      if (!value(item, depth + 1)) return false;
      out.names.push_back(std::move(name));
      out.items.push_back(std::move(item));
      space();
      if (i_ >= s_.size()) return false;
      if (s_[i_] == '}') {
        ++i_;
        return true;
      }
      if (s_[i_++] != ',') return false;
    }
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

/// The line read back; fails the test when it is not one line of valid JSON, an object.
json_value parsed(const std::string& line) {
  json_value v;
  INFO(line);
  CHECK(json_reader{line}.read(v));
  CHECK(v.kind == json_value::type::object);
  CHECK(line.find('\n') == std::string::npos);
  CHECK(line.find('\r') == std::string::npos);
  return v;
}

std::string text_of(const json_value& object, std::string_view name) {
  const json_value* v = object.find(name);
  REQUIRE(v != nullptr);
  REQUIRE(v->kind == json_value::type::string);
  return v->text;
}

bool is_null(const json_value& object, std::string_view name) {
  const json_value* v = object.find(name);
  return v != nullptr && v->kind == json_value::type::null;
}

// ---------------------------------------------------------------- clocks and records

struct fixed_clock {
  std::int64_t ms = 0;
  static std::int64_t now(void* context) noexcept { return static_cast<fixed_clock*>(context)->ms; }
};

constexpr std::int64_t t_2026_11_30 = 1'796'030'102'250;  // 2026-11-30T09:15:02.250Z

/// A record with this time and nothing else to say.
audit_record at_time(std::int64_t ms) {
  audit_record r;
  r.time_ms = ms;
  r.reasons = access_reasons(person{}, label{nato::secret});
  r.outcome = r.reasons.first();
  r.from = label{nato::secret};
  return r;
}

std::string time_of(std::int64_t ms) {
  const json_value v = parsed(json_line(builtin_schemes, at_time(ms)));
  const json_value* t = v.find("time");
  REQUIRE(t != nullptr);
  return t->kind == json_value::type::null ? std::string{"null"} : t->text;
}

const person cleared_nl{.nationality = party::nld, .works_for = organisation::government,
                        .clearances = {nld::screening_a, nato::clearance_secret}, .briefed = true};

}  // namespace

// ---------------------------------------------------------------- enforcement

TEST_CASE("audit enforcement: warn delivers what enforce refuses") {
  const decision denied = can_access(person{}, label{nato::secret});
  const decision allowed = can_access(cleared_nl, label{nato::secret});
  REQUIRE(!denied);
  REQUIRE(allowed);

  CHECK(delivers(enforcement::enforce, allowed));
  CHECK(delivers(enforcement::warn, allowed));
  CHECK_FALSE(delivers(enforcement::enforce, denied));
  CHECK(delivers(enforcement::warn, denied));
  CHECK_FALSE(delivers(enforcement::enforce, decision{}));  // undecided

  CHECK(is_defined(enforcement::enforce));
  CHECK(is_defined(enforcement::warn));
  CHECK(to_string(enforcement::enforce) == "enforce");
  CHECK(to_string(enforcement::warn) == "warn");
  static_assert(delivers(enforcement::warn, detail::deny(reason::no_person, {})));
  static_assert(!delivers(enforcement::enforce, detail::deny(reason::no_person, {})));
}

TEST_CASE("audit enforcement: a mode of no enumerator is enforced") {
  const decision denied = can_access(person{}, label{nato::secret});
  for (const int value : {-1, 2, 7, 1 << 20}) {
    const auto mode = static_cast<enforcement>(value);
    CHECK_FALSE(is_defined(mode));
    CHECK_FALSE(delivers(mode, denied));
    CHECK(delivers(mode, can_access(cleared_nl, label{nato::secret})));
    CHECK(to_string(mode) == "enforce");

    audit_trail trail;
    const audit_record r = trail.record(audit_kind::access, "alice", {}, access_reasons(person{}, label{nato::secret}),
                                        label{nato::secret}, {}, mode);
    CHECK_FALSE(r.delivered);
    const json_value v = parsed(json_line(builtin_schemes, r));
    CHECK(text_of(v, "mode") == "enforce");
    CHECK_FALSE(v.find("delivered")->flag);
  }
}

TEST_CASE("audit kinds: deliver and relabel come after declassify") {
  CHECK(static_cast<int>(audit_kind::declassify) == 6);
  CHECK(static_cast<int>(audit_kind::deliver) == 7);
  CHECK(static_cast<int>(audit_kind::relabel) == 8);
  CHECK(to_string(audit_kind::deliver) == "deliver");
  CHECK(to_string(audit_kind::relabel) == "relabel");
  CHECK(to_string(static_cast<audit_kind>(99)) == "unknown");
}

// ---------------------------------------------------------------- the trail

TEST_CASE("audit trail: sequence numbers start at 1 and increase by one") {
  fixed_clock clock{t_2026_11_30};
  audit_trail trail{fixed_clock::now, &clock, "example-policy", "3.1", data_as_of};
  const decision_list reasons = access_reasons(person{}, label{nato::secret});
  for (std::uint64_t n = 1; n <= 5; ++n) {
    const audit_record r = trail.record(audit_kind::access, "alice", {}, reasons, label{nato::secret});
    CHECK(r.sequence == n);
    CHECK(r.time_ms == t_2026_11_30);
    CHECK(r.policy == "example-policy");
    CHECK(r.policy_version == "3.1");
    CHECK(r.data_as_of == data_as_of);
    CHECK(r.outcome == reasons.first());
    CHECK(r.reasons.size() == reasons.size());
  }
  CHECK(trail.recorded() == 5);
}

TEST_CASE("audit trail: sequence numbers are unique across threads") {
  constexpr std::size_t threads = 8, each = 2000;
  fixed_clock clock{0};
  audit_trail trail{fixed_clock::now, &clock, "p", "1", data_as_of};
  const decision_list reasons = transmit_reasons(label{nld::stg_geheim}, channels::cisco_webex);
  std::vector<std::vector<std::uint64_t>> seen(threads);
  {
    std::vector<std::thread> running;
    for (std::size_t t = 0; t < threads; ++t)
      running.emplace_back([&, t] {
        seen[t].reserve(each);
        for (std::size_t k = 0; k < each; ++k)
          seen[t].push_back(
              trail.record(audit_kind::transmit, "alice", "Cisco Webex", reasons, label{nld::stg_geheim}).sequence);
      });
    for (std::thread& t : running) t.join();
  }
  std::vector<std::uint64_t> all;
  for (const auto& part : seen) {
    CHECK(std::is_sorted(part.begin(), part.end()));  // increasing within a thread
    all.insert(all.end(), part.begin(), part.end());
  }
  std::sort(all.begin(), all.end());
  REQUIRE(all.size() == threads * each);
  bool every_number_once = true;
  for (std::size_t k = 0; k < all.size(); ++k) every_number_once = every_number_once && all[k] == k + 1;
  CHECK(every_number_once);
  CHECK(trail.recorded() == threads * each);
}

TEST_CASE("audit trail: without a clock the time is null") {
  audit_trail trail;  // no clock, no policy
  const audit_record r =
      trail.record(audit_kind::access, "alice", {}, access_reasons(person{}, label{nato::secret}), label{nato::secret});
  CHECK(r.sequence == 1);
  CHECK_FALSE(r.timed());
  const json_value v = parsed(json_line(builtin_schemes, r));
  CHECK(is_null(v, "time"));
  CHECK(is_null(v, "policy"));
  CHECK(is_null(v, "policy_version"));
  CHECK(is_null(v, "data_as_of"));
  CHECK(is_null(v, "target"));

  audit_trail null_clock{nullptr, nullptr, "p", "1", {}};
  CHECK_FALSE(null_clock.record(audit_kind::store, {}, "x", decision{}, label{}).timed());
}

// ---------------------------------------------------------------- the date of the tables

TEST_CASE("audit data_as_of: the newest dated fact of the built-in tables") {
  // Read from the data: the NIAPC listing of iOS 26 (data/channels.hpp, approved_on) is the
  // newest date of any channel, mapping table or scheme period.
  static_assert(data_as_of == date{2026, 2, 26});
  CHECK(data_as_of == channels::ios_26_managed.approved_on);
  // The schemes alone: the French reform of 2021-07-01 (data/fra.hpp: its mapping table and period).
  CHECK(newest_fact(builtin_schemes, {}) == date{2021, 7, 1});

  channel later = channels::telephone;
  later.revoked_on = date{2027, 5, 1};
  const channel* with_later[] = {&channels::ios_26_managed, nullptr, &later};
  CHECK(newest_fact(builtin_schemes, with_later) == date{2027, 5, 1});
  // An end of validity still to come is no fact yet.
  channel expiring = channels::telephone;
  expiring.valid_until = date{2030, 1, 1};
  const channel* with_expiry[] = {&channels::ios_26_managed, &expiring};
  CHECK(newest_fact(builtin_schemes, with_expiry) == date{2026, 2, 26});
  const std::array<const scheme*, 0> none{};
  CHECK_FALSE(newest_fact(registry{none}, {}).known());
}

// ---------------------------------------------------------------- time

TEST_CASE("audit json: times in RFC 3339 with milliseconds") {
  CHECK(time_of(0) == "1970-01-01T00:00:00.000Z");
  CHECK(time_of(1'709'251'199'999) == "2024-02-29T23:59:59.999Z");  // a leap day, its last millisecond
  CHECK(time_of(1'709'251'200'000) == "2024-03-01T00:00:00.000Z");
  CHECK(time_of(t_2026_11_30) == "2026-11-30T09:15:02.250Z");
  CHECK(time_of(951'868'800'000) == "2000-03-01T00:00:00.000Z");  // after 29 February 2000
  CHECK(time_of(951'868'800'000 - 1) == "2000-02-29T23:59:59.999Z");
  // Before 1970: written as such.
  CHECK(time_of(-1) == "1969-12-31T23:59:59.999Z");
  CHECK(time_of(-86'400'000) == "1969-12-31T00:00:00.000Z");
  CHECK(time_of(-2'203'934'399'999) == "1900-02-28T12:00:00.001Z");
  // The years RFC 3339 writes, and none beyond.
  CHECK(time_of(detail::json::first_writable_ms) == "0000-01-01T00:00:00.000Z");
  CHECK(time_of(detail::json::last_writable_ms) == "9999-12-31T23:59:59.999Z");
  CHECK(time_of(detail::json::first_writable_ms - 1) == "null");
  CHECK(time_of(detail::json::last_writable_ms + 1) == "null");
  CHECK(time_of(audit_record::no_time) == "null");
  CHECK(time_of(INT64_MAX) == "null");
}

TEST_CASE("audit json: every day from year 0 to 9999 is the day a calendar count gives") {
  // Walk the days one by one and compare with civil_from_days.
  const std::int64_t first = detail::json::first_writable_ms / detail::json::ms_per_day;
  std::int64_t year = 0;
  int month = 1, day = 1;
  const auto leap = [](std::int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; };
  const auto length = [&](std::int64_t y, int m) {
    constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return days[m - 1] + (m == 2 && leap(y) ? 1 : 0);
  };
  std::size_t wrong = 0, walked = 0;
  for (std::int64_t n = first; year <= 9999; ++n, ++walked) {
    const detail::json::civil_day c = detail::json::civil_from_days(n);
    if (c.year != year || c.month != month || c.day != day) ++wrong;
    if (n == 0) CHECK((year == 1970 && month == 1 && day == 1));
    if (++day > length(year, month)) {
      day = 1;
      if (++month > 12) month = 1, ++year;
    }
  }
  CHECK(wrong == 0);
  CHECK(walked == 3'652'425);  // 10000 years of 365.2425 days
}

// ---------------------------------------------------------------- escaping

TEST_CASE("audit json: strings escaped per RFC 8259") {
  audit_trail trail;
  const std::string subject = std::string("a\"b\\c\nd\te\x01") + "f\x7f" + "g\x1f";
  const std::string target = "Ren\xc3\xa9" "e \xe2\x82\xac \xf0\x9f\x94\x92";  // René € and a 4-byte character
  const std::string invalid = std::string("x\xff") + "y\xc0\xaf" + "z\xed\xa0\x80" + "w\xe2\x82";
  const std::string separators = "p\xe2\x80\xa8q\xc2\x9b";  // U+2028 and the C1 control CSI
  audit_record r = trail.record(audit_kind::access, subject, target, access_reasons(person{}, label{nato::secret}),
                                label{nato::secret});
  r.policy = invalid;
  r.policy_version = separators;
  const std::string line = json_line(builtin_schemes, r);
  INFO(line);

  // As written.
  CHECK(line.find(R"("subject":"a\"b\\c\nd\te\u0001f\u007fg\u001f")") != std::string::npos);
  CHECK(line.find("\"target\":\"" + target + "\"") != std::string::npos);  // valid UTF-8 kept
  CHECK(line.find(R"("policy":"x\ufffdy\ufffd\ufffdz\ufffd\ufffd\ufffdw\ufffd\ufffd")") != std::string::npos);
  CHECK(line.find(R"("policy_version":"p\u2028q\u009b")") != std::string::npos);
  for (const char c : line) CHECK(static_cast<unsigned char>(c) >= 0x20);

  // As read.
  const json_value v = parsed(line);
  CHECK(text_of(v, "subject") == subject);
  CHECK(text_of(v, "target") == target);
  const std::string fffd = "\xef\xbf\xbd";
  CHECK(text_of(v, "policy") == "x" + fffd + "y" + fffd + fffd + "z" + fffd + fffd + fffd + "w" + fffd + fffd);
  CHECK(text_of(v, "policy_version") == separators);
  // The sentence names the subject, escaped the same way.
  const json_value& first = v.find("reasons")->items.at(0);
  CHECK(text_of(first, "text").find(subject + " has no nationality") != std::string::npos);
}

// ---------------------------------------------------------------- the line

TEST_CASE("audit json: the keys in their order") {
  fixed_clock clock{t_2026_11_30};
  audit_trail trail{fixed_clock::now, &clock, "urn:example:policy", "2026.1", data_as_of};
  const audit_record r = trail.record(audit_kind::access, "alice@example", "doc-17",
                                      access_reasons(person{}, label{nato::secret}), label{nato::secret});
  const std::string line = json_line(builtin_schemes, r);
  INFO(line);
  const json_value v = parsed(line);
  CHECK(v.keys() == std::vector<std::string>{"seq", "time", "kind", "subject", "target", "policy", "policy_version",
                                             "data_as_of", "label", "allowed", "mode", "delivered", "reasons"});
  CHECK(v.find("seq")->text == "1");
  CHECK(text_of(v, "time") == "2026-11-30T09:15:02.250Z");
  CHECK(text_of(v, "kind") == "access");
  CHECK(text_of(v, "subject") == "alice@example");
  CHECK(text_of(v, "target") == "doc-17");
  CHECK(text_of(v, "policy") == "urn:example:policy");
  CHECK(text_of(v, "policy_version") == "2026.1");
  CHECK(text_of(v, "data_as_of") == "2026-02-26");
  CHECK(text_of(v, "label") == std::string{format_marking(label{nato::secret}).view()});
  CHECK_FALSE(v.find("allowed")->flag);
  CHECK(text_of(v, "mode") == "enforce");
  CHECK_FALSE(v.find("delivered")->flag);
  CHECK(line.rfind("{\"seq\":1,\"time\":\"2026-11-30T09:15:02.250Z\",\"kind\":\"access\"", 0) == 0);
}

TEST_CASE("audit json: every reason in order with its code") {
  const decision_list reasons = transmit_reasons(label{nld::stg_geheim}, channels::cisco_webex);
  REQUIRE(reasons.size() >= 1);
  REQUIRE(!reasons.first());
  audit_trail trail;
  const audit_record r =
      trail.record(audit_kind::transmit, "alice", channels::cisco_webex.name, reasons, label{nld::stg_geheim});
  const std::string line = json_line(builtin_schemes, r);
  INFO(line);
  const json_value v = parsed(line);
  const json_value* list = v.find("reasons");
  REQUIRE(list != nullptr);
  REQUIRE(list->kind == json_value::type::array);
  REQUIRE(list->items.size() == reasons.size());
  for (std::size_t i = 0; i < reasons.size(); ++i) {
    const decision& d = reasons.items[i];
    const json_value& item = list->items[i];
    CHECK(item.keys() == std::vector<std::string>{"code", "rule", "text"});
    CHECK(item.find("code")->kind == json_value::type::number);
    CHECK(item.find("code")->text == std::to_string(static_cast<int>(d.why)));
    CHECK(text_of(item, "rule") == to_string(d.why));
    CHECK(text_of(item, "text") == std::string{explain(d, channels::cisco_webex.name).view()});
  }
  CHECK_FALSE(v.find("allowed")->flag);

  // A decision list of several denials: each one, in order.
  const decision_list many = access_reasons(person{.nationality = party::nld}, label{nato::secret}.with(category::atomal));
  REQUIRE(many.size() > 1);
  const json_value w = parsed(json_line(builtin_schemes, trail.record(audit_kind::access, "bob", {}, many,
                                                                      label{nato::secret}.with(category::atomal))));
  REQUIRE(w.find("reasons")->items.size() == many.size());
  for (std::size_t i = 0; i < many.size(); ++i) {
    CHECK(w.find("reasons")->items[i].find("code")->text == std::to_string(static_cast<int>(many.items[i].why)));
    CHECK(text_of(w.find("reasons")->items[i], "text") == std::string{explain(many.items[i], "bob").view()});
  }
}

TEST_CASE("audit json: an allowed decision holds its one allowed entry") {
  audit_trail trail;
  const audit_record r = trail.record(audit_kind::access, "nl", {}, access_reasons(cleared_nl, label{nato::secret}),
                                      label{nato::secret});
  CHECK(r.delivered);
  const json_value v = parsed(json_line(builtin_schemes, r));
  CHECK(v.find("allowed")->flag);
  CHECK(v.find("delivered")->flag);
  REQUIRE(v.find("reasons")->items.size() == 1);
  const json_value& only = v.find("reasons")->items[0];
  CHECK(only.find("code")->text == "0");
  CHECK(text_of(only, "rule") == "allowed");
  CHECK(text_of(only, "text").rfind("allowed: ", 0) == 0);

  // An empty list (made by hand): no reasons, undecided, not allowed.
  audit_record empty = r;
  empty.reasons = {};
  empty.outcome = empty.reasons.first();
  const json_value e = parsed(json_line(builtin_schemes, empty));
  CHECK(e.find("reasons")->items.empty());
  CHECK_FALSE(e.find("allowed")->flag);
}

TEST_CASE("audit json: warn mode delivers and records the denial") {
  audit_trail trail;
  const decision_list reasons = transmit_reasons(label{nld::stg_geheim}, channels::cisco_webex);
  const audit_record enforced = trail.record(audit_kind::transmit, "alice", "Cisco Webex", reasons,
                                             label{nld::stg_geheim}, {}, enforcement::enforce);
  const audit_record warned = trail.record(audit_kind::transmit, "alice", "Cisco Webex", reasons,
                                           label{nld::stg_geheim}, {}, enforcement::warn);
  CHECK_FALSE(enforced.delivered);
  CHECK(warned.delivered);
  const json_value e = parsed(json_line(builtin_schemes, enforced));
  const json_value w = parsed(json_line(builtin_schemes, warned));
  CHECK(text_of(e, "mode") == "enforce");
  CHECK(text_of(w, "mode") == "warn");
  CHECK_FALSE(e.find("delivered")->flag);
  CHECK(w.find("delivered")->flag);
  CHECK_FALSE(w.find("allowed")->flag);
  CHECK(w.find("reasons")->items.size() == reasons.size());
}

TEST_CASE("audit json: a declassify record carries its authority and ground") {
  struct kept {
    audit_event event{};
    int count = 0;
  } seen;
  const audit_hook hook{[](const audit_event& e, void* context) noexcept {
                          auto* k = static_cast<kept*>(context);
                          k->event = e;
                          ++k->count;
                        },
                        &seen};
  const audit_hook* previous = set_audit_hook(&hook);
  const dynamic_labeled<int> secret{7, label{nato::secret}};
  const authority_grant grant{"NATO originator, SHAPE J2", "release to the press, decision 2026/14"};
  const auto lowered = declassify(secret, label{nato::restricted}, grant);
  set_audit_hook(previous);
  REQUIRE(lowered);
  REQUIRE(seen.count == 1);

  fixed_clock clock{t_2026_11_30};
  audit_trail trail{fixed_clock::now, &clock, "p", "1", data_as_of};
  const audit_record r = trail.record(seen.event, enforcement::enforce, "report-4");
  CHECK(r.kind == audit_kind::declassify);
  CHECK(r.authority == grant.who);
  CHECK(r.ground == grant.ground);
  CHECK(r.subject == "report-4");
  CHECK(r.delivered);
  const std::string line = json_line(builtin_schemes, r);
  INFO(line);
  const json_value v = parsed(line);
  CHECK(v.keys() == std::vector<std::string>{"seq", "time", "kind", "subject", "target", "policy", "policy_version",
                                             "data_as_of", "label", "to_label", "allowed", "mode", "delivered",
                                             "reasons", "authority", "ground"});
  CHECK(text_of(v, "authority") == grant.who);
  CHECK(text_of(v, "ground") == grant.ground);
  CHECK(text_of(v, "label") == std::string{format_marking(label{nato::secret}).view()});
  CHECK(text_of(v, "to_label") == std::string{format_marking(label{nato::restricted}).view()});

  // Without a ground: denied, and the missing ground written as null.
  const decision refused = may_lower(label{nato::secret}, label{nato::restricted}, {"someone", {}});
  const audit_record d = trail.record_declassify("report-5", refused, label{nato::secret}, label{nato::restricted},
                                                 "someone", {});
  const json_value n = parsed(json_line(builtin_schemes, d));
  CHECK(text_of(n, "authority") == "someone");
  CHECK(is_null(n, "ground"));
  CHECK_FALSE(n.find("allowed")->flag);
  CHECK(text_of(n.find("reasons")->items.at(0), "rule") == to_string(reason::no_declassification_authority));

  // No other kind writes them.
  const json_value a = parsed(json_line(builtin_schemes, at_time(0)));
  CHECK(a.find("authority") == nullptr);
  CHECK(a.find("to_label") == nullptr);
}

TEST_CASE("audit json: events of the hook name the person or the channel") {
  std::vector<audit_event> events;
  const audit_hook hook{[](const audit_event& e, void* context) noexcept {
                          static_cast<std::vector<audit_event>*>(context)->push_back(e);
                        },
                        &events};
  const audit_hook* previous = set_audit_hook(&hook);
  const dynamic_labeled<int> v{1, label{nld::stg_geheim}};
  static_cast<void>(reveal(v, person{}, [](int) {}, default_policy, "alice"));
  static_cast<void>(send(v, channels::cisco_webex, {}, [](int) {}));
  set_audit_hook(previous);
  REQUIRE(events.size() == 2);

  audit_trail trail;
  const audit_record access = trail.record(events[0], enforcement::enforce, "doc-1");
  CHECK(access.subject == "alice");
  CHECK(access.target == "doc-1");
  const audit_record sent = trail.record(events[1], enforcement::warn, "alice");
  CHECK(sent.subject == "alice");
  CHECK(sent.target == channels::cisco_webex.name);
  CHECK(sent.delivered);

  const json_value a = parsed(json_line(builtin_schemes, access));
  CHECK(text_of(a.find("reasons")->items.at(0), "text").find("alice has no nationality") != std::string::npos);
  const json_value s = parsed(json_line(builtin_schemes, sent));
  CHECK(text_of(s.find("reasons")->items.at(0), "text").find("channel Cisco Webex") != std::string::npos);
}

TEST_CASE("audit json: a label no marking expresses is written as null with its fields") {
  audit_trail trail;
  label odd{};
  odd.scheme = nato::id;
  odd.rank = 99;
  odd.categories = category_set::from_words(0x5, 0x1);
  const audit_record r = trail.record(audit_kind::raise, "x", {}, may_raise(label{nato::secret}, odd),
                                      label{}, odd);
  const std::string line = json_line(builtin_schemes, r);
  INFO(line);
  const json_value v = parsed(line);
  CHECK(is_null(v, "label"));
  CHECK(v.find("scheme")->text == "0");
  CHECK(v.find("rank")->text == "-1");
  CHECK(is_null(v, "to_label"));
  CHECK(v.find("to_scheme")->text == std::to_string(static_cast<int>(nato::id)));
  CHECK(v.find("to_rank")->text == "99");
  CHECK(text_of(v, "to_categories") == "00000000000000010000000000000005");
  CHECK(text_of(v, "to_only") == std::string(32, '0'));
}

TEST_CASE("audit json: a buffer too small gets nothing") {
  fixed_clock clock{t_2026_11_30};
  audit_trail trail{fixed_clock::now, &clock, "urn:example:policy", "2026.1", data_as_of};
  const audit_record r = trail.record(audit_kind::transmit, "Ren\xc3\xa9\n", "Cisco Webex",
                                      transmit_reasons(label{nld::stg_geheim}, channels::cisco_webex),
                                      label{nld::stg_geheim});
  const std::string full = json_line(builtin_schemes, r);
  REQUIRE(full.size() == json_length(builtin_schemes, r));
  REQUIRE(full.size() > 100);
  std::size_t succeeded = 0;
  for (std::size_t size = 0; size <= full.size() + 2; ++size) {
    std::vector<char> buffer(size, '#');
    const std::size_t n = write_json(builtin_schemes, r, buffer);
    if (size < full.size()) {
      if (n != 0) ++succeeded;
    } else {
      CHECK(n == full.size());
      CHECK(std::string(buffer.data(), n) == full);
      // Nothing written beyond the line.
      for (std::size_t k = n; k < size; ++k) CHECK(buffer[k] == '#');
    }
  }
  CHECK(succeeded == 0);
  CHECK(write_json(builtin_schemes, r, slice<char>{}) == 0);
}
