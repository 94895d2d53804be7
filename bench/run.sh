#!/usr/bin/env bash
# Measures the library and prints one Markdown report (issue 8):
#   1. run time: can_access, may_transmit, join and marking parse against hand-written baselines
#      in the same binary (g++ -O2, Google Benchmark, median of 5 repetitions);
#   2. memory: the size of the value types, and the allocations of every decision and marking
#      path (tests/allocation, which replaces operator new and counts);
#   3. zero overhead: raw and labelled handling code at -O2 (tests/zero_overhead/check.sh);
#   4. build time: bench/build_cost.sh (g++ and clang++ 19, median of 3 runs).
# Not part of any test run. Takes about 6 minutes on a 2-core machine.
# usage: bench/run.sh [runs=3]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
bash scripts/ensure-packages.sh g++ cmake ninja-build doctest-dev libbenchmark-dev clang-19 time >&2
build=build/bench
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=g++ \
  -DCLEARANCE_BUILD_BENCHMARKS=ON -DCLEARANCE_BUILD_TESTS=ON -DCLEARANCE_BUILD_EXAMPLES=OFF >/dev/null
cmake --build "$build" --target runtime_bench allocation_tests >&2

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
echo "Measured on: $cpu, $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB;" \
  "$(. /etc/os-release && echo "$PRETTY_NAME"); $(g++ --version | head -1), $(clang++-19 --version | head -1)."
echo
"$build/bench/runtime_bench" --benchmark_min_time=0.5
echo
echo "| allocation test (replaced operator new) | calls | allocations |"
echo "|---|---|---|"
"$build/tests/allocation_tests" | grep '^|'
echo
zero=$(mktemp -d)
trap 'rm -rf "$zero"' EXIT
echo "| zero overhead (tests/zero_overhead, -O2) | result |"
echo "|---|---|"
bash tests/zero_overhead/check.sh "$PWD" "$zero" g++ clang++-19 | sed -E 's/^zero overhead, ([^:]+): (.*)$/| \1 | \2 |/'
echo
bash bench/build_cost.sh "$runs" g++ clang++-19
