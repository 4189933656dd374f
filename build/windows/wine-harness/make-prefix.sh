#!/usr/bin/env bash
# Make a fresh Wine prefix for running the Windows build: Windows 10, and the harness shims
# (built by scripts/build-windows.sh into SHIMS) in its system32. Usage:
#   build/windows/wine-harness/make-prefix.sh PREFIX SHIMS
# Needs no display. About 20 s. See README.md for why each shim exists.
set -euo pipefail
PREFIX=$1 SHIMS=$2
[ -d "$SHIMS" ] || { echo "make-prefix: geen shims in $SHIMS / no shims (run scripts/build-windows.sh)" >&2; exit 1; }
export WINEPREFIX=$PREFIX WINEARCH=win64 WINEDEBUG=-all
# No "install Mono/Gecko?" dialogs: the program needs neither.
export WINEDLLOVERRIDES="mscoree=;mshtml="
mkdir -p "$PREFIX"
wineboot --init >/dev/null 2>&1
wineserver -w
winecfg -v win10 >/dev/null 2>&1
wineserver -w
system32="$PREFIX/drive_c/windows/system32"
[ -d "$system32" ] || { echo "make-prefix: wineboot made no prefix in $PREFIX" >&2; exit 1; }
cp "$SHIMS"/*.dll "$system32/"
