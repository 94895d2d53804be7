#!/usr/bin/env bash
# Runs a lesson and compares what it prints with the expected text, line by line.
# usage: check_output.sh <lesson program> <expected.txt>
# After a deliberate change, refresh the expected text with: <program> > <expected.txt>
set -euo pipefail
program=$1 expected=$2
if ! diff -u "$expected" <("$program"); then
  echo "$(basename "$program"): the output differs from $(basename "$expected") (see the diff above)" >&2
  exit 1
fi
