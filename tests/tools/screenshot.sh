#!/usr/bin/env bash
# Starts the app under Xvfb on a database and saves a screenshot of the whole
# screen: tests/tools/screenshot.sh BUILD_DIR DATABASE OUT.png [extra args]
set -euo pipefail
build=$1 db=$2 out=$3
shift 3
export XDG_RUNTIME_DIR=$(mktemp -d)
export HOME=${SCREENSHOT_HOME:-$(mktemp -d)}
xvfb-run -a -s "-screen 0 1366x800x24" bash -c '
  "$0" --database "$1" "${@:3}" &
  pid=$!
  sleep "${SCREENSHOT_DELAY:-3}"
  import -window root "$2"
  kill $pid
' "$build/webcast-admin" "$db" "$out" "$@"
