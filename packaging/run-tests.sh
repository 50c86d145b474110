#!/usr/bin/env bash
# Installs what is needed, builds, and runs every test twice: once in a
# normal build and once under AddressSanitizer + UndefinedBehaviorSanitizer.
#   packaging/run-tests.sh            both
#   packaging/run-tests.sh --quick    the normal build only
#   packaging/run-tests.sh --with-deb also build, install (apt), check and
#                                     remove the .deb (always when CI is set)
#   packaging/run-tests.sh --check-deps
#                                     also check that a new machine would have
#                                     everything the build and tests used
#                                     (always when CI is set)
set -euo pipefail
cd "$(dirname "$0")/.."
# Builds live outside the source tree (the checkout holds only sources), one
# folder per checkout so two clones never share a CMake cache.
build_root=${WEBCAST_BUILD_ROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/webcast-admin/$(basename "$PWD")-$(pwd | sha1sum | cut -c1-8)}
packaging/install-deps.sh --test
# playwright-core for the browser test, exactly as locked (no browser download:
# the test uses Debian's Chromium).
if [[ ! -d tests/browser/node_modules/playwright-core ]]; then
  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
fi

# ctest's own line per build is what CI reads; keep them.
run_suite() {
  local dir=$1; shift
  echo "build folder: $dir"
  cmake -S . -B "$dir" -G Ninja "$@" >/dev/null
  cmake --build "$dir"
  (cd "$dir" && ctest --output-on-failure --timeout 600 -j2)
}

echo "== normal build =="
run_suite "$build_root/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo
if [[ -n "${CI:-}" || " $* " == *" --check-deps "* ]]; then
  echo "== does the install step bring everything? =="
  packaging/check-install-deps.sh "$build_root/build"
fi
if [[ -n "${CI:-}" || " $* " == *" --with-deb "* ]]; then
  echo "== Debian package =="
  packaging/test-deb.sh "$build_root/build"
fi
if [[ " $* " != *" --quick "* ]]; then
  echo "== AddressSanitizer + UndefinedBehaviorSanitizer build =="
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
  export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
  run_suite "$build_root/build-asan" -DCMAKE_BUILD_TYPE=Debug -DWEBCAST_SANITIZE=ON
fi
