"""The guards a start-up installs after the content (docs/architecture.md, "Start-up"): the
screen fit of later windows is there before any window but the main one can show, also when
the start fails and the only window is the error message.

Each case runs in a fresh process: the screen fit is installed once per application, and an
earlier test in this session may have installed it already.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import GUIDELINE_DB

ROOT = Path(__file__).resolve().parent.parent

_PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
from opvoedapp import app

seen = []

def fitted():
    return bool(QApplication.instance().property("opvoedapp-screen-fit"))

def report(message):
    seen.append({"message": message, "fitted": fitted()})

code = app.run(["--database", sys.argv[1]], report_error=report)
print(json.dumps({"code": code, "seen": seen, "fitted_at_end": fitted()}))
"""


def _run(database: Path, tmp_path: Path, **extra: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), **extra)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(tmp_path / name.lower())
    done = subprocess.run([sys.executable, "-c", _PROBE, str(database)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_error_message_of_a_failed_start_is_fitted(tmp_path: Path) -> None:
    damaged = tmp_path / "guideline.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    result = _run(damaged, tmp_path)
    assert result["code"] == 2
    assert len(result["seen"]) == 1 and "richtlijndatabase" in result["seen"][0]["message"]
    assert result["seen"][0]["fitted"]


def test_later_windows_are_fitted_once_the_content_is_shown(tmp_path: Path) -> None:
    result = _run(GUIDELINE_DB, tmp_path, OPVOEDAPP_EXIT_AFTER="ready")
    assert result == {"code": 0, "seen": [], "fitted_at_end": True}
