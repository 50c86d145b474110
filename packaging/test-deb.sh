#!/usr/bin/env bash
# Builds the Debian package from a build folder and tests it the way a user
# meets it: installed with apt, validated, started, removed — and the user's
# data must still be there afterwards. Changes the system: CI runs it
# (packaging/run-tests.sh does when CI is set, or with --with-deb).
#   packaging/test-deb.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
cd "$(dirname "$0")/.."
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  sudo_cmd=(sudo)
fi
app_id=org.webcastadmin.WebcastAdmin

rm -f "$build"/webcast-admin_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/webcast-admin_*.deb)
echo "package: $deb"
dpkg-deb -f "$deb" Depends

export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get install -y -qq "$deb" >/dev/null
trap '"${sudo_cmd[@]}" apt-get remove -y -qq webcast-admin >/dev/null 2>&1 || true' EXIT

desktop-file-validate "/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml"
# (Checked in the package: minimal images exclude /usr/share/man on install.)
dpkg-deb -c "$deb" | grep ' ./usr/share/man/man1/webcast-admin.1.gz$' >/dev/null
zcat "$build/webcast-admin.1.gz" | man --warnings -l - >/dev/null
test -f "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
test -f "/usr/share/icons/hicolor/48x48/apps/$app_id.png"
test -f /usr/share/webcast-admin/templates/workshop.html.mustache
# FFmpeg's work is in a module loaded when needed (app/stream/ffmpegmodule.h):
# installed beside the program, and found. Nothing listens on port 9, so the
# check must come back "refused", not "video support is missing".
test -f /usr/lib/webcast-admin/libwebcast-admin-ffmpeg.so
said=$(/usr/bin/webcast-admin check-stream rtsp://127.0.0.1:9/live || true)
[[ $said == *"refused"* ]] || { echo "check-stream said: $said" >&2; exit 1; }

version=$(/usr/bin/webcast-admin --version)
echo "installed: $version"
[[ $version == *"$(dpkg-deb -f "$deb" Version)"* ]]

# A user's first start, in a fresh home: demo data, then the window.
user_home=$(mktemp -d)
HOME=$user_home /usr/bin/webcast-admin init --demo >/dev/null
HOME=$user_home QT_QPA_PLATFORM=offscreen timeout 60 /usr/bin/webcast-admin --quit-when-ready
database=$user_home/.local/share/webcast-admin/webcast-admin/webcast-admin.sqlite
test -s "$database" || { echo "no database at $database after the first start" >&2; exit 1; }

"${sudo_cmd[@]}" apt-get remove -y -qq webcast-admin >/dev/null
trap - EXIT
if [[ -e /usr/bin/webcast-admin ]]; then
  echo "removing the package left /usr/bin/webcast-admin" >&2
  exit 1
fi
test -s "$database" || { echo "removing the package touched the user's database" >&2; exit 1; }
rm -rf "$user_home"
echo "deb package: installed, validated, started, removed; user data kept"
