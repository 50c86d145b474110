#!/usr/bin/env bash
# Installs the Debian packages Webcast Admin needs to build, run and test.
# Idempotent and quick when everything is present: it asks dpkg first and only
# calls apt-get for what is missing.
#
#   packaging/install-deps.sh            build + run
#   packaging/install-deps.sh --test     also what the test suite needs
set -euo pipefail

build_pkgs=(
  cmake ninja-build ccache g++ pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6svg6
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libgl-dev fonts-dejavu-core tzdata
  libkainjow-mustache-dev libmd4c-html0-dev libmd4c-dev libssh2-1-dev openssh-client
  libarchive-dev qtkeychain-qt6-dev libavformat-dev libavcodec-dev libavutil-dev libssl-dev
  libgstrtspserver-1.0-dev
  qt6-multimedia-dev gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  gstreamer1.0-plugins-bad gstreamer1.0-libav
)
test_pkgs=(
  xvfb xauth nginx chromium openssl openssh-server
  dbus-daemon gnome-keyring ffmpeg
  gstreamer1.0-plugins-ugly gstreamer1.0-tools gstreamer1.0-plugins-base-apps imagemagick
  dpkg-dev desktop-file-utils appstream man-db
)

want=("${build_pkgs[@]}")
if [[ "${1:-}" == "--test" ]]; then
  want+=("${test_pkgs[@]}")
  # The browser test runs on Node.js; use the one the machine has, if any.
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    want+=(nodejs npm)
  fi
fi

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$p")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

echo "Installing: ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
