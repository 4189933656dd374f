#!/usr/bin/env bash
# Build the offline one-folder program: dist/opvoedapp/ and dist/opvoedapp-<version>-<os>.zip.
# Sets the machine up first (scripts/setup.sh) and adds PyInstaller to .venv.
# On Windows: run the same script from Git Bash with Python 3.11+ on PATH (see README).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ -x .venv/Scripts/python.exe ]; then PY=.venv/Scripts/python.exe; else PY=.venv/bin/python; fi
"$PY" -c 'import PyInstaller' 2>/dev/null \
  || "$PY" -m pip install -q --disable-pip-version-check -e '.[build]'
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/work \
  build/pyinstaller.spec
"$PY" - <<'PY'
import platform, re, shutil
from pathlib import Path
version = re.search(r'__version__\s*=\s*"([^"]+)"', Path("opvoedapp/__init__.py").read_text()).group(1)
name = f"opvoedapp-{version}-{platform.system().lower()}-{platform.machine().lower()}"
archive = shutil.make_archive(f"dist/{name}", "zip", root_dir="dist", base_dir="opvoedapp")
print(f"build-bundle: dist/opvoedapp/ and {archive}")
PY
