#!/usr/bin/env bash
# Prepare this machine for Opvoedapp: the Debian libraries Qt needs (only those missing),
# a virtual environment in .venv/ with the exact versions of requirements.lock, and the
# project installed into it.
# Safe to run again: it skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt's xcb platform plug-in (a real window), offscreen rendering, printing (libcups2),
# fonts for rendering text, and venv/pip for Debian's own python3.
QT_LIBS=(libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4
  libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
  libxcb-xkb1 libxcb-xfixes0 libxcb-shm0 libxcb-sync1 libxrender1 libx11-xcb1 libfontconfig1
  libfreetype6 libdbus-1-3 libcups2 fonts-dejavu-core
  # PyInstaller (the offline build, also built by the tests) needs objdump and strip.
  binutils
  # tests/test_userdata_faults.py sees the user database's fsyncs through strace.
  strace
  # The screen-fit test runs the real program on a real X server with a window manager and
  # reads window geometry from outside (tests/test_screen_fit_x11.py).
  xvfb xdotool x11-utils openbox
  # tests/test_handout_languages_pdf.py reads Arabic back from the PDF with pdftotext, an
  # independent reader that puts right-to-left text back into logical order.
  poppler-utils)

missing_packages() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || dpkg-query -W -f='${Status}' "${pkg}t64" 2>/dev/null | grep -q "install ok installed" \
      || echo "$pkg"
  done
}

apt_install() {
  # Newer Debian renamed some libraries with a t64 suffix; take whichever name exists.
  local wanted=() pkg
  for pkg in "$@"; do
    if apt-cache show "$pkg" >/dev/null 2>&1; then wanted+=("$pkg")
    elif apt-cache show "${pkg}t64" >/dev/null 2>&1; then wanted+=("${pkg}t64")
    else echo "setup: package $pkg not found in apt, skipped" >&2; fi
  done
  [ ${#wanted[@]} -eq 0 ] || DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${wanted[@]}"
}

install_system_packages() {
  local needed=("$@")
  [ ${#needed[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null; then
    echo "setup: not a Debian system; please install: ${needed[*]}" >&2; return 0
  fi
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null; then SUDO=sudo; else
      echo "setup: run as root or install: ${needed[*]}" >&2; return 0; fi
  else SUDO=; fi
  echo "setup: installing Debian packages: ${needed[*]}"
  $SUDO apt-get update -q >/dev/null
  if [ -n "$SUDO" ]; then $SUDO bash -c "$(declare -f apt_install); apt_install ${needed[*]}"
  else apt_install "${needed[@]}"; fi
}

PYTHON=${PYTHON:-python3}
need=()
"$PYTHON" -c 'import venv, ensurepip' 2>/dev/null || need+=(python3-venv python3-pip)
mapfile -t missing < <(missing_packages "${QT_LIBS[@]}" ${EXTRA_DEBIAN_PACKAGES:-})
need+=("${missing[@]}")
install_system_packages "${need[@]}"

stamp=.venv/.opvoedapp-installed
# The stamp covers the lock: a regenerated requirements.lock reinstalls.
wanted=$(cat pyproject.toml requirements.lock scripts/setup.sh | sha256sum | cut -d' ' -f1)
if [ -x .venv/bin/python ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
  exit 0
fi
echo "setup: creating .venv and installing the project (first time: a few minutes)"
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
# Exactly the versions in requirements.lock (runtime, test, build and lint tools, and the
# setuptools that builds the project), each checked against its recorded hash; then the
# project itself, editable, adding nothing the lock does not name. scripts/update-lock.sh
# regenerates the lock.
.venv/bin/python -m pip install -q --disable-pip-version-check --require-hashes --no-deps \
  -r requirements.lock
.venv/bin/python -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation \
  -e .
.venv/bin/python -m pip check >/dev/null || { .venv/bin/python -m pip check >&2; exit 1; }
echo "$wanted" > "$stamp"
