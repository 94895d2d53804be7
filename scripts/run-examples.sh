#!/usr/bin/env bash
# Builds the lessons and runs them in order (README: the main command). Installs g++, CMake and
# Ninja when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-packages.sh g++ cmake ninja-build
cmake --preset examples >/dev/null
cmake --build --preset examples
for lesson in examples/[0-9][0-9]_*.cpp; do
  name=$(basename "$lesson" .cpp)
  echo
  echo "=== lesson $name ($lesson)"
  "build/examples/examples/lesson_$name"
done
