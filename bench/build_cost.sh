#!/usr/bin/env bash
# The build-time cost of the library: generated files compiled with each compiler, with
# -fsyntax-only and with -c -O0; for each, the median of R runs' CPU time (user + system; R = 3
# unless given) and the median of their peak memory (maximum resident set). Prints two Markdown
# tables: the figures, then what each costs over its baseline, against the goals of issue 8.
#   std          the standard headers the library reaches (directly or not), and nothing else
#   umbrella     #include <clearance/clearance.hpp>: every layer, every built-in scheme
#   core_std     the standard headers that core_nato_nld includes, and nothing else
#   core_nato_nld  the decisions (decide/) with NATO and the Dutch scheme, and a registry of the two
#   checks       umbrella + 10,000 static_assert(can_access(p, l)): 100 people x 100 labels
#   required     the same 10,000 written static_assert(require<can_access(p, l)>)
#   sends        umbrella + 1,000 functions, each sending its own labelled type over a channel
#   received     umbrella + 1,000 marking literals given to an operator that ignores them
#   literal      umbrella + 1 "..."_marking literal
#   literals     umbrella + 1,000 distinct "..."_marking literals
# usage: bench/build_cost.sh [runs=3] [compilers...]   (default compilers: g++ clang++-19;
#        BENCH_MODES=syntax measures -fsyntax-only alone; the -O0 cells then say —)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
shift || true
compilers=("$@")
((${#compilers[@]})) || compilers=(g++ clang++-19)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# ---- the files ---------------------------------------------------------------------------------
# The standard headers a file reaches, as the preprocessor finds them: the baseline its own cost
# is measured over (the same for the library and for fmt).
std_headers_of() { g++ -std=c++20 -M -Iinclude "$1" | tr ' \\' '\n\n' | sed -nE 's|^/usr/include/c\+\+/[0-9]+/([a-z_]+)$|#include <\1>|p' | sort -u; }
echo '#include <clearance/clearance.hpp>' > "$work/umbrella.cpp"
std_headers_of "$work/umbrella.cpp" > "$work/std.cpp"
cat > "$work/core_nato_nld.cpp" <<'CPP'
#include <clearance/data/nato.hpp>
#include <clearance/data/nld.hpp>
#include <clearance/decide/access.hpp>
#include <clearance/decide/equivalence.hpp>
#include <clearance/decide/flow.hpp>
#include <clearance/decide/transmit.hpp>
inline constexpr clearance::registry schemes = clearance::registry_of<clearance::nato::scheme, clearance::nld::scheme>;
CPP
std_headers_of "$work/core_nato_nld.cpp" > "$work/core_std.cpp"

people_and_labels() {  # 100 distinct people, all cleared for 100 distinct labels
  cat "$work/umbrella.cpp"
  echo 'using namespace clearance;'
  local i j bits
  for ((j = 0; j < 100; ++j)); do  # need-to-know: compartments 0-24, and j's bits as 25-31
    bits=""
    for ((b = 0; b < 7; ++b)); do (((j >> b) & 1)) && bits+=", compartment($((25 + b)))"; done
    echo "constexpr category_set ntk$j = category_set{$(seq -s ', ' -f 'compartment(%g)' 0 24)$bits};"
    echo "constexpr person p$j{.nationality = party::nld, .works_for = organisation::government,"
    echo "  .clearances = {nato::clearance_cosmic_top_secret, nld::screening_a}, .need_to_know = ntk$j, .briefed = true};"
  done
  local levels=(nato::restricted nato::confidential nato::secret nato::cosmic_top_secret)
  for ((i = 0; i < 100; ++i)); do
    echo "constexpr label l$i = label{${levels[$((i % 4))]}}.with(compartment($((i / 4))));"
  done
}
{
  people_and_labels
  for ((j = 0; j < 100; ++j)); do for ((i = 0; i < 100; ++i)); do echo "static_assert(can_access(p$j, l$i));"; done; done
} > "$work/checks.cpp"
{
  people_and_labels
  for ((j = 0; j < 100; ++j)); do
    for ((i = 0; i < 100; ++i)); do echo "static_assert(require<can_access(p$j, l$i)>);"; done
  done
} > "$work/required.cpp"
{
  cat "$work/umbrella.cpp"
  echo 'using namespace clearance;'
  echo 'void transport(int message) noexcept;'
  levels=(nld::dep_vertrouwelijk nld::stg_confidentieel nld::stg_geheim)
  rel=("party::nld" "party::nld, party::bel" "party::nld, party::deu" "party::nld, party::fra"
       "party::nld, party::gbr" "party::nld, party::usa" "party::nld, party::bel, party::deu")
  for ((i = 0; i < 1000; ++i)); do
    echo "void send$i(labeled<int, label{${levels[$((i % 3))]}}.with(compartment($(((i / 3) % 48)))).releasable({${rel[$((i / 144))]}})> v) {"
    echo "  transport(send<channels::sectra_tiger_s>(v)); }"
  done
} > "$work/sends.cpp"

# Distinct valid markings: each level's canonical name with a compartment (48 each) and REL TO.
markings=("NATO RESTRICTED" "NATO CONFIDENTIAL" "NATO SECRET" "COSMIC TOP SECRET" "Dep. VERTROUWELIJK"
          "Stg. CONFIDENTIEEL" "Stg. GEHEIM" "Stg. ZEER GEHEIM" "VS-VERTRAULICH" "DEU STRENG GEHEIM"
          "RESTREINT UE/EU RESTRICTED" "SECRET UE/EU SECRET" "GEHEIM/SECRET" "ZEER GEHEIM/TRES SECRET")
literals() {  # count, literal suffix
  echo '#include <clearance/clearance.hpp>'
  echo 'using namespace clearance::literals;'
  echo 'template <clearance::marking_literal T> constexpr clearance::label operator""_received() { return {}; }'
  local i rel=("" "//REL TO NLD" "//REL TO BEL, NLD" "//REL TO DEU")
  for ((i = 0; i < $1; ++i)); do
    local m=${markings[$((i % ${#markings[@]}))]} c=$(((i / ${#markings[@]}) % 48)) r=$((i / (${#markings[@]} * 48)))
    echo "inline constexpr clearance::label l$i = \"$m//COMPARTMENT $c${rel[$r]}\"$2;"
  done
}
literals 1000 _received > "$work/received.cpp"
literals 1 _marking > "$work/literal.cpp"
literals 1000 _marking > "$work/literals.cpp"
# The anchor (issue 22): fmt 9 (Debian's libfmt-dev) in the same run, its own cost over the
# standard headers it includes, and its compile-time format-string check.
echo '#include <fmt/format.h>' > "$work/fmt.cpp"
std_headers_of "$work/fmt.cpp" > "$work/fmt_std.cpp"
{
  echo '#include <fmt/format.h>'
  echo '#include <string>'
  for ((i = 0; i < 1000; ++i)); do echo "std::string f$i(int a, const char* b) { return fmt::format(\"{} $i {:>8}\", a, b); }"; done
} > "$work/fmt_checks.cpp"
files=(std umbrella core_std core_nato_nld checks required sends received literal literals fmt_std fmt fmt_checks)

# ---- the measurements --------------------------------------------------------------------------
# Round-robin: each run compiles every file once, so a slow spell of a shared machine falls on
# all files alike rather than on one; each figure is the median of its runs.
once() {  # compiler, mode, file: appends "seconds MB" to its runs
  local flags=(-fsyntax-only)
  [[ $2 == O0 ]] && flags=(-c -O0 -o "$work/out.o")
  /usr/bin/time -o "$work/time" -f '%U %S %M' "$1" -std=c++20 "${flags[@]}" -Iinclude "$work/$3.cpp" ||
    { echo "build_cost: $1 does not compile $3.cpp" >&2; exit 1; }
  awk '{ print $1 + $2, $3 / 1024 }' "$work/time" >> "$work/runs.${1//\//_}.$2.$3"
}
median() {  # compiler, mode, file -> "median seconds, median MB"
  local f="$work/runs.${1//\//_}.$2.$3" middle=$(((runs + 1) / 2))
  echo "$(sort -n -k1,1 "$f" | sed -n "${middle}p" | cut -d' ' -f1)" \
       "$(sort -n -k2,2 "$f" | sed -n "${middle}p" | awk '{ printf "%.0f", $2 }')"
}
modes=(${BENCH_MODES:-syntax O0})
for ((k = 0; k < runs; ++k)); do
  for cxx in "${compilers[@]}"; do
    for mode in "${modes[@]}"; do
      for f in "${files[@]}"; do once "$cxx" "$mode" "$f"; done
    done
  done
done
declare -A sec mb
for cxx in "${compilers[@]}"; do
  for mode in syntax O0; do
    for f in "${files[@]}"; do
      if [[ " ${modes[*]} " == *" $mode "* ]]; then
        read -r s m < <(median "$cxx" "$mode" "$f")
      else
        s=— m=—  # a mode not measured (BENCH_MODES): its cells say so
      fi
      sec[$cxx,$mode,$f]=$s
      mb[$cxx,$mode,$f]=$m
    done
  done
done

version() { "$1" --version | head -1 | sed -E 's/ \(.*\)//; s/^Debian //'; }
header="| file |"
rule="|---|"
for cxx in "${compilers[@]}"; do
  header+=" $(version "$cxx") -fsyntax-only | $(version "$cxx") -c -O0 |"
  rule+="---|---|"
done
describe=(
  [0]="standard headers the library reaches"
  [1]="\`#include <clearance/clearance.hpp>\` (every built-in scheme)"
  [2]="standard headers the decisions reach"
  [3]="the decisions (\`decide/\`) + NATO + NLD, and their registry"
  [4]="+ 10,000 \`static_assert(can_access(p, l))\`"
  [5]="+ the same 10,000 as \`static_assert(require<can_access(p, l)>)\`"
  [6]="+ 1,000 distinct \`labeled\` sends"
  [7]="+ 1,000 marking literals to an operator that ignores them"
  [8]="+ 1 \`_marking\` literal"
  [9]="+ 1,000 distinct \`_marking\` literals"
  [10]="standard headers fmt 9 reaches (the anchor)"
  [11]="\`#include <fmt/format.h>\`"
  [12]="+ 1,000 distinct \`fmt::format\` calls (each format string checked at compile time)"
)
echo "Build time: CPU seconds and peak memory, median of $runs runs."
echo
echo "$header"
echo "$rule"
for ((k = 0; k < ${#files[@]}; ++k)); do
  line="| ${describe[$k]} |"
  for cxx in "${compilers[@]}"; do
    for mode in syntax O0; do
      if [[ ${sec[$cxx,$mode,${files[$k]}]} == — ]]; then line+=" — |"
      else line+=" ${sec[$cxx,$mode,${files[$k]}]} s, ${mb[$cxx,$mode,${files[$k]}]} MB |"; fi
    done
  done
  echo "$line"
done

echo
echo "| build-time cost | goal | $(printf '%s | ' "${compilers[@]}")"
echo "|---|---|$(printf -- '---|%.0s' "${compilers[@]}")"
row() {  # label, goal, awk expression over a=first file b=second file (seconds), with n
  local line="| $1 | $2 |" cxx mode cell
  for cxx in "${compilers[@]}"; do
    cell=""
    for mode in syntax O0; do
      if [[ ${sec[$cxx,$mode,$4]} == — ]]; then cell+="—"
      else cell+=$(awk -v a="${sec[$cxx,$mode,$4]}" -v b="${sec[$cxx,$mode,$5]}" "BEGIN { $3 }"); fi
      [[ $mode == syntax ]] && cell+=" / "
    done
    line+=" $cell |"
  done
  echo "$line"
}
row "the decisions + NATO + NLD, over their standard headers (syntax / -O0)" "≤ 0.25 s (g++)" 'printf "%.2f s", b - a' core_std core_nato_nld
row "every layer and every built-in scheme, over the standard headers (syntax / -O0)" "—" 'printf "%.2f s", b - a' std umbrella
row "10,000 \`static_assert(can_access(p, l))\`, over the include" "≤ +0.5 s" 'printf "+%.2f s", b - a' umbrella checks
row "the same through \`require<>\`, over the include" "≤ +0.5 s" 'printf "+%.2f s", b - a' umbrella required
row "one \`labeled\` send (of 1,000)" "—" 'printf "%.3f ms", (b - a)' umbrella sends
row "one \`_marking\` literal (of 1,000): the parse and the literal" "≤ 0.1 ms (clang)" 'printf "%.3f ms", (b - a) / 999 * 1000' literal literals
row "one marking literal an operator ignores (of 1,000)" "—" 'printf "%.3f ms", (b - a)' umbrella received

# Against the anchor, in the same run (issue 22's goals): each figure as clearance / fmt.
echo
echo "| against fmt 9, same run (syntax only) | goal | $(printf '%s | ' "${compilers[@]}")"
echo "|---|---|$(printf -- '---|%.0s' "${compilers[@]}")"
anchor() {  # label, goal, awk expression over a b c d (seconds), files a b c d
  local line="| $1 | $2 |" cxx
  for cxx in "${compilers[@]}"; do
    line+=" $(awk -v a="${sec[$cxx,syntax,$4]}" -v b="${sec[$cxx,syntax,$5]}" -v c="${sec[$cxx,syntax,$6]}" \
                  -v d="${sec[$cxx,syntax,$7]}" "BEGIN { $3 }") |"
  done
  echo "$line"
}
anchor "own header cost, full library: clearance / fmt" "≤ 0.25 s" \
  'printf "%.2f s / %.2f s = %.1fx", b - a, d - c, (b - a) / (d - c)' std umbrella fmt_std fmt
anchor "own header cost, decisions + NATO + NLD: clearance / fmt" "≤ 0.10 s" \
  'printf "%.2f s / %.2f s = %.1fx", b - a, d - c, (b - a) / (d - c)' core_std core_nato_nld fmt_std fmt
anchor "the first \`_marking\` literal in a file" "≤ 30 ms" 'printf "%.0f ms", (b - a) * 1000' umbrella literal fmt fmt
anchor "each further literal / one fmt format-string check" "≤ 0.5x" \
  'printf "%.2f ms / %.2f ms = %.1fx", (b - a) / 999 * 1000, (d - c), (b - a) / 999 / ((d - c) / 1000)' literal literals fmt fmt_checks
anchor "each \`static_assert(can_access(p, l))\`" "≤ 0.1 ms g++, 0.3 ms clang" \
  'printf "%.2f ms", (b - a) / 10'  umbrella checks fmt fmt
