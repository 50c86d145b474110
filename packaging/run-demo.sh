#!/usr/bin/env bash
# Installs what is needed, builds, and opens Webcast Admin on a demo database
# (embedded SQLite in build/demo/). Extra arguments go to webcast-admin.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target webcast-admin
db=build/demo/webcast-admin-demo.sqlite
if [[ ! -f "$db" ]]; then
  build/webcast-admin --database "$db" init --demo
fi
exec build/webcast-admin --database "$db" "$@"
