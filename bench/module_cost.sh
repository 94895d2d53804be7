#!/usr/bin/env bash
# The cost of a file that uses the library through the module (import clearance;) against one
# that includes the headers, with clang++ 19: CPU seconds (user + system) of -fsyntax-only, the
# median of R runs (R = 5 unless given), interleaved; and the one-off cost of precompiling the
# module. Each file holds one static_assert(require<can_access(...)>) and one marking literal.
# usage: bench/module_cost.sh [runs=5]   (needs clang++-19)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cxx=clang++-19
body='using namespace clearance;
using namespace clearance::literals;
constexpr person reader{.nationality = party::nld, .works_for = organisation::government,
                        .clearances = {nld::screening_a, nato::clearance_secret}, .briefed = true};
static_assert(require<can_access(reader, nato::secret)>);
constexpr label marked = "Stg. GEHEIM"_marking;
int main() { return marked.rank; }'
printf '#include <clearance/clearance.hpp>\n#include <clearance/wire.hpp>\n#include <clearance/spif.hpp>\n%s\n' "$body" > "$work/include.cpp"
printf 'import clearance;\n%s\n' "$body" > "$work/import.cpp"

cpu() { /usr/bin/time -o "$work/time" -f '%U %S' "$@" || { echo "module_cost: $* failed" >&2; exit 1; }
        awk '{ print $1 + $2 }' "$work/time"; }
median() { sort -n | sed -n "$(((runs + 1) / 2))p"; }
precompile=$(cpu "$cxx" -std=c++20 -Iinclude --precompile module/clearance.cppm -o "$work/clearance.pcm")
for ((k = 0; k < runs; ++k)); do
  cpu "$cxx" -std=c++20 -Iinclude -fsyntax-only "$work/include.cpp" >> "$work/include.runs"
  cpu "$cxx" -std=c++20 -fmodule-file=clearance="$work/clearance.pcm" -fsyntax-only "$work/import.cpp" >> "$work/import.runs"
done
included=$(median < "$work/include.runs")
imported=$(median < "$work/import.runs")
echo "$($cxx --version | head -1 | sed -E 's/ \(.*\)//; s/^Debian //'), -fsyntax-only, CPU seconds, median of $runs"
echo
echo "| a file with one check and one literal | seconds |"
echo "|---|---|"
echo "| \`#include\` the headers (clearance.hpp, wire.hpp, spif.hpp) | $included |"
echo "| \`import clearance;\` | $imported ($(awk -v a="$imported" -v b="$included" 'BEGIN { printf "%.2f", a / b }')x) |"
echo "| precompiling the module, once per build | $precompile |"
