"""bench/bench_startup.py's "ready": both programs end on the first idle turn after their
content has been painted (a zero timer at show() ends the loop before the first paint)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Counts paint events of every widget, and notes when the content was loaded.
_PROBE = """
import json, runpy, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

log = []

class Paints(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            log.append("paint")
        return False

paints = Paints()
_show = QWidget.show
def show(self):
    for widget in [self, *self.findChildren(QWidget)]:
        widget.installEventFilter(paints)
    return _show(self)
QWidget.show = show
if sys.argv[1] == "app":
    from opvoedapp import app
    loaded = app.load_content
    def load_content(window, *args, **kwargs):
        services = loaded(window, *args, **kwargs)
        log.append("content")
        for widget in window.findChildren(QWidget):
            widget.installEventFilter(paints)
        return services
    app.load_content = load_content
    code = app.run([])
else:
    try:
        runpy.run_path(sys.argv[2], run_name="__main__")
    except SystemExit as end:
        code = end.code
print(json.dumps({"code": code, "log": log}))
"""


def _run(tmp_path: Path, *args: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OPVOEDAPP_EXIT_AFTER="ready",
               HOME=str(tmp_path))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(tmp_path / name.lower())
    done = subprocess.run([sys.executable, "-c", _PROBE, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_program_is_ready_once_its_content_is_painted(tmp_path: Path) -> None:
    result = _run(tmp_path, "app")
    assert result["code"] == 0
    log = result["log"]
    assert "content" in log and "paint" in log[log.index("content"):], log


def test_the_bare_window_is_ready_once_painted(tmp_path: Path) -> None:
    result = _run(tmp_path, "bare", str(ROOT / "bench" / "bare_window.py"))
    assert result["code"] == 0 and "paint" in result["log"], result
