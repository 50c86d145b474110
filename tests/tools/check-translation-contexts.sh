#!/usr/bin/env bash
# A string is translated only when the context lupdate files it under (the
# class or namespace around the tr() call) is the context the program asks
# for at run time. Free tr() helpers make that easy to get wrong, so: lupdate
# must find a context for every tr(), and every context in the catalogue must
# be one the program uses: a class with Q_OBJECT or Q_DECLARE_TR_FUNCTIONS,
# or a QCoreApplication::translate("context", ...) helper.
# Usage: check-translation-contexts.sh LUPDATE SOURCE_ROOT
set -euo pipefail
lupdate=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
dirs=(app models ui)
"$lupdate" -recursive -extensions cpp,h,ui -locations none -I "$root" "${dirs[@]}" -ts "$work/check.ts" \
  >"$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
status=0
if grep 'cannot be called without context' "$work/log" >&2; then
  echo "tr() outside any class or namespace: lupdate drops these strings" >&2
  status=1
fi
while read -r context; do
  [[ $context == QObject ]] && continue
  quoted=$(sed 's/[.[\*^$]/\\&/g' <<<"$context")
  if grep -rqE "translate\(\"$quoted\"|Q_DECLARE_TR_FUNCTIONS\($quoted\)" "${dirs[@]}"; then
    continue
  fi
  class=${context##*::}
  if grep -rlE "^class $class\b" "${dirs[@]}" | xargs -r grep -l "Q_OBJECT" | grep -q .; then
    continue
  fi
  echo "context \"$context\": lupdate files strings under it, but the program never asks for it" >&2
  status=1
done < <(grep -o '<name>[^<]*</name>' "$work/check.ts" | sed 's/<[^>]*>//g' | sort -u)
[[ $status == 0 ]] && echo "every tr() context is one the program uses"
exit $status
