#!/usr/bin/env bash
# The breakable line of a lesson. Each lesson has one commented line marked "// breaks: <regex>":
# a student uncomments it to see the build refuse it. This test does exactly that in a copy
# (without the marker comment, so the echoed source cannot match) and checks that the compiler
# refuses it with a diagnostic matching the regex. The lesson as written is its compiling twin.
# usage: break.sh <c++ compiler> <lesson.cpp> <include dir> <work dir>
set -euo pipefail
cxx=$1 lesson=$2 include=$3 work=$4
marker='// breaks: '
line=$(grep -n -F -- "$marker" "$lesson" || true)
if [[ $(grep -c . <<<"$line") -ne 1 ]]; then
  echo "$(basename "$lesson"): needs exactly one line marked '$marker<regex>'" >&2
  exit 1
fi
number=${line%%:*}
text=${line#*:}
regex=${text#*"$marker"}
code=${text%%"$marker"*}
code=${code/\/\/ /}  # uncomment: drop the first "// "
mkdir -p "$work"
copy="$work/$(basename "$lesson")"
awk -v n="$number" -v code="$code" 'NR == n { print code; next } { print }' "$lesson" >"$copy"
status=0
out=$("$cxx" -std=c++20 -fsyntax-only -I"$include" -I"$(dirname "$lesson")" "$copy" 2>&1) || status=$?
if [[ $status -eq 0 ]]; then
  echo "$(basename "$lesson"):$number: compiles once uncommented; it must not" >&2
  exit 1
fi
if ! grep -qE -- "$regex" <<<"$out"; then
  echo "$out" >&2
  echo "$(basename "$lesson"):$number: refused, but the diagnostic does not match: $regex" >&2
  exit 1
fi
echo "$(basename "$lesson"):$number: refused as expected ($regex)"
