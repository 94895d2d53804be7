#!/usr/bin/env bash
# Measures the compile-time cost of marking literals: a TU with N distinct "..."_marking
# literals against the same TU with one, on each compiler (-fsyntax-only, median of 5 runs).
# Prints ms per literal and the one-off cost of building the vocabulary.
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
write_tu() {  # file, count
  {
    echo '#include <clearance/marking.hpp>'
    echo 'using namespace clearance::literals;'
    local i=0
    while ((i < $2)); do
      local lv=${levels[$((i % ${#levels[@]}))]} c=$(((i / ${#levels[@]}) % 48)) r=$((i / (${#levels[@]} * 48)))
      local rel=("" "//REL TO NLD" "//REL TO BEL, NLD" "//REL TO DEU")
      echo "inline constexpr clearance::label l$i = \"$lv//COMPARTMENT $c${rel[$r]}\"_marking;"
      i=$((i + 1))
    done
  } >"$1"
}
write_tu "$work/none.cpp" 0
write_tu "$work/one.cpp" 1
write_tu "$work/many.cpp" "$n"

median_ms() {  # compiler, file
  local times=() k
  for k in 1 2 3 4 5; do
    local start end
    start=$(date +%s%N)
    "$1" -std=c++20 -fsyntax-only -Iinclude "$2"
    end=$(date +%s%N)
    times+=($(((end - start) / 1000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}

echo "| compiler | include only | + 1 literal | + $n literals | per literal |"
echo "|---|---|---|---|---|"
for cxx in "${compilers[@]}"; do
  none=$(median_ms "$cxx" "$work/none.cpp")
  one=$(median_ms "$cxx" "$work/one.cpp")
  many=$(median_ms "$cxx" "$work/many.cpp")
  awk -v c="$cxx" -v a="$none" -v b="$one" -v m="$many" -v n="$n" 'BEGIN {
    printf "| %s | %.0f ms | %.0f ms | %.0f ms | %.3f ms |\n", c, a / 1000, b / 1000, m / 1000, (m - b) / 1000 / (n - 1) }'
done
