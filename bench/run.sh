#!/usr/bin/env bash
# Builds the benchmarks in Release mode (g++, -O2) and prints their figures: run-time marking
# parse against a naive baseline, then the compile-time cost of marking literals.
# usage: bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-packages.sh g++ cmake ninja-build libbenchmark-dev clang-16 clang-19 time
cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DCLEARANCE_BUILD_BENCHMARKS=ON \
  -DCLEARANCE_BUILD_TESTS=OFF -DCLEARANCE_BUILD_EXAMPLES=OFF >/dev/null
cmake --build build/bench --target marking_bench
build/bench/bench/marking_bench --benchmark_min_time=0.5
echo
bash bench/consteval_cost.sh 1000
