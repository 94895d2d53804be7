#!/usr/bin/env bash
# Compiles tests/zero_overhead/handling.cpp raw and labelled at -O2 with each compiler given and
# requires identical function bodies: the instructions and function labels, without assembler
# directives, local labels and comments (whose numbering and unwind notes are not code).
# usage: check.sh <source dir> <work dir> <compiler>...
set -euo pipefail
source=$1 work=$2
shift 2
mkdir -p "$work"
status=0
for cxx in "$@"; do
  name=$(basename "$cxx")
  for variant in raw labeled; do
    flags=()
    [[ $variant == labeled ]] && flags=(-DLABELED)
    "$cxx" -std=c++20 -O2 -S -fno-asynchronous-unwind-tables -I"$source/include" "${flags[@]}" \
      "$source/tests/zero_overhead/handling.cpp" -o - |
      sed -e 's/#.*$//' -e 's/[[:space:]]*$//' |
      grep -v -E '^[[:space:]]*\.|^\.L|^$' > "$work/$name.$variant.s"
  done
  functions=$(grep -c -E '^(send_report|send_joined|append_and_send):' "$work/$name.raw.s")
  if diff -u "$work/$name.raw.s" "$work/$name.labeled.s"; then
    echo "zero overhead, $name: identical -O2 bodies for $functions functions ($(wc -l < "$work/$name.raw.s") lines)"
  else
    echo "zero overhead, $name: the labelled build differs from the raw one" >&2
    status=1
  fi
done
exit $status
