#!/usr/bin/env bash
# Writes include/clearance/builtin_vocabulary.hpp again: the reader's vocabulary of the built-in
# schemes as constant tables (tools/clearance_vocabulary.cpp). Run it after a change to a data
# header; the test vocabulary.current fails until then.
# usage: scripts/gen-vocabulary.sh [c++ compiler, default g++]
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"${1:-g++}" -std=c++20 -O1 -Iinclude tools/clearance_vocabulary.cpp -o "$work/clearance-vocabulary"
"$work/clearance-vocabulary" include/clearance/builtin_vocabulary.hpp
echo "wrote include/clearance/builtin_vocabulary.hpp"
