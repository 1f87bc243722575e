#!/bin/sh
# SPDX-FileCopyrightText: 2026 Threadkeeper authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test against a real Secret Service: a D-Bus session of its own with GNOME
# Keyring's daemon in it, its keyrings in a fresh home that goes away afterwards.
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/run" && chmod 700 "$home/run"
export HOME="$home" XDG_RUNTIME_DIR="$home/run" XDG_DATA_HOME="$home/data"
exec dbus-run-session -- sh -c '
    printf threadkeeper-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' _ "$@"
