#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Threadkeeper authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# MyHTML/Modest from Debian's own source package, built with clang, AddressSanitizer and
# libFuzzer's coverage (fuzzer-no-link) into build/modest-asan/, for the fuzz preset to link
# instead of Debian's uninstrumented libmodest: a memory error inside the parser is then a
# report, and the fuzzers steer by MyHTML's branches as well as ours. Run in the build
# environment from the repository root (packaging/dev fuzz/test call it); it does nothing when
# build/modest-asan/lib/libmodest.so is already there (remove build/modest-asan to rebuild).
# Nothing of it is kept in the repository.
set -euo pipefail

out=${1:-build/modest-asan}
lib=$out/lib/libmodest.so
[ -e "$lib" ] && exit 0
log() { printf 'modest-asan: %s\n' "$*" >&2; }
started=$SECONDS

# apt-get source needs a deb-src line for the suite the build root runs.
if ! grep -rqs '^deb-src ' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    [ "$(id -u)" = 0 ] || { log "no deb-src line in /etc/apt/sources.list*; add one for $(. /etc/os-release && echo "$VERSION_CODENAME")"; exit 1; }
    suite=$(. /etc/os-release && echo "$VERSION_CODENAME")
    echo "deb-src http://deb.debian.org/debian $suite main" >/etc/apt/sources.list.d/threadkeeper-deb-src.list
    apt-get update -qq
fi

rm -rf "$out" && mkdir -p "$out/src"
log "fetching Debian's source of modest (apt-get source)"
# Some mirrors serve the upstream tarball but not the .dsc and the Debian diff; the
# tarball alone is enough: apt checked it against the Sources index, and Debian's
# packaging of this version adds no patches (its changelog: a soname rename only).
(cd "$out/src" && apt-get source -qq modest >apt-source.log 2>&1) || true
srcdir=$(find "$out/src" -mindepth 1 -maxdepth 1 -type d -name 'modest-*' | head -n 1)
if [ -z "$srcdir" ]; then
    orig=$(find "$out/src" -maxdepth 1 -name 'modest_*.orig.tar.*' | head -n 1)
    [ -n "$orig" ] || { cat "$out/src/apt-source.log" >&2; log "apt-get source modest fetched nothing"; exit 1; }
    log "only $(basename "$orig") was served; building it without Debian's diff"
    tar -C "$out/src" -xf "$orig"
    srcdir=$(find "$out/src" -mindepth 1 -maxdepth 1 -type d -name 'modest-*' | head -n 1)
fi

log "building $(basename "$srcdir") with clang, ASan and coverage (a few minutes on 2 cores)"
# A shared library: the sanitizer runtimes and libFuzzer's coverage callbacks come from the
# fuzz executable that loads it. -O1 keeps ASan's reports readable at a fair speed. Build type
# None as Debian's (no MyCORE_BUILD_DEBUG). Upstream builds with -Werror, written for gcc:
# clang's extra warnings (a void * cast to an enum, variables set and not read) stay warnings.
sed -i 's/ -Werror / /' "$srcdir/CMakeLists.txt"
cmake -S "$srcdir" -B "$out/build" -G Ninja -DCMAKE_BUILD_TYPE=None \
    -DCMAKE_C_COMPILER=clang-19 \
    -DCMAKE_C_FLAGS="-O1 -g -fsanitize=address,fuzzer-no-link -fno-omit-frame-pointer" \
    >"$out/build.log" 2>&1 \
    && cmake --build "$out/build" --target modest_shared >>"$out/build.log" 2>&1 \
    || { tail -n 30 "$out/build.log" >&2; log "build failed (log: $out/build.log)"; exit 1; }
# Only the shared target (its CMakeLists cannot switch the static one off), copied with its
# soname links; the headers stay Debian's (libmodest-dev), the same source.
mkdir -p "$out/lib" && cp -a "$out"/build/libmodest.so* "$out/lib/"
[ -e "$lib" ] || { log "no $lib after the build"; exit 1; }
# Instrumented, or this was for nothing.
[ "$(nm -D "$lib" | grep -c __asan_report)" -gt 0 ] || { log "$lib has no ASan calls"; exit 1; }
log "built $lib in $((SECONDS - started)) s"
