#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked
# gnome-keyring, in throw-away HOME and XDG_RUNTIME_DIR folders: how the
# keychain tests reach a real Secret Service on a headless machine without
# touching the user's own keyring (without a session bus, QtKeychain fails
# with "Cannot autolaunch D-Bus without X11 $DISPLAY").
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/run"
chmod 700 "$tmp/run"
HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run" dbus-run-session -- sh -c '
  printf "test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' sh "$@"
# gnome-keyring-daemon leaves with the session bus.
