#!/usr/bin/env bash
# Prints the path of a CMake 3.31 from Debian 12's bookworm-backports suite, unpacked into <dir>
# (not installed: the system's CMake 3.25 stays what the presets use). Adds the suite to apt's
# sources and downloads the packages the first time, and says so on stderr.
# usage: scripts/newer-cmake.sh <dir>
set -euo pipefail
dir=$1
if [[ ! -x "$dir/usr/bin/cmake" ]]; then
  if ! apt-cache policy cmake | grep -q bookworm-backports; then
    if [[ $(id -u) -ne 0 ]]; then
      echo "clearance: CMake 3.31 needs Debian's bookworm-backports in apt's sources; run as root" >&2
      exit 1
    fi
    echo "clearance: adding bookworm-backports to apt's sources, for CMake 3.31" >&2
    echo "deb http://deb.debian.org/debian bookworm-backports main" > /etc/apt/sources.list.d/clearance-backports.list
    apt-get update -q >&2
  fi
  version=$(apt-cache madison cmake | awk '$0 ~ /bookworm-backports/ && $3 ~ /^3\.31\./ { print $3; exit }')
  if [[ -z $version ]]; then
    echo "clearance: bookworm-backports offers no CMake 3.31" >&2
    exit 1
  fi
  rm -rf "$dir"
  mkdir -p "$dir/debs"
  (cd "$dir/debs" && apt-get download -q "cmake=$version" "cmake-data=$version") >&2
  for deb in "$dir"/debs/*.deb; do dpkg-deb -x "$deb" "$dir"; done
fi
echo "$dir/usr/bin/cmake"
