// SPDX-License-Identifier: MIT
//
// Run-time cost of the library's decisions and of reading markings, each against a hand-written
// baseline in the same binary:
// - can_access, may_transmit and join against the plain integer and mask comparisons a host
//   would write without the library (a level as an int, categories and releasability as masks);
// - parse_marking against a naive reader: upper-case the text into a std::string, then compare
//   it with a table of std::string spellings;
// - the wire readers (STANAG 4774, ESS, XEP-0258) against parse_marking on the same labels.
// Every measurement cycles through the same 64 inputs, held in memory the optimiser cannot see
// through. Prints two Markdown tables: the medians of 5 repetitions with their ratios, and the
// sizes of the value types.
#include <benchmark/benchmark.h>
#include <clearance/clearance.hpp>
#include <clearance/marking.hpp>
#include <clearance/wire.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <map>
#include <string>
#include <utility>
#include <vector>

using namespace clearance;

namespace {

constexpr std::size_t inputs = 64;  // a power of two: the index wraps with a mask

// ---- the inputs: a mix of allowed and denied cases --------------------------------------------

constexpr std::array<level, 9> levels{nato::restricted, nato::confidential, nato::secret,
                                      nato::cosmic_top_secret, nato::unclassified, nld::dep_vertrouwelijk,
                                      nld::stg_confidentieel, nld::stg_geheim, nld::stg_zeer_geheim};
constexpr std::array<clearance_grant, 4> nato_grants{clearance_grant{}, nato::clearance_confidential,
                                                     nato::clearance_secret, nato::clearance_cosmic_top_secret};
constexpr std::array<clearance_grant, 4> dutch_grants{clearance_grant{}, nld::screening_c, nld::screening_b,
                                                      nld::screening_a};

struct access_case {
  person who;
  label what;
};

std::vector<access_case> access_cases() {
  std::vector<access_case> cases;
  for (std::size_t i = 0; i < inputs; ++i) {
    label l = levels[i % levels.size()];
    if (i % 3 == 1 && l.scheme == nato::id && l.rank >= 2) l = l.with(category::atomal);
    if (i % 4 == 2) l = l.with(compartment(static_cast<int>(i % 5)));
    person p{.nationality = i % 7 == 3 ? party::deu : party::nld,
             .works_for = organisation::government,
             .clearances = {nato_grants[(i / 2) % 4], dutch_grants[(i / 3) % 4]},
             .need_to_know = i % 5 == 0 ? category_set{} : category_set{category::atomal, compartment(1), compartment(2)},
             .briefed = i % 11 != 5};
    cases.push_back({p, l});
  }
  return cases;
}

struct transmit_case {
  label what;
  const channel* over;
};

std::vector<transmit_case> transmit_cases() {
  const std::array<const channel*, 3> over{&channels::telephone, &channels::sectra_tiger_s, &channels::whatsapp};
  std::vector<transmit_case> cases;
  for (std::size_t i = 0; i < inputs; ++i) cases.push_back({levels[(i * 5) % levels.size()], over[i % over.size()]});
  return cases;
}

std::vector<std::pair<label, label>> join_cases() {
  std::vector<std::pair<label, label>> cases;
  for (std::size_t i = 0; i < inputs; ++i) {
    const label a = label{levels[i % 4]}.with(compartment(static_cast<int>(i % 3)));
    const label b = label{levels[(i / 4) % 4]}.releasable({party::nld, party::bel});
    cases.emplace_back(a, b);
  }
  return cases;
}

// ---- the baseline: what a host writes by hand -------------------------------------------------
// A level is a rank on one shared scale, categories and releasability are masks of 128 bits (as
// wide as the library's), and a person's clearance is the highest rank it covers. No scheme, no
// validation, no reason: a bool.

struct mask {
  std::uint64_t low, high;
  friend mask operator|(mask a, mask b) { return {a.low | b.low, a.high | b.high}; }
  friend mask operator&(mask a, mask b) { return {a.low & b.low, a.high & b.high}; }
  friend mask operator~(mask a) { return {~a.low, ~a.high}; }
  bool any() const { return (low | high) != 0; }
};
template <class Set>
mask mask_of(const Set& s) {
  return {s.words[0], s.words[1]};
}

struct raw_label {
  int rank;
  mask categories;
  mask releasable_to;
};
struct raw_person {
  int cleared;
  mask need_to_know;
  mask holds;
};
struct raw_access_case {
  raw_person who;
  raw_label what;
};

raw_label raw(const label& l) { return {l.rank, mask_of(l.categories), mask_of(l.releasable_to)}; }

std::vector<raw_access_case> raw_access_cases() {
  std::vector<raw_access_case> cases;
  for (const access_case& c : access_cases())
    cases.push_back({{c.who.clearance_in(c.what.scheme).grade, mask_of(c.who.need_to_know),
                      mask_of(party_set{c.who.nationality})},
                     raw(c.what)});
  return cases;
}

bool raw_can_access(const raw_person& p, const raw_label& l) {
  return p.cleared >= l.rank && !(l.categories & ~p.need_to_know).any() && (l.releasable_to & p.holds).any();
}
bool raw_may_transmit(const raw_label& l, int ceiling) { return l.rank <= ceiling; }
raw_label raw_join(const raw_label& a, const raw_label& b) {
  return {a.rank > b.rank ? a.rank : b.rank, a.categories | b.categories, a.releasable_to & b.releasable_to};
}

// ---- the measurements -------------------------------------------------------------------------

/// Runs `decide` over the 64 cases in turn, keeping each result.
template <class Case, class F>
void cycle(benchmark::State& state, const std::vector<Case>& cases, F decide) {
  std::size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(decide(cases[i++ & (inputs - 1)]));
}

void access_baseline(benchmark::State& state) {
  cycle(state, raw_access_cases(), [](const raw_access_case& c) { return raw_can_access(c.who, c.what); });
}
void access_library(benchmark::State& state) {
  cycle(state, access_cases(), [](const access_case& c) { return can_access(c.who, c.what); });
}

void transmit_baseline(benchmark::State& state) {
  std::vector<std::pair<raw_label, int>> cases;
  for (const transmit_case& c : transmit_cases()) cases.emplace_back(raw(c.what), c.over->ceilings[0].rank);
  cycle(state, cases, [](const std::pair<raw_label, int>& c) { return raw_may_transmit(c.first, c.second); });
}
void transmit_library(benchmark::State& state) {
  cycle(state, transmit_cases(), [](const transmit_case& c) { return may_transmit(c.what, *c.over); });
}

void join_baseline(benchmark::State& state) {
  std::vector<std::pair<raw_label, raw_label>> cases;
  for (const auto& [a, b] : join_cases()) cases.emplace_back(raw(a), raw(b));
  cycle(state, cases, [](const std::pair<raw_label, raw_label>& c) { return raw_join(c.first, c.second); });
}
void join_library(benchmark::State& state) {
  cycle(state, join_cases(), [](const std::pair<label, label>& c) { return join(c.first, c.second); });
}

const std::vector<std::string> banners = {
    "NATO SECRET",          "COSMIC TOP SECRET",  "NATO RESTRICTED",           "NATO CONFIDENTIAL",
    "Stg. GEHEIM",          "Dep. VERTROUWELIJK", "RESTREINT UE/EU RESTRICTED", "VS-VERTRAULICH",
};
const std::vector<std::string> full = {
    "NATO SECRET//ATOMAL//REL TO NLD, BEL", "NATO RESTRICTED Releasable to Japan, Switzerland",
    "COSMIC TOP SECRET – BOHEMIA",          "VS – NUR FÜR DEN DIENSTGEBRAUCH",
};

std::string upper(std::string_view text) {
  std::string up(text);
  std::transform(up.begin(), up.end(), up.begin(), [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; });
  return up;
}

/// The naive reader's table: every level's spellings, upper-cased, as std::string.
std::vector<std::pair<std::string, label>> naive_table() {
  std::vector<std::pair<std::string, label>> table;
  for (const scheme* s : builtin_schemes.schemes())
    for (const level_info& info : s->levels)
      for (std::string_view t : {info.name, info.abbreviation, info.markings[0].text, info.markings[1].text})
        if (!t.empty()) table.emplace_back(upper(t), label{level_of(*s, info.rank)});
  return table;
}

label naive_parse(const std::vector<std::pair<std::string, label>>& table, const std::string& text) {
  const std::string up = upper(text);
  for (const auto& [spelling, l] : table)
    if (spelling == up) return l;
  return {};
}

void parse_baseline(benchmark::State& state) {
  const auto table = naive_table();
  std::size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(naive_parse(table, banners[i++ % banners.size()]));
}
void parse_library(benchmark::State& state) {
  std::size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(parse_marking(banners[i++ % banners.size()]));
}
void parse_full_marking(benchmark::State& state) {
  std::size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(parse_marking(full[i++ % full.size()]));
}
void format_library(benchmark::State& state) {
  const label l = label{nato::secret}.with(category::atomal).releasable({party::nld, party::bel});
  for (auto _ : state) benchmark::DoNotOptimize(format_marking(l));
}

/// The labels of `full`, in each wire format: what the readers below read, one label each.
std::vector<std::string> written(std::string (*write)(const label&)) {
  std::vector<std::string> out;
  for (const std::string& m : full) out.push_back(write(parse_marking(m).value));
  return out;
}
const std::vector<std::string> as_4774 = written([](const label& l) { return std::string(write_4774(l).view()); });
const std::vector<std::string> as_ess_base64 =
    written([](const label& l) { return std::string(write_ess_base64(l).view()); });
const std::vector<std::string> as_xep0258 = written(
    [](const label& l) { return std::string(write_xep0258(l, {.format = label_format::ess}).view()); });

void read_4774_library(benchmark::State& state) {
  std::size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(read_4774(as_4774[i++ % as_4774.size()]));
}
void read_ess_library(benchmark::State& state) {
  std::vector<ess_result> der;
  for (const std::string& m : full) der.push_back(write_ess(parse_marking(m).value));
  std::size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(read_ess(der[i++ % der.size()].view()));
}
void read_ess_base64_library(benchmark::State& state) {
  std::size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(read_ess_base64(as_ess_base64[i++ % as_ess_base64.size()]));
}
void read_xep0258_library(benchmark::State& state) {
  std::size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(read_xep0258(as_xep0258[i++ % as_xep0258.size()]));
}
void write_4774_library(benchmark::State& state) {
  const label l = label{nato::secret}.with(category::atomal).releasable({party::nld, party::bel});
  for (auto _ : state) benchmark::DoNotOptimize(write_4774(l));
}

BENCHMARK(access_baseline)->Repetitions(5);
BENCHMARK(access_library)->Repetitions(5);
BENCHMARK(transmit_baseline)->Repetitions(5);
BENCHMARK(transmit_library)->Repetitions(5);
BENCHMARK(join_baseline)->Repetitions(5);
BENCHMARK(join_library)->Repetitions(5);
BENCHMARK(parse_baseline)->Repetitions(5);
BENCHMARK(parse_library)->Repetitions(5);
BENCHMARK(parse_full_marking)->Repetitions(5);
BENCHMARK(format_library)->Repetitions(5);
BENCHMARK(read_4774_library)->Repetitions(5);
BENCHMARK(read_ess_library)->Repetitions(5);
BENCHMARK(read_ess_base64_library)->Repetitions(5);
BENCHMARK(read_xep0258_library)->Repetitions(5);
BENCHMARK(write_4774_library)->Repetitions(5);

/// Keeps each benchmark's median time per iteration for the table, and prints nothing else.
class collector : public benchmark::BenchmarkReporter {
 public:
  std::map<std::string, double> median_ns;
  bool ReportContext(const Context&) override { return true; }
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& r : runs)
      if (r.run_type == Run::RT_Aggregate && r.aggregate_name == "median")
        median_ns[r.run_name.function_name] = r.GetAdjustedRealTime();
  }
};

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  collector report;
  benchmark::RunSpecifiedBenchmarks(&report);
  struct row {
    const char* what;
    const char* library;
    const char* baseline;
  };
  std::printf("| run time (median of 5) | library | hand-written baseline | ratio |\n|---|---|---|---|\n");
  for (const row& r : {row{"`can_access(person, label)`", "access_library", "access_baseline"},
                       row{"`may_transmit(label, channel)`", "transmit_library", "transmit_baseline"},
                       row{"`join(label, label)`", "join_library", "join_baseline"},
                       row{"`parse_marking`, banner", "parse_library", "parse_baseline"},
                       row{"`parse_marking`, full marking", "parse_full_marking", "parse_baseline"},
                       row{"`format_marking`", "format_library", nullptr},
                       // The wire readers, one label each, against the marking reader on the same labels.
                       row{"`read_4774` (vs `parse_marking`, same labels)", "read_4774_library", "parse_full_marking"},
                       row{"`read_ess`, DER (vs `parse_marking`)", "read_ess_library", "parse_full_marking"},
                       row{"`read_ess_base64` (vs `parse_marking`)", "read_ess_base64_library", "parse_full_marking"},
                       row{"`read_xep0258`, ESS inside (vs `parse_marking`)", "read_xep0258_library", "parse_full_marking"},
                       row{"`write_4774`", "write_4774_library", nullptr}}) {
    const double lib = report.median_ns[r.library];
    if (!r.baseline) {
      std::printf("| %s | %.1f ns | (none) | |\n", r.what, lib);
      continue;
    }
    const double base = report.median_ns[r.baseline];
    std::printf("| %s | %.1f ns | %.1f ns | %.1fx |\n", r.what, lib, base, lib / base);
  }

  std::printf("\n| type | sizeof | alignof |\n|---|---|---|\n");
  const auto size_row = [](const char* name, std::size_t size, std::size_t align) {
    std::printf("| `%s` | %zu | %zu |\n", name, size, align);
  };
  size_row("label", sizeof(label), alignof(label));
  size_row("person", sizeof(person), alignof(person));
  size_row("channel", sizeof(channel), alignof(channel));
  size_row("decision", sizeof(decision), alignof(decision));
  size_row("labeled<int, L>", sizeof(labeled<int, label{nato::secret}>), alignof(labeled<int, label{nato::secret}>));
  size_row("marking_result", sizeof(marking_result), alignof(marking_result));
  size_row("xml_label", sizeof(xml_label), alignof(xml_label));
  size_row("ess_label", sizeof(ess_label), alignof(ess_label));
  size_row("xmpp_label", sizeof(xmpp_label), alignof(xmpp_label));
  return 0;
}
