#!/usr/bin/env bash
# Runs every test (README: the test command; .ci/run calls it). For each configuration -
# clang++ 16, clang++ 19 with libstdc++ and with libc++, clang++ 19 and g++ 12 under ASan + UBSan,
# g++ 12 -
# it builds with -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Werror and runs the unit, law,
# compile-fail and example tests (README says which where); the g++ run also builds the consumer
# projects and the Meson build, and runs the release checks (zero-overhead assembly, the mutation
# check of the compile-fail regexes, docs/diagnostics.md up to date); the g++ and the clang++ 19
# sanitizer runs also run clearance-guard end to end on a Prosody server on loopback. Then it fuzzes the marking
# parser for 30 s and each wire-format and policy reader for 10 s (scripts/fuzz.sh; libxml2 is
# the XML reader's oracle). Installs the Debian packages it needs when they are missing, and says so.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-packages.sh g++ cmake ninja-build pkg-config doctest-dev meson \
  clang-16 clang-19 clang-tools-19 clang-format-19 clang-tidy-19 libclang-rt-19-dev libc++-19-dev libc++abi-19-dev libxml2-dev \
  prosody libstrophe-dev
for preset in clang16 clang19 clang19-libcxx sanitize gcc-sanitize gcc; do
  echo
  echo "=== configuration: $preset"
  cmake --workflow --preset "$preset" --fresh
done
echo
echo "=== fuzzing"
bash scripts/fuzz.sh 30
echo
echo "clearance: every configuration passed, and the fuzzer found nothing"
