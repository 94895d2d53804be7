#!/usr/bin/env bash
# Measures the compile-time cost of marking literals: a TU with N distinct "..."_marking
# literals against the same TU with one, on each compiler (-fsyntax-only, median CPU time of 5 runs).
# The baseline is the same N literals passed to a literal operator that only receives them (the
# same marking_literal template argument, no parsing): what any string-literal template costs.
# Prints ms per literal, the baseline per literal and their difference: the parse itself.
# usage: bench/consteval_cost.sh [N=1000] [compilers...]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
shift || true
compilers=("$@")
((${#compilers[@]})) || compilers=(clang++-19 clang++-16 g++)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Distinct valid literals: each level's canonical name with a compartment (48 each) and REL TO.
levels=("NATO RESTRICTED" "NATO CONFIDENTIAL" "NATO SECRET" "COSMIC TOP SECRET" "Dep. VERTROUWELIJK"
        "Stg. CONFIDENTIEEL" "Stg. GEHEIM" "Stg. ZEER GEHEIM" "VS-VERTRAULICH" "STRENG GEHEIM"
        "RESTREINT UE/EU RESTRICTED" "SECRET UE/EU SECRET" "GEHEIM/SECRET" "ZEER GEHEIM/TRES SECRET")
write_tu() {  # file, count, literal suffix
  {
    echo '#include <clearance/marking.hpp>'
    echo 'using namespace clearance::literals;'
    echo 'template <clearance::marking_literal T> constexpr clearance::label operator""_received() { return {}; }'
    echo 'template <clearance::marking_literal T> constexpr clearance::label operator""_read() {'
    echo '  constexpr unsigned sum = [] { unsigned s = 0; for (char c : T.value) s += static_cast<unsigned char>(c); return s; }();'
    echo '  clearance::label l; l.rank = static_cast<int>(sum); return l; }'
    local i=0
    while ((i < $2)); do
      local lv=${levels[$((i % ${#levels[@]}))]} c=$(((i / ${#levels[@]}) % 48)) r=$((i / (${#levels[@]} * 48)))
      local rel=("" "//REL TO NLD" "//REL TO BEL, NLD" "//REL TO DEU")
      echo "inline constexpr clearance::label l$i = \"$lv//COMPARTMENT $c${rel[$r]}\"$3;"
      i=$((i + 1))
    done
  } >"$1"
}
write_tu "$work/none.cpp" 0 _marking
write_tu "$work/one.cpp" 1 _marking
write_tu "$work/many.cpp" "$n" _marking
write_tu "$work/one_received.cpp" 1 _received
write_tu "$work/many_received.cpp" "$n" _received
write_tu "$work/one_read.cpp" 1 _read
write_tu "$work/many_read.cpp" "$n" _read

median_ms() {  # compiler, file: the median of 5 runs' CPU time (user + system), in microseconds
  local k times=()
  for k in 1 2 3 4 5; do
    /usr/bin/time -o "$work/time" -f '%U %S' "$1" -std=c++20 -fsyntax-only -Iinclude "$2" ||
      { echo "consteval_cost: $1 does not compile $(basename "$2")" >&2; exit 1; }
    times+=("$(awk '{ print ($1 + $2) * 1000000 }' "$work/time")")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}

echo "| compiler | include only | + 1 literal | + $n literals | per literal | received only | parse per literal | one pass over the bytes |"
echo "|---|---|---|---|---|---|---|---|"
for cxx in "${compilers[@]}"; do
  none=$(median_ms "$cxx" "$work/none.cpp")
  one=$(median_ms "$cxx" "$work/one.cpp")
  many=$(median_ms "$cxx" "$work/many.cpp")
  one_received=$(median_ms "$cxx" "$work/one_received.cpp")
  many_received=$(median_ms "$cxx" "$work/many_received.cpp")
  one_read=$(median_ms "$cxx" "$work/one_read.cpp")
  many_read=$(median_ms "$cxx" "$work/many_read.cpp")
  awk -v c="$cxx" -v a="$none" -v b="$one" -v m="$many" -v rb="$one_received" -v rm="$many_received" \
      -v db="$one_read" -v dm="$many_read" -v n="$n" 'BEGIN {
    total = (m - b) / 1000 / (n - 1); received = (rm - rb) / 1000 / (n - 1); read = (dm - db) / 1000 / (n - 1)
    printf "| %s | %.0f ms | %.0f ms | %.0f ms | %.3f ms | %.3f ms | %.3f ms | %.3f ms |\n", c, a / 1000, b / 1000,
      m / 1000, total, received, total - received, read - received }'
done
echo
echo "per literal: the whole _marking literal; received only: a literal operator that takes the same"
echo "literal and does nothing; parse: the difference. One pass: a literal operator that adds up the"
echo "literal's bytes in one loop, less the received-only cost: the least any reader of every byte pays."
