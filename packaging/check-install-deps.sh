#!/usr/bin/env bash
# Would a new computer have everything the build and the tests use? A machine
# that already has the packages cannot tell by building; this can. Every file
# under /usr the build read (each object's headers from ninja's dependency
# log, the CMake packages and tools in CMakeCache.txt and build.ninja, the
# libraries linked) and every program the tests start is mapped to the Debian
# package that owns it; each such package must be on a new machine already
# (packaging/new-machine-packages.txt: what a fresh Debian 12 machine of ours
# has) or come with what packaging/install-deps.sh --test installs
# (with everything those depend on).
#
#   packaging/check-install-deps.sh BUILD_DIR
#   exit 0: complete; 1: the install step misses packages (they are named)
set -euo pipefail
build=${1:?usage: packaging/check-install-deps.sh BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)
[[ -f $build/build.ninja ]] || { echo "check-install-deps: no build.ninja in $build" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Programs the test command starts (servers, browsers, media and packaging
# tools). Kept by hand: a test that starts a new program adds it here.
programs=(
  cmake ninja ctest cpack g++ pkg-config
  sshd ssh ssh-keygen nginx openssl ffmpeg ffprobe gst-play-1.0 gst-inspect-1.0
  chromium node npm xvfb-run Xvfb xauth import dbus-run-session gnome-keyring-daemon
  flock pgrep pkill perl tar dd stat tee sha256sum mktemp
  desktop-file-validate appstreamcli man zcat dpkg-deb dpkg-shlibdeps xmllint /usr/bin/python3
  runuser psql
)
# Files the program and the tests load at run time (plugins, catalogues,
# fonts): no build reads them, so they are named here.
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo x86_64-linux-gnu)
runtime_files=(
  /usr/share/qt6/translations/qtbase_de.qm
  "/usr/lib/$multiarch/qt6/plugins/sqldrivers/libqsqlite.so"
  "/usr/lib/$multiarch/qt6/plugins/imageformats/libqsvg.so"
  "/usr/lib/$multiarch/qt6/plugins/multimedia/libgstreamermediaplugin.so"
  "/usr/lib/$multiarch/gstreamer-1.0/libgstrtsp.so"
  "/usr/lib/$multiarch/gstreamer-1.0/libgstlibav.so"
  "/usr/lib/$multiarch/gstreamer-1.0/libgstx264.so"
  /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
  /usr/lib/python3/dist-packages/jsonschema/__init__.py
  "/usr/lib/$multiarch/qt6/plugins/sqldrivers/libqsqlpsql.so"
  # The server the team-database test starts (its version's folder).
  "$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | tail -1)"
)

# 1. What was used: files under /usr, then their packages.
{
  ninja -C "$build" -t deps 2>/dev/null | awk '$1 ~ /^\/usr\// { print $1 }'
  grep -ohE '/usr/[^ :;$|"]+' "$build/build.ninja" "$build/CMakeCache.txt"
  for p in "${programs[@]}"; do
    # The test command's own sbin, not only the caller's PATH.
    found=$(PATH=$PATH:/usr/sbin:/sbin command -v "$p" || true)
    if [[ -z $found ]]; then
      echo "check-install-deps: the tests start $p, which is not on this machine" >&2
      echo "missing-program:$p"
      continue
    fi
    echo "$found"
    readlink -f "$found"
  done
  for f in "${runtime_files[@]}"; do
    [[ -e $f ]] || { echo "check-install-deps: $f is missing on this machine" >&2; echo "missing-program:$f"; }
    echo "$f"
  done
} | sort -u > "$work/paths"
if grep -q '^missing-program:' "$work/paths"; then
  exit 1
fi
# dpkg knows a file by the path it installed: each path is asked as it is,
# resolved (/usr/bin/x may be an alternatives link) and without /usr (files
# installed before the merged /usr). One dpkg-query for all of them.
while read -r path; do
  [[ -f $path ]] || continue # files (or links to them), not folders
  printf '%s\t%s\n' "$path" "$path"
  printf '%s\t%s\n' "$(readlink -f "$path")" "$path"
  [[ $path == /usr/* ]] && printf '%s\t%s\n' "${path#/usr}" "$path"
done < "$work/paths" | sort -u > "$work/candidates"
# (dpkg-query fails for the paths it does not know: that is expected.)
{ cut -f1 "$work/candidates" | xargs -d '\n' dpkg-query -S 2>/dev/null || true; } |
  awk -F': ' 'NR == FNR { wanted[$1] = $2; next }
    ($2 in wanted) { n = split($1, pkgs, ", "); for (i = 1; i <= n; i++) {
      sub(/:.*/, "", pkgs[i]); print pkgs[i] "\t" wanted[$2] } }' \
    FS='\t' "$work/candidates" FS=': ' - | sort -u -k1,1 > "$work/used"

# 2. What a new machine has: its image, plus the install step's packages and
#    everything they pull in.
mapfile -t installed < <("$here/install-deps.sh" --list --test)
apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
  --no-replaces --no-enhances "${installed[@]}" 2>/dev/null |
  awk '/^[^ ]/ { sub(/:.*/, ""); print }' > "$work/closure"
sort -u "$here/new-machine-packages.txt" "$work/closure" > "$work/have"

# 3. Used but not had.
missing=$(awk -F'\t' 'NR == FNR { have[$1] = 1; next } !($1 in have) { print "  " $1 "  (" $2 ")" }' \
  "$work/have" "$work/used")
echo "check-install-deps: $(wc -l < "$work/paths") files and programs from $(wc -l < "$work/used") packages;" \
  "$(wc -l < "$work/closure") packages come with the install step"
if [[ -n $missing ]]; then
  echo "check-install-deps: a new machine would not have these (add them to packaging/install-deps.sh):"
  echo "$missing"
  exit 1
fi
echo "check-install-deps: complete"
