#!/usr/bin/env bash
# Builds and runs one consumer of the library, or the library's own Meson build.
# usage: check.sh <kind> <source dir> <binary dir> <c++ compiler>
#   kind: install | find_package | pkg_config | add_subdirectory | fetch_content | cmake_3_31 |
#         module | meson_subproject | meson
set -euo pipefail
kind=$1 source=$2 binary=$3 cxx=$4
consumers="$source/tests/consumers"
prefix="$binary/consumer-prefix"
work="$binary/consumer-$kind"
rm -rf "$work"
mkdir -p "$work"
version=$(sed -n 's/^#define CLEARANCE_VERSION_\(MAJOR\|MINOR\|PATCH\) \([0-9]*\)$/\2/p' \
          "$source/include/clearance/version.hpp" | paste -sd.)

case $kind in
  install)
    rm -rf "$prefix"
    cmake --install "$binary" --prefix "$prefix"
    test -f "$prefix/include/clearance/clearance.hpp"
    test -f "$prefix/share/cmake/clearance/clearanceConfigVersion.cmake"
    test -f "$prefix/share/pkgconfig/clearance.pc"
    ;;
  find_package)
    cmake -S "$consumers/find_package" -B "$work" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" \
      -DCMAKE_PREFIX_PATH="$prefix"
    cmake --build "$work"
    "$work/consumer"
    "$work/consumer_policy"
    ;;
  pkg_config)
    export PKG_CONFIG_PATH="$prefix/share/pkgconfig"
    test "$(pkg-config --modversion clearance)" = "$version"
    # shellcheck disable=SC2046 # the flags are meant to split
    "$cxx" -std=c++20 $(pkg-config --cflags clearance) "$consumers/main.cpp" -o "$work/consumer"
    "$work/consumer"
    ;;
  add_subdirectory)
    # A vendored library installs nothing unless its host asks: this host asks.
    cmake -S "$consumers/add_subdirectory" -B "$work" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" \
      -DCLEARANCE_SOURCE_DIR="$source" -DCLEARANCE_INSTALL=ON
    cmake --build "$work"
    "$work/consumer"
    "$work/consumer_policy"
    cmake --install "$work" --prefix "$work/prefix"
    test -f "$work/prefix/include/clearance/clearance.hpp"
    ;;
  fetch_content)
    # The tree under test as a release archive (the files a release holds: no build trees).
    tar -C "$source" --exclude=./build --exclude=./.git -czf "$work/clearance.tar.gz" .
    hash=$(sha256sum "$work/clearance.tar.gz" | cut -d' ' -f1)
    cmake -S "$consumers/fetch_content" -B "$work/build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" \
      -DCLEARANCE_ARCHIVE="$work/clearance.tar.gz" -DCLEARANCE_ARCHIVE_SHA256="$hash"
    cmake --build "$work/build"
    "$work/build/consumer"
    "$work/build/consumer_policy"
    # CLEARANCE_INSTALL is off where the library is not the top-level project.
    cmake --install "$work/build" --prefix "$work/prefix"
    test -x "$work/prefix/bin/consumer"
    if [[ -e "$work/prefix/include/clearance" ]]; then
      echo "a project that fetched clearance installed the library's headers" >&2
      exit 1
    fi
    ;;
  cmake_3_31)
    # The newest CMake the project names (cmake_minimum_required 3.21...3.31) configures it, the
    # tests and examples too, without a developer warning; Debian 12's own, 3.25, configures
    # every preset.
    cmake31=$(bash "$source/scripts/newer-cmake.sh" "$binary/cmake-3.31")
    "$cmake31" --version | grep -q '^cmake version 3\.31\.'
    "$cmake31" -S "$source" -B "$work" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -Werror=dev -Werror=deprecated \
      -DCLEARANCE_CONSUMER_TESTS=ON -DCLEARANCE_RELEASE_CHECKS=ON
    ;;
  module)
    # The C++20 module, with CMake 3.31, Ninja and clang++ 19 whatever the configuration's own
    # compiler (g++ 12 does not build it). First from an installed package: the library
    # configured with CLEARANCE_MODULE=ON and installed, then found with
    # find_package(clearance COMPONENTS module); the program runs, the twin compiles, and the
    # forbidden case fails with the rule and both sides in its message. Then vendored
    # (add_subdirectory with CLEARANCE_MODULE=ON): the program runs.
    cmake31=$(bash "$source/scripts/newer-cmake.sh" "$binary/cmake-3.31")
    flags="-Wall -Wextra -Wpedantic -Wconversion -Wshadow -Werror"
    "$cmake31" -S "$source" -B "$work/library" -G Ninja -DCMAKE_CXX_COMPILER=clang++-19 -DCMAKE_CXX_FLAGS="$flags" \
      -DCLEARANCE_MODULE=ON -DCLEARANCE_BUILD_TESTS=OFF -DCLEARANCE_BUILD_EXAMPLES=OFF
    "$cmake31" --build "$work/library"
    "$cmake31" --install "$work/library" --prefix "$work/prefix"
    test -f "$work/prefix/include/clearance/module/clearance.cppm"
    "$cmake31" -S "$source/tests/module" -B "$work/package" -G Ninja -DCMAKE_CXX_COMPILER=clang++-19 \
      -DCMAKE_CXX_FLAGS="$flags" -DCLEARANCE_PACKAGE=ON -DCMAKE_PREFIX_PATH="$work/prefix"
    "$cmake31" --build "$work/package" --target module_use module_twin
    "$work/package/module_use"
    expect=$(sed -n 's|^// expect: ||p' "$source/tests/module/forbidden.cpp")
    if "$cmake31" --build "$work/package" --target module_forbidden > "$work/forbidden.log" 2>&1; then
      echo "the forbidden case compiled through the module" >&2
      exit 1
    fi
    if ! grep -Eq "$expect" "$work/forbidden.log"; then
      echo "the forbidden case failed, but not with: $expect" >&2
      cat "$work/forbidden.log" >&2
      exit 1
    fi
    "$cmake31" -S "$source/tests/module" -B "$work/vendored" -G Ninja -DCMAKE_CXX_COMPILER=clang++-19 \
      -DCMAKE_CXX_FLAGS="$flags" -DCLEARANCE_SOURCE_DIR="$source"
    "$cmake31" --build "$work/vendored" --target module_use
    "$work/vendored/module_use"
    ;;
  meson_subproject)
    cp -r "$consumers/meson_subproject" "$work/project"
    cp "$consumers/main.cpp" "$consumers/policy.cpp" "$source/tests/spif/national.xml" "$work/"
    mkdir -p "$work/project/subprojects"
    ln -s "$source" "$work/project/subprojects/clearance"
    CXX="$cxx" meson setup "$work/build" "$work/project" --wrap-mode=forcefallback
    meson compile -C "$work/build"
    "$work/build/consumer"
    "$work/build/consumer_policy"
    ;;
  meson)
    CXX="$cxx" meson setup "$work/build" "$source" -Dwerror=true -Dtests=enabled --prefix=/usr
    # Only the tests that exercise what is Meson's own: the program list, the doctest dependency,
    # the custom target that writes a header (generated), the lessons and clearance-check. The
    # unit, law and allocation programs build from the same list and run in every CMake
    # configuration. `meson test` and `meson install` build every target first, so the chosen
    # tests' programs are built by name and both run with --no-rebuild.
    skipped='^(unit|law|allocation)(_tests)?$'
    mapfile -t meson_tests < <(meson test -C "$work/build" --no-rebuild --list 2>/dev/null | grep -vE "$skipped")
    mapfile -t targets < <(meson introspect "$work/build" --targets |
      python3 -c 'import json, sys; print("\n".join(t["name"] for t in json.load(sys.stdin) if t["type"] == "executable"))' |
      grep -vE "$skipped")
    meson compile -C "$work/build" "${targets[@]}"
    meson test -C "$work/build" --no-rebuild --print-errorlogs "${meson_tests[@]}"
    DESTDIR="$work/stage" meson install -C "$work/build" --no-rebuild --quiet
    grep -q "^Version: $version$" "$work/stage/usr/share/pkgconfig/clearance.pc"
    test -f "$work/stage/usr/include/clearance/clearance.hpp"
    ;;
  *)
    echo "unknown consumer kind: $kind" >&2
    exit 2
    ;;
esac
echo "consumer $kind: ok"
