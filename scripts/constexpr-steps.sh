#!/usr/bin/env bash
# Measures the constant-evaluation cost of each file of tests/budget: for each compiler, the
# smallest limit on one constant evaluation (clang: -fconstexpr-steps, g++:
# -fconstexpr-ops-limit) under which the file still compiles, found by bisection. Deterministic
# for a given compiler version: the counts are the evaluator's, not the machine's. Prints one line
# per file and compiler, "<file> <compiler><major version> <steps>" (e.g. "literal gcc12 3903281"),
# the first three fields of tests/budget/budgets.txt, which adds a budget 5% above.
# usage: scripts/constexpr-steps.sh [compilers...]   (default: g++ clang++-19; BUDGET_FILES="a b"
#        measures those files of tests/budget only)
set -euo pipefail
cd "$(dirname "$0")/.."
compilers=("$@")
((${#compilers[@]})) || compilers=(g++ clang++-19)

limit_flag() { [[ $1 == clang* ]] && echo "-fconstexpr-steps" || echo "-fconstexpr-ops-limit"; }
compiles() {  # compiler, file, limit
  "$1" -std=c++20 -fsyntax-only -Iinclude "$(limit_flag "$1")=$3" "tests/budget/$2.cpp" >/dev/null 2>&1
}
measure() {  # compiler, file -> the smallest limit that compiles
  local low=0 high=1
  until compiles "$1" "$2" "$high"; do
    low=$high
    high=$((high * 4))
    ((high < 1 << 40)) || { echo "constexpr-steps: $2 does not compile with $1" >&2; exit 1; }
  done
  while ((high - low > 1)); do  # low fails, high compiles
    local mid=$(((low + high) / 2))
    if compiles "$1" "$2" "$mid"; then high=$mid; else low=$mid; fi
  done
  echo "$high"
}
key() {  # the compiler as budgets.txt names it: gcc12, clang19
  local major
  major=$("$1" -dumpversion | cut -d. -f1)
  [[ $1 == clang* ]] && echo "clang$major" || echo "gcc$major"
}
export -f limit_flag compiles measure key
for cxx in "${compilers[@]}"; do
  for name in ${BUDGET_FILES:-$(for file in tests/budget/*.cpp; do basename "$file" .cpp; done)}; do
    echo "$name $cxx"
  done
done | xargs -P "$(nproc)" -n 2 bash -c 'echo "$0 $(key "$1") $(measure "$1" "$0")"'
