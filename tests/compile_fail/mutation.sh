#!/usr/bin/env bash
# The mutation check of the compile-fail suite. For each case of tests/compile_fail (its regex is
# its line "// expect: <regex>"), the identifier the regex expects (the rule's enumerator, or else the library class it names) is
# renamed in a copy of the library, and the case is compiled against the copy: it must still fail
# and the regex must no longer match. (That the regex matches against the original library is the
# compile_fail.<case> test itself.) Proof that the regex matches the library's own text, not the
# file name or echoed source.
# usage: mutation.sh <source dir> <work dir> <c++ compiler>
set -euo pipefail
source=$1 work=$2 cxx=$3
rm -rf "$work"
mkdir -p "$work"

check_case() {
  local name=$1 regex=$2 ident copy out status
  ident=$(grep -oE '(reason|table_rule|channel_rule|marking_error)::[a-z_]+' <<<"$regex" | head -n 1 | sed 's/.*:://')
  [[ -n $ident ]] || ident=$(grep -oE '[a-z_]+<' <<<"$regex" | head -n 1 | tr -d '<')
  copy="$work/$name"
  mkdir -p "$copy"
  cp -r "$source/include" "$copy/include"
  # rename the identifier everywhere but in #include lines, so the library still hangs together
  find "$copy/include" -name '*.hpp' -exec sed -E -i "/^#include/! s/\\b${ident}\\b/${ident}_mutated/g" {} +
  if ! grep -rqw "${ident}_mutated" "$copy/include"; then
    echo "mutation $name: the library has no identifier '$ident' to rename" >&2
    return 1
  fi
  status=0
  out=$("$cxx" -std=c++20 -fsyntax-only -I"$copy/include" "$source/tests/compile_fail/$name.cpp" 2>&1) || status=$?
  if [[ $status -eq 0 ]]; then
    echo "mutation $name: compiles once '$ident' is renamed" >&2
    return 1
  fi
  if grep -qE -- "$regex" <<<"$out"; then
    echo "mutation $name: the regex still matches with '$ident' renamed: it does not test the library's text" >&2
    return 1
  fi
  echo "mutation $name: renaming '$ident' breaks the match, as it must"
}

cases=$(for file in "$source"/tests/compile_fail/*.cpp; do
          printf '%s\t%s\n' "$(basename "$file" .cpp)" "$(sed -n 's|^// expect: ||p' "$file" | head -n 1)"
        done)
count=$(grep -c . <<<"$cases" || true)
export -f check_case
export source work cxx
# one case per core at a time; xargs exits non-zero when any case failed
if xargs -d '\n' -P "$(nproc)" -n 1 bash -c 'IFS=$'"'"'\t'"'"' read -r name regex <<<"$1"; check_case "$name" "$regex"' _ \
     <<<"$cases"; then
  echo "mutation check: $count cases, all pass"
else
  echo "mutation check: $count cases, some failed (see above)" >&2
  exit 1
fi
