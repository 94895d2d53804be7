// SPDX-License-Identifier: MIT
//
// Run-time cost of reading markings: parse_marking against a naive baseline in the same binary
// (upper-case the text into a std::string, then compare it with a table of std::string
// spellings). Prints Google Benchmark's figures, then one Markdown table with the ratios.
#include <benchmark/benchmark.h>
#include <clearance/marking.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <utility>
#include <vector>

using namespace clearance;

namespace {

const std::vector<std::string> banners = {
    "NATO SECRET",          "COSMIC TOP SECRET",  "NATO RESTRICTED",           "NATO CONFIDENTIAL",
    "Stg. GEHEIM",          "Dep. VERTROUWELIJK", "RESTREINT UE/EU RESTRICTED", "VS-VERTRAULICH",
};
const std::vector<std::string> full = {
    "NATO SECRET//ATOMAL//REL TO NLD, BEL", "NATO RESTRICTED Releasable to Japan, Switzerland",
    "COSMIC TOP SECRET – BOHEMIA",          "VS – NUR FÜR DEN DIENSTGEBRAUCH",
};

/// The baseline: every level's spellings, upper-cased, in a table of std::string.
std::vector<std::pair<std::string, label>> naive_table() {
  std::vector<std::pair<std::string, label>> table;
  for (const scheme* s : known_schemes)
    for (const level_info& info : s->levels)
      for (std::string_view t : {info.name, info.abbreviation, info.markings[0].text, info.markings[1].text}) {
        if (t.empty()) continue;
        std::string up(t);
        std::transform(up.begin(), up.end(), up.begin(), [](char c) { return c >= 'a' && c <= 'z' ? c - 32 : c; });
        table.emplace_back(up, label{level{s->id, info.rank}});
      }
  return table;
}

label naive_parse(const std::vector<std::pair<std::string, label>>& table, const std::string& text) {
  std::string up(text);
  std::transform(up.begin(), up.end(), up.begin(), [](char c) { return c >= 'a' && c <= 'z' ? c - 32 : c; });
  for (const auto& [spelling, l] : table)
    if (spelling == up) return l;
  return {};
}

void naive_banner(benchmark::State& state) {
  const auto table = naive_table();
  std::size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(naive_parse(table, banners[i++ % banners.size()]));
}
void parse_banner(benchmark::State& state) {
  std::size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(parse_marking(banners[i++ % banners.size()]));
}
void parse_full(benchmark::State& state) {
  std::size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(parse_marking(full[i++ % full.size()]));
}
void format_canonical(benchmark::State& state) {
  const label l = label{nato::secret}.with(category::atomal).releasable({party::nld, party::bel});
  for (auto _ : state) benchmark::DoNotOptimize(format_marking(l));
}

BENCHMARK(naive_banner);
BENCHMARK(parse_banner);
BENCHMARK(parse_full);
BENCHMARK(format_canonical);

/// Keeps each benchmark's time per iteration for the table.
class collector : public benchmark::ConsoleReporter {
 public:
  std::map<std::string, double> ns;
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& r : runs) ns[r.benchmark_name()] = r.GetAdjustedRealTime();
    ConsoleReporter::ReportRuns(runs);
  }
};

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  collector report;
  benchmark::RunSpecifiedBenchmarks(&report);
  const double base = report.ns["naive_banner"];
  std::printf("\n| measurement | ns per marking | vs naive banner table |\n|---|---|---|\n");
  for (const char* name : {"naive_banner", "parse_banner", "parse_full", "format_canonical"})
    std::printf("| %s | %.1f | %.2fx |\n", name, report.ns[name], report.ns[name] / base);
  return 0;
}
