#!/usr/bin/env bash
# Regenerates docs/reference.md from the library's tables (clearance-check reference). Run it
# after changing a data header; the test docs.reference fails until the page matches.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-packages.sh g++ cmake ninja-build
cmake --preset examples >/dev/null
cmake --build --preset examples --target clearance-check >/dev/null
build/examples/examples/clearance-check reference > docs/reference.md
echo "docs/reference.md regenerated"
