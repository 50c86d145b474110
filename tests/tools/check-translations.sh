#!/usr/bin/env bash
# Every translation catalogue must be complete: lrelease reports no
# unfinished and no ignored entries. Usage: check-translations.sh LRELEASE TS...
set -euo pipefail
lrelease=$1
shift
status=0
for ts in "$@"; do
  out=$("$lrelease" "$ts" -qm "$(mktemp --suffix=.qm)" 2>&1)
  line=$(grep -m1 'Generated' <<<"$out" || true)
  echo "$(basename "$ts"): $line"
  if [[ -z $line || $line != *" 0 unfinished"* ]] || grep -qi 'ignored\|error' <<<"$out"; then
    echo "$out" >&2
    status=1
  fi
done
exit $status
