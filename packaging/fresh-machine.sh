#!/usr/bin/env bash
# The README on a new computer, proven the way Debian's piuparts and
# autopkgtest prove packages: a chroot holding only what a new machine has
# (packaging/new-machine-packages.txt, fetched from Debian's mirror with
# mmdebstrap), a clone of this checkout's HEAD, and the README's test command
# run inside with nothing installed by hand. Then the .deb that run built is
# installed with apt into a second such chroot, which gets only the
# package's own Depends, and started there.
#
#   packaging/fresh-machine.sh [ARGS...]   ARGS go to packaging/run-tests.sh
#                                          (CI uses --quick)
#
# Run as root (chroot, mounts). The base is made once per package list
# (about 3 minutes) and kept in /var/cache/webcast-admin (WEBCAST_FRESH_CACHE);
# each run starts from a copy of it. Logs: <cache>/fresh-test.log and
# fresh-deb.log. Exit status: 0 when both parts passed.
set -euo pipefail
[[ $(id -u) -eq 0 ]] || { echo "fresh-machine: run it as root (it uses chroot and mounts)" >&2; exit 2; }
top=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
list=$top/packaging/new-machine-packages.txt
cache=${WEBCAST_FRESH_CACHE:-/var/cache/webcast-admin}
base=$cache/fresh-base-$(sha1sum "$list" | cut -c1-12)
mkdir -p "$cache"

unmount_all() {
  local root=$1
  for m in dev/shm dev/pts dev proc sys; do
    mountpoint -q "$root/$m" && umount -l "$root/$m"
  done
  return 0
}

# A copy of the base with what a running machine has: devices, /proc, the
# network's name service, and the certificate authorities this workplace's
# machines trust (its proxy signs TLS), as a new machine here would have them.
prepare_root() {
  local root=$1
  if [[ -d $root ]]; then unmount_all "$root"; rm -rf "$root"; fi
  cp -a --reflink=auto "$base" "$root"
  mount --bind /dev "$root/dev"
  mount --bind /dev/pts "$root/dev/pts"
  mount -t tmpfs tmpfs "$root/dev/shm"
  mount -t proc proc "$root/proc"
  mount --bind /sys "$root/sys"
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  # Packages do not start their services in a chroot (PostgreSQL's would
  # keep running on the host's network after the check), as in Debian's
  # own build chroots; the tests start the servers they need themselves.
  printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
  chmod 755 "$root/usr/sbin/policy-rc.d"
  if compgen -G "/usr/local/share/ca-certificates/*" >/dev/null; then
    cp -a /usr/local/share/ca-certificates/. "$root/usr/local/share/ca-certificates/"
    chroot "$root" update-ca-certificates >/dev/null 2>&1 || true
  fi
  [[ -f /root/.npmrc ]] && cp /root/.npmrc "$root/root/.npmrc"
  return 0
}

# Runs a command in a root with a new machine's environment: no variables of
# ours but the certificate settings that machine would also have.
in_root() {
  local root=$1; shift
  local env=(HOME=/root PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin LANG=C.UTF-8 CI=true)
  for v in NODE_EXTRA_CA_CERTS SSL_CERT_FILE SSL_CERT_DIR CURL_CA_BUNDLE GIT_SSL_CAINFO; do
    [[ -n ${!v:-} ]] && env+=("$v=${!v}")
  done
  chroot "$root" /usr/bin/env -i "${env[@]}" bash -c "$*"
}

# 1. The base: a new machine's packages, from Debian's mirror.
if [[ ! -f $base/.complete ]]; then
  command -v mmdebstrap >/dev/null || apt-get install -y -qq mmdebstrap >/dev/null
  echo "fresh-machine: making the base system in $base (once per package list)"
  rm -rf "$base"
  sources=/etc/apt/sources.list.d/debian.sources
  [[ -f $sources ]] || sources="deb http://deb.debian.org/debian bookworm main"
  # The image's own cloud tools come from no Debian archive: left out.
  mmdebstrap --quiet --variant=apt \
    --include="$(grep -vE '^(google-cloud-|kubectl)' "$list" | paste -sd,)" \
    bookworm "$base" "$sources"
  touch "$base/.complete"
fi

status=0
SECONDS=0
# 2. The README's test command on the new machine.
test_root=$cache/fresh-test
prepare_root "$test_root"
trap 'unmount_all "$test_root"; [[ -n ${deb_root:-} ]] && unmount_all "$deb_root"' EXIT
git clone -q "$top" "$test_root/root/project"
echo "fresh-machine: packaging/run-tests.sh $* in a new machine (log: $cache/fresh-test.log)"
if in_root "$test_root" "cd /root/project && packaging/run-tests.sh $*" >"$cache/fresh-test.log" 2>&1; then
  echo "fresh-machine: the test command passed on a new machine after ${SECONDS}s"
else
  status=1
  echo "fresh-machine: the test command FAILED on a new machine; the end of its log:"
  tail -n 40 "$cache/fresh-test.log"
fi
deb=$(ls "$test_root"/root/.cache/webcast-admin/project-*/build/webcast-admin_*.deb 2>/dev/null |
  head -n1 || true)
unmount_all "$test_root"

# 3. The package on another new machine: apt brings only its Depends.
if [[ -z $deb ]]; then
  echo "fresh-machine: no .deb was built, so it could not be installed"
  exit 1
fi
deb_root=$cache/fresh-deb
prepare_root "$deb_root"
cp "$deb" "$deb_root/tmp/webcast-admin.deb"
echo "fresh-machine: installing $(basename "$deb") on another new machine (log: $cache/fresh-deb.log)"
if in_root "$deb_root" '
  set -e
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq /tmp/webcast-admin.deb
  webcast-admin --version
  home=$(mktemp -d)
  HOME=$home webcast-admin init --demo
  HOME=$home QT_QPA_PLATFORM=offscreen timeout 60 webcast-admin --quit-when-ready
  HOME=$home webcast-admin render --out "$home/site"
  test -s "$home/site/index.html"
  # Our German catalogue is in the program; it speaks German on a German system.
  HOME=$home LANGUAGE=de webcast-admin state no-such-workshop live 2>&1 | grep "kein Workshop"
' >"$cache/fresh-deb.log" 2>&1; then
  echo "fresh-machine: the package installed, started and rendered on a new machine"
else
  status=1
  echo "fresh-machine: the package FAILED on a new machine; the end of its log:"
  tail -n 30 "$cache/fresh-deb.log"
fi
unmount_all "$deb_root"
echo "fresh-machine: done after ${SECONDS}s"
exit $status
