#!/usr/bin/env bash
# Fuzzes the marking parser with libFuzzer (clang 19, ASan + UBSan) for the given seconds, with a
# dictionary of every marking word and a seed corpus both generated from the library's tables,
# plus the examples in fuzz/seeds. Exits non-zero on any finding.
# usage: scripts/fuzz.sh [seconds=60] [extra libFuzzer options, e.g. -runs=100000000 -jobs=2]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
out=build/fuzz
mkdir -p "$out/corpus" "$out/seeds"
cxx=clang++-19
flags=(-std=c++20 -g -O1 -Iinclude -Wall -Wextra -Werror)
"$cxx" "${flags[@]}" fuzz/vocabulary.cpp -o "$out/vocabulary"
"$out/vocabulary" >"$out/markings.dict"
"$out/vocabulary" "$out/seeds" >/dev/null
"$cxx" "${flags[@]}" -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
  fuzz/marking_fuzz.cpp -o "$out/marking_fuzz"
echo "fuzzing parse_marking for ${seconds} s ($(grep -c . "$out/markings.dict") dictionary entries," \
  "$(ls "$out/seeds" fuzz/seeds | grep -c .) seeds)"
"$out/marking_fuzz" -max_total_time="$seconds" -dict="$out/markings.dict" -print_final_stats=1 \
  -max_len=4096 -artifact_prefix="$out/" "$@" "$out/corpus" "$out/seeds" fuzz/seeds 2>"$out/fuzz.log" || {
  status=$?
  tail -n 40 "$out/fuzz.log" >&2
  echo "fuzzing found a problem (exit $status); the input is in $out/" >&2
  exit "$status"
}
grep -E '^stat::(number_of_executed_units|peak_rss_mb)|^Done' "$out/fuzz.log" || true
echo "fuzzing: no findings"
