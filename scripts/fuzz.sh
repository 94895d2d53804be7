#!/usr/bin/env bash
# Fuzzes the readers with libFuzzer (clang 19, ASan + UBSan), each with a dictionary and a seed
# corpus generated from the library's tables plus the examples in fuzz/seeds:
#   marking     parse_marking                                   (the given seconds)
#   xml         the XML reader, against libxml2 as an oracle    (a third of them)
#   stanag4774  read_4774                                        (a third of them)
#   ess         read_ess and its base64 form                     (a third of them)
#   xep0258     read_xep0258 and read_4778                        (a third of them)
#   spif        spif::read, and write back                       (a third of them)
# Exits non-zero on any finding.
# usage: scripts/fuzz.sh [seconds=60] [extra libFuzzer options, e.g. -runs=100000000 -jobs=2]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
out=build/fuzz
mkdir -p "$out/seeds" "$out/wire_seeds"
cxx=clang++-19
flags=(-std=c++20 -g -O1 -Iinclude -Wall -Wextra -Werror)
fuzz_flags=(-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined)
"$cxx" "${flags[@]}" fuzz/vocabulary.cpp -o "$out/vocabulary"
"$out/vocabulary" >"$out/markings.dict"
"$out/vocabulary" "$out/seeds" >/dev/null
"$cxx" "${flags[@]}" fuzz/wire_seeds.cpp -o "$out/wire_seeds_gen"
"$out/wire_seeds_gen" >"$out/wire.dict"
"$out/wire_seeds_gen" "$out/wire_seeds" >/dev/null

# fuzz <name> <seconds> <dictionary> <max_len> <seed folders...>: runs build/fuzz/<name>_fuzz.
fuzz() {
  local name=$1 time=$2 dict=$3 max_len=$4
  shift 4
  mkdir -p "$out/corpus-$name"
  echo "fuzzing $name for ${time} s ($(grep -c . "$dict") dictionary entries, $(ls "$@" | grep -c .) seeds)"
  "$out/${name}_fuzz" -max_total_time="$time" -dict="$dict" -print_final_stats=1 -max_len="$max_len" \
    -artifact_prefix="$out/$name-" "${extra[@]}" "$out/corpus-$name" "$@" 2>"$out/$name.log" || {
    status=$?
    tail -n 40 "$out/$name.log" >&2
    echo "fuzzing $name found a problem (exit $status); the input is in $out/" >&2
    exit "$status"
  }
  grep -E '^stat::(number_of_executed_units|peak_rss_mb)|^Done' "$out/$name.log" || true
}
extra=("$@")

"$cxx" "${flags[@]}" "${fuzz_flags[@]}" fuzz/marking_fuzz.cpp -o "$out/marking_fuzz"
"$cxx" "${flags[@]}" "${fuzz_flags[@]}" -I/usr/include/libxml2 fuzz/xml_fuzz.cpp -o "$out/xml_fuzz" -lxml2
"$cxx" "${flags[@]}" "${fuzz_flags[@]}" fuzz/stanag4774_fuzz.cpp -o "$out/stanag4774_fuzz"
"$cxx" "${flags[@]}" "${fuzz_flags[@]}" fuzz/ess_fuzz.cpp -o "$out/ess_fuzz"
"$cxx" "${flags[@]}" "${fuzz_flags[@]}" fuzz/xep0258_fuzz.cpp -o "$out/xep0258_fuzz"
"$cxx" "${flags[@]}" "${fuzz_flags[@]}" fuzz/spif_fuzz.cpp -o "$out/spif_fuzz"
fuzz marking "$seconds" "$out/markings.dict" 4096 "$out/seeds" fuzz/seeds
fuzz xml $((seconds / 3)) "$out/wire.dict" 4096 "$out/wire_seeds"
fuzz stanag4774 $((seconds / 3)) "$out/wire.dict" 8192 "$out/wire_seeds"
fuzz ess $((seconds / 3)) "$out/wire.dict" 6000 fuzz/ess_seeds
fuzz xep0258 $((seconds / 3)) "$out/wire.dict" 8192 "$out/wire_seeds"
fuzz spif $((seconds / 3)) fuzz/spif.dict 16384 tests/spif
echo "fuzzing: no findings"
