#!/usr/bin/env bash
# Build the offline one-folder program: dist/opvoedapp/ and dist/opvoedapp-<version>-<os>.zip
# (name and version from pyproject.toml, through build/project_info.py).
# Linux: sets the machine up first (scripts/setup.sh installs requirements.lock, PyInstaller too).
# Windows: the same command from Git Bash, with Python 3.11+ installed (the `py` launcher);
# it makes .venv with `py -m venv` and installs requirements.lock (hash-checked) and the project.
set -euo pipefail
cd "$(dirname "$0")/.."
case "$(uname -s)" in
  MINGW* | MSYS* | CYGWIN*)
    [ -x .venv/Scripts/python.exe ] || py -m venv .venv
    PY=.venv/Scripts/python.exe
    # The same pinned, hash-checked versions as setup.sh and CI (requirements.lock).
    "$PY" -m pip install -q --disable-pip-version-check --require-hashes --no-deps \
      -r requirements.lock
    "$PY" -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e . ;;
  *)
    scripts/setup.sh
    PY=.venv/bin/python ;;
esac
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/work \
  build/pyinstaller.spec
"$PY" - <<'PY'
import platform, shutil, sys
sys.path.insert(0, "build")
from project_info import name_and_version
name, version = name_and_version()
archive = shutil.make_archive(
    f"dist/{name}-{version}-{platform.system().lower()}-{platform.machine().lower()}", "zip",
    root_dir="dist", base_dir=name)
print(f"build-bundle: dist/{name}/ and {archive}")
PY
