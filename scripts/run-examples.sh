#!/usr/bin/env bash
# Builds the examples and runs them (README: the main command). Installs g++, CMake and Ninja
# when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-packages.sh g++ cmake ninja-build
cmake --preset examples >/dev/null
cmake --build --preset examples
for example in schemes access channels handling; do
  echo
  echo "=== examples/$example.cpp"
  "build/examples/examples/example_$example"
done
