#!/usr/bin/env bash
# Build the offline one-folder program: dist/opvoedapp/ and dist/opvoedapp-<version>-<os>.zip
# (name and version from pyproject.toml, through build/project_info.py).
# Linux: sets the machine up first (scripts/setup.sh, which also installs PyInstaller).
# Windows: the same command from Git Bash, with Python 3.11+ installed (the `py` launcher);
# it makes .venv with `py -m venv` and installs the project with its `build` extra.
set -euo pipefail
cd "$(dirname "$0")/.."
case "$(uname -s)" in
  MINGW* | MSYS* | CYGWIN*)
    [ -x .venv/Scripts/python.exe ] || py -m venv .venv
    PY=.venv/Scripts/python.exe ;;
  *)
    scripts/setup.sh
    PY=.venv/bin/python ;;
esac
"$PY" -c 'import PyInstaller' 2>/dev/null \
  || "$PY" -m pip install -q --disable-pip-version-check -e '.[build]'
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
