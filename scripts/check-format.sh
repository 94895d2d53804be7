#!/usr/bin/env bash
# The style checks of the test command (release.format and release.tidy in the gcc preset):
#   format: clang-format 19 finds nothing to change in include/, module/ and tools/ (.clang-format;
#           .clang-format-ignore leaves out the hand-laid data tables and the written vocabulary);
#   tidy:   clang-tidy 19, with the checks of .clang-tidy as errors, on one file that includes
#           every header of the library.
# usage: scripts/check-format.sh format|tidy   (exit 1 with the findings)
set -euo pipefail
cd "$(dirname "$0")/.."
case ${1:-} in
  format)
    mapfile -t files < <(git ls-files 'include/*.hpp' 'module/*.cppm' 'tools/*.cpp' 2>/dev/null ||
                         find include module tools -name '*.hpp' -o -name '*.cppm' -o -name '*.cpp')
    clang-format-19 --dry-run --Werror "${files[@]}"
    echo "format: ${#files[@]} files as .clang-format writes them"
    ;;
  tidy)
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    printf '#include <clearance/clearance.hpp>\n#include <clearance/spif.hpp>\n#include <clearance/wire.hpp>\n' > "$work/every_header.cpp"
    clang-tidy-19 --quiet --config-file=.clang-tidy "$work/every_header.cpp" -- -std=c++20 -Iinclude
    echo "tidy: no finding"
    ;;
  *)
    echo "usage: scripts/check-format.sh format|tidy" >&2
    exit 2
    ;;
esac
