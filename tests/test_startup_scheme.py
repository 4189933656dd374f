"""The Beslisschema on screen at start-up builds its start page and no more (docs/architecture.md,
"Start-up"): by the time the content is shown, no module only its later pages use is imported,
and no Qt class the start page can do without has had its Python enums created (PySide creates
every enum of a class at its first use: the ``Qt`` namespace alone is ~90 of them).

A fresh process, as the program starts: an earlier test in this session has created them all.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import GUIDELINE_DB

ROOT = Path(__file__).resolve().parent.parent

# PySide makes its Python enums with the enum module's functional API, which goes through
# EnumType._create_: wrapping it sees every enum class made, whatever line asked for it.
_PROBE = """
import enum, json, sys
made = []
_create = enum.EnumType._create_
def _record(cls, *args, **kwargs):
    made.append(_create(cls, *args, **kwargs))
    return made[-1]
enum.EnumType._create_ = _record

from PySide6.QtCore import QTimer
from opvoedapp import app
from opvoedapp.views.lazy_tab import LazyTab

seen = {"built": []}

# What building a tab makes: the consult bar's own paint, on a narrow screen, may need the
# Qt namespace to elide its text; that is not the Beslisschema's cost.
real_build = LazyTab.build
def build(tab, services):
    before = len(made)
    view = real_build(tab, services)
    seen["built"].append(tab.objectName())
    seen["enum_classes"] = sorted({e.__qualname__.split(".")[0] for e in made[before:]
                                   if "." in e.__qualname__})
    return view
LazyTab.build = build

def snapshot(window):
    seen["modules"] = sorted(m for m in sys.modules if m.startswith("opvoedapp."))

real_load = app.load_content
def load(window, *args):
    services = real_load(window, *args)
    QTimer.singleShot(0, lambda: snapshot(window))  # the idle turn: content shown
    return services
app.load_content = load

code = app.run(["--database", sys.argv[1]])
print(json.dumps({"code": code, **seen}))
"""

# Used only by the step page, the outcome page and what they show.
LATER_MODULES = (
    "opvoedapp.views.scheme.step_page",
    "opvoedapp.views.scheme.outcome_page",
    "opvoedapp.views.scheme.panels",
    "opvoedapp.views.scheme.decision_outputs",
    "opvoedapp.views.scheme.consult_context",
    "opvoedapp.decision.summary",
    "opvoedapp.views.text_view",
)


def _start(tmp_path: Path) -> dict:
    # The bench's screen: on the offscreen default (800x600) the consult bar elides its
    # texts, which needs the Qt namespace before the tab is built and would hide its use here.
    screen = ROOT / "bench" / "offscreen-1920x1080.json"
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
               HOME=str(tmp_path), OPVOEDAPP_EXIT_AFTER="ready")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(tmp_path / name.lower())
    done = subprocess.run([sys.executable, "-c", _PROBE, str(GUIDELINE_DB)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_start_page_is_shown_without_what_only_later_pages_need(tmp_path: Path) -> None:
    result = _start(tmp_path)
    assert result["code"] == 0 and result["built"] == ["tab-beslisschema"]
    assert "opvoedapp.views.scheme.scheme_view" in result["modules"]
    assert set(LATER_MODULES) & set(result["modules"]) == set()
    # Alignment, focus policy, shortcut context, tool button style: set without Qt's enums.
    assert "Qt" not in result["enum_classes"]
    # The info button's icon is Qt's own, read from its resources: asking the style for it
    # would create QStyle's enums (views/scheme/chrome.py).
    assert "QStyle" not in result["enum_classes"]
    # The probe sees the enums the build does make: the info button is the first tool button.
    assert "QToolButton" in result["enum_classes"]
    # No text box or table on the start page: their classes stay untouched (views/keyboard.py).
    assert {"QPlainTextEdit", "QTextEdit", "QAbstractItemView"} & set(
        result["enum_classes"]) == set()
