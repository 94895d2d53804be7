#!/usr/bin/env bash
# The mutation check of the compile-fail suite. Each case of tests/compile_fail names its regex in
# its line "// expect: <regex>"; the identifier that regex expects is the rule's enumerator. In one
# copy of the library every such identifier is renamed (x becomes x_mutated), and each case is
# compiled against the copy. It must still fail, its diagnostic must name the renamed identifier
# (the same rule refused it), and its regex must no longer match. (That the regex matches against
# the original library is the compile_fail.<case> test itself.) Proof that each regex matches the
# library's own text, not the file name or the echoed source. The copy's umbrella header is
# precompiled once, as for the compile-fail tests.
# A regex that names no rule is the compiler's own error about a library type (labeled_implicit_access:
# a labelled value has no conversion to its plain value). The library prints no text there to
# rename, so such a case is listed as outside the check, never counted as passing it.
# usage: mutation.sh <source dir> <work dir> <c++ compiler>
set -euo pipefail
source=$1 work=$2 cxx=$3
rm -rf "$work"
mkdir -p "$work/pch"

cases=""
outside=0
for file in "$source"/tests/compile_fail/*.cpp; do
  name=$(basename "$file" .cpp)
  regex=$(sed -n 's|^// expect: ||p' "$file" | head -n 1)
  ident=$(grep -oE '(reason|table_rule|channel_rule|marking_error)::[a-z_]+' <<<"$regex" | head -n 1 | sed 's/.*:://') || true
  if [[ -z $ident ]]; then
    echo "mutation $name: outside the check, its regex names no rule of the library ($regex)"
    outside=$((outside + 1))
    continue
  fi
  cases+=$(printf '%s\t%s\t%s' "$name" "$ident" "$regex")$'\n'
done
cases=${cases%$'\n'}
count=$(grep -c . <<<"$cases" || true)

# rename every identifier everywhere but in #include lines, so the library still hangs together
cp -r "$source/include" "$work/include"
script=$(cut -f 2 <<<"$cases" | sort -u | sed -E 's/.+/s\/\\b&\\b\/&_mutated\/g/')
find "$work/include" -name '*.hpp' -exec sed -E -i "/^#include/! { $script }" {} +
for ident in $(cut -f 2 <<<"$cases" | sort -u); do
  if ! grep -rqw "${ident}_mutated" "$work/include"; then
    echo "mutation: the library has no identifier '$ident' to rename" >&2
    exit 1
  fi
done

printf '#include <clearance/clearance.hpp>\n' >"$work/pch/clearance_all.hpp"
if "$cxx" --version | grep -q clang; then
  pch="$work/pch/clearance_all.hpp.pch" use_pch=(-include-pch "$pch")
else
  pch="$work/pch/clearance_all.hpp.gch" use_pch=(-include "$work/pch/clearance_all.hpp" -Winvalid-pch -Werror=invalid-pch)
fi
"$cxx" -std=c++20 -I"$work/include" -x c++-header "$work/pch/clearance_all.hpp" -o "$pch"

check_case() {
  local name=$1 ident=$2 regex=$3 out status=0
  out=$("$cxx" -std=c++20 -fsyntax-only -I"$work/include" "${use_pch[@]}" "$source/tests/compile_fail/$name.cpp" 2>&1) ||
    status=$?
  if [[ $status -eq 0 ]]; then
    echo "mutation $name: compiles once '$ident' is renamed" >&2
    return 1
  fi
  if ! grep -qw -- "${ident}_mutated" <<<"$out"; then
    echo "mutation $name: with '$ident' renamed it fails for another reason:" >&2
    echo "$out" >&2
    return 1
  fi
  if grep -qE -- "$regex" <<<"$out"; then
    echo "mutation $name: the regex still matches with '$ident' renamed: it does not test the library's text" >&2
    return 1
  fi
  echo "mutation $name: renaming '$ident' breaks the match, as it must"
}
export -f check_case
export source work cxx
export use_pch_text="${use_pch[*]}"
# one case per core at a time; xargs exits non-zero when any case failed
if xargs -d '\n' -P "$(nproc)" -n 1 bash -c 'IFS=$'"'"'\t'"'"' read -r name ident regex <<<"$1"
                                               read -r -a use_pch <<<"$use_pch_text"
                                               check_case "$name" "$ident" "$regex"' _ <<<"$cases"; then
  echo "mutation check: $count cases, all pass ($outside outside the check)"
else
  echo "mutation check: $count cases, some failed (see above)" >&2
  exit 1
fi
