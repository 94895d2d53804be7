#!/usr/bin/env bash
# Runs a program and compares what it prints with the expected text, line by line.
# usage: check_output.sh <program> <expected.txt> [arguments for the program...]
# After a deliberate change, refresh the expected text with: <program> [arguments] > <expected.txt>
set -euo pipefail
program=$1 expected=$2
shift 2
if ! diff -u "$expected" <("$program" "$@"); then
  echo "$(basename "$program") $*: the output differs from $(basename "$expected") (see the diff above)" >&2
  exit 1
fi
