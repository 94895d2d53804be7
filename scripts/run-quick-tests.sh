#!/usr/bin/env bash
# The day-to-day check (README: the quick test command): one configuration, g++ 12 without debug
# information, building the unit and law programs, the lessons and the tools, and running the
# unit, law, lesson and data tests. About two minutes from nothing on two cores; the full test
# command (scripts/run-tests.sh) runs before anything lands. Installs the Debian packages it
# needs when they are missing, and says so.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-packages.sh g++ cmake ninja-build doctest-dev
cmake --workflow --preset quick "$@"
