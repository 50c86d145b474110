#!/usr/bin/env bash
# Installs what is needed, builds, and opens Webcast Admin on a demo database
# (embedded SQLite in build/demo/). Extra arguments go to webcast-admin.
set -euo pipefail
cd "$(dirname "$0")/.."
# Builds live outside the source tree (the checkout holds only sources), one
# folder per checkout so two clones never share a CMake cache.
build_root=${WEBCAST_BUILD_ROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/webcast-admin/$(basename "$PWD")-$(pwd | sha1sum | cut -c1-8)}
packaging/install-deps.sh
build="$build_root/build"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target webcast-admin
db="$build/demo/webcast-admin-demo.sqlite"
if [[ ! -f "$db" ]]; then
  "$build/webcast-admin" --database "$db" init --demo
fi
echo "Webcast Admin: $build/webcast-admin --database $db"
exec "$build/webcast-admin" --database "$db" "$@"
