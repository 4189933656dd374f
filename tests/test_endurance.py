"""A working day without a crash: 200 consults and 1,000 Zelfreflectie answers in one fresh
process of the real program, then a normal quit; it passes only when that process exits 0.

It must be a fresh process: in a pytest process None has so many references that a binding
which drops one per call (PySide6 6.12.0 on Python 3.11) never brings it to zero, while the
real program aborted at consult 39. ``tests/endurance_driver.py`` plays the script; the figures
it reports are what ``bench/bench_endurance.py`` publishes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

DRIVER = ROOT / "tests" / "endurance_driver.py"


def run_working_day(home: Path, consults: int, answers: int,
                    python: str = sys.executable) -> tuple[subprocess.CompletedProcess, dict]:
    report = home / "endurance.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_CACHE_HOME=str(home / "cache"), XDG_STATE_HOME=str(home / "state"))
    env.pop("OPVOEDAPP_EXIT_AFTER", None)
    result = subprocess.run([python, str(DRIVER), "--consults", str(consults),
                             "--answers", str(answers), "--report", str(report)],
                            cwd=ROOT, env=env, capture_output=True, text=True, check=False,
                            timeout=1800)
    figures = json.loads(report.read_text(encoding="utf-8")) if report.exists() else {}
    return result, figures


# 200 consults take 35-110 s by machine load; the driver's own limit (1800 s) ends a hang, so
# pytest-timeout (which would end the whole session) waits a little longer than that.
@pytest.mark.slow
@pytest.mark.timeout(1900)
def test_a_working_day_runs_to_a_normal_quit(tmp_path: Path) -> None:
    result, figures = run_working_day(tmp_path, consults=200, answers=1000)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Fatal Python error" not in result.stderr
    assert figures["peak_mib"] >= figures["first_consult_mib"] > 0
    # The answers really went to the user database: 92 items, every one answered.
    import sqlite3

    store = next((tmp_path / "data").rglob("zelfreflectie.sqlite"))
    with sqlite3.connect(store) as conn:
        answered = conn.execute("SELECT count(*) FROM score").fetchone()[0]
    conn.close()
    assert answered == 92


def test_a_short_day_plays_the_same_script(tmp_path: Path) -> None:
    # The same script, short, in the everyday suite: a change that breaks the script (a
    # renamed widget, a dialog in the way) shows here, not only in the slow run.
    result, figures = run_working_day(tmp_path, consults=2, answers=10)
    assert result.returncode == 0, result.stderr[-3000:]
    assert figures["consults_s"] > 0 and figures["answers_s"] > 0
