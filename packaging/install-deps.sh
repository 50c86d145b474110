#!/usr/bin/env bash
# Installs the Debian packages Webcast Admin needs to build, run and test.
# Idempotent and quick when everything is present: it asks dpkg first and only
# calls apt-get for what is missing.
#
#   packaging/install-deps.sh            build + run
#   packaging/install-deps.sh --test     also what the test suite needs
#   packaging/install-deps.sh --bench    also the benchmarks' reference tools
#                                        (tests/bench/run-all); implies --test
#   packaging/install-deps.sh --list [--test]
#                                        print the package names, install nothing
#                                        (packaging/check-install-deps.sh reads them)
set -euo pipefail

build_pkgs=(
  cmake ninja-build ccache g++ pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
  # Qt Linguist: the CMake package (Qt6LinguistTools), lrelease/lupdate, and
  # Qt's own catalogues that the program loads for the system's language.
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libgl-dev fonts-dejavu-core tzdata
  libkainjow-mustache-dev libmd4c-html0-dev libmd4c-dev libssh2-1-dev openssh-client
  libarchive-dev qtkeychain-qt6-dev libavformat-dev libavcodec-dev libavutil-dev libswscale-dev libssl-dev
  libical-dev
  # status.json's writer (header-only).
  nlohmann-json3-dev
  # The program's allocator (not in the sanitizer build).
  libjemalloc-dev
  libgstrtspserver-1.0-dev
  qt6-multimedia-dev gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  gstreamer1.0-plugins-bad gstreamer1.0-libav
)
test_pkgs=(
  xvfb xauth nginx chromium openssl openssh-server
  dbus-daemon gnome-keyring ffmpeg
  gstreamer1.0-plugins-ugly gstreamer1.0-tools gstreamer1.0-plugins-base-apps imagemagick
  dpkg-dev desktop-file-utils appstream man-db procps util-linux libxml2-utils
  # The schedule export is checked against C3VOC's XSD (xmllint) and JSON schema.
  python3-jsonschema
  # A team's shared database: a real PostgreSQL server started by the tests.
  postgresql
  # The publish benchmark's reference (rsync -a over the same ssh).
  rsync
  # Publish batches go zstd-compressed where the server has zstd; the tests'
  # sshd runs here.
  zstd
  nodejs npm
)
# What the benchmarks compare against, beyond what the tests bring (rsync,
# OpenSSH's sftp, gst-play-1.0, ffmpeg, pgbench): Hugo and Django's
# templates with Python-Markdown.
bench_pkgs=(hugo python3-django python3-markdown)

list=false test=false bench=false
for arg in "$@"; do
  case $arg in
    --list) list=true ;;
    --test) test=true ;;
    --bench) test=true bench=true ;;
    *) echo "install-deps.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

want=("${build_pkgs[@]}")
if $test; then
  want+=("${test_pkgs[@]}")
fi
if $bench; then
  want+=("${bench_pkgs[@]}")
fi
if $list; then
  printf '%s\n' "${want[@]}"
  exit 0
fi
if $test && command -v node >/dev/null && command -v npm >/dev/null; then
  # The browser test runs on Node.js; a machine that has its own (from
  # nodesource, nvm) keeps it instead of Debian's.
  want=("${want[@]/#nodejs/}") want=("${want[@]/#npm/}")
fi

missing=()
for p in "${want[@]}"; do
  [[ -z $p ]] && continue
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
