"""The crash handler: a Dutch message that tells the truth, and a log without typed text."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from opvoedapp import crash

CHILD = "Xylofiena Quackenbosch"
BIRTH = "23-07-2021"


def _fail_with_the_childs_name() -> None:
    try:
        {}["sleutel"]
    except KeyError:
        # The implicit chain (KeyError, then ValueError) is what the log must show.
        raise ValueError(f"paraparser: syntax error near 'Voor de ouders van {CHILD}' "  # noqa: B904
                         f"(geboren {BIRTH})")


@pytest.fixture
def shown(monkeypatch) -> list[Path | None]:
    seen: list[Path | None] = []
    monkeypatch.setattr(crash, "_show_message", seen.append)
    yield seen
    sys.excepthook = sys.__excepthook__


def test_the_log_holds_types_and_places_but_no_typed_text(tmp_path: Path, shown) -> None:
    crash.install_crash_handler(tmp_path)
    try:
        _fail_with_the_childs_name()
    except ValueError:
        sys.excepthook(*sys.exc_info())
    log = (tmp_path / crash.LOG_NAME).read_text(encoding="utf-8")
    assert "builtins.ValueError" in log and "builtins.KeyError" in log
    assert "in _fail_with_the_childs_name" in log and "test_crash.py:" in log
    for typed in (CHILD, "Xylofiena", BIRTH, "sleutel", "paraparser"):
        assert typed not in log
    assert shown == [tmp_path / crash.LOG_NAME]


def test_the_message_names_the_log_only_when_it_exists(tmp_path: Path, shown, qapp) -> None:
    blocked = tmp_path / "geen-map"
    blocked.write_text("een bestand waar de map zou moeten staan")
    crash.install_crash_handler(blocked / "Opvoedapp")  # cannot be created: no log
    try:
        _fail_with_the_childs_name()
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert shown == [None]
    text = crash.message_text(None)
    assert "opvoedapp.log" not in text and "geen logbestand" in text
    assert "bewaard" not in text and "bewaard" not in crash.message_text(tmp_path / "x.log")


def test_a_fatal_signal_leaves_the_place_in_the_log(tmp_path: Path) -> None:
    script = textwrap.dedent(f"""
        import faulthandler, sys
        from pathlib import Path
        from opvoedapp.crash import install_crash_handler
        install_crash_handler(Path({str(tmp_path)!r}))
        def deep_in_qt():
            faulthandler._sigabrt()
        deep_in_qt()
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode != 0
    log = (tmp_path / crash.LOG_NAME).read_text(encoding="utf-8")
    assert "Fatal Python error" in log and "in deep_in_qt" in log


def test_a_killed_run_is_noted_at_the_next_start(tmp_path: Path) -> None:
    script = ("import os, signal; from pathlib import Path; "
              "from opvoedapp.crash import install_crash_handler; "
              f"install_crash_handler(Path({str(tmp_path)!r})); "
              "os.kill(os.getpid(), signal.SIGKILL)")
    killed = subprocess.run([sys.executable, "-c", script], timeout=60, check=False)
    assert killed.returncode == -9
    assert list(tmp_path.glob("opvoedapp.running.*"))
    normal = subprocess.run([sys.executable, "-c", script.replace(
        "os.kill(os.getpid(), signal.SIGKILL)", "pass")], timeout=60, check=False)
    assert normal.returncode == 0
    log = (tmp_path / crash.LOG_NAME).read_text(encoding="utf-8")
    assert log.count("ended without a normal exit") == 1
    assert not list(tmp_path.glob("opvoedapp.running.*"))  # both markers gone now


def test_an_error_while_content_loads_ends_in_one_dutch_message(qapp, monkeypatch,
                                                                 tmp_path: Path) -> None:
    from opvoedapp import app

    def broken_load(*_args: object) -> None:
        _fail_with_the_childs_name()

    monkeypatch.setattr(app, "load_content", broken_load)
    monkeypatch.setattr(app, "user_data_dir", lambda: tmp_path)
    monkeypatch.setenv(app.BENCH_EXIT_ENV, "ready")  # a wrong success quits, never hangs
    messages: list[str] = []
    code = app.run([], report_error=messages.append)
    sys.excepthook = sys.__excepthook__
    assert code == 2
    assert len(messages) == 1 and "De richtlijn kon niet worden geladen" in messages[0]
    log = (tmp_path / crash.LOG_NAME).read_text(encoding="utf-8")
    assert "builtins.ValueError" in log and CHILD not in log
    assert os.environ.get(app.BENCH_EXIT_ENV) == "ready"


def test_a_tab_that_fails_to_build_says_so_and_the_others_work(qtbot, monkeypatch,
                                                               tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QLabel, QWidget

    from opvoedapp.views.main_window import MainWindow, TabSpec

    def broken(_services: object) -> QWidget:
        raise RuntimeError(f"view for {CHILD}")

    caught: list[type] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: caught.append(kind))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow([TabSpec("tab-kapot", "Kapot", broken),
                         TabSpec("tab-goed", "Goed", lambda _s: QLabel("inhoud"))],
                        settings, QWidget())
    qtbot.addWidget(window)
    window.set_services(object())
    assert caught == [RuntimeError]
    assert "kon niet worden geladen" in window.tab("tab-kapot").waiting.text()
    assert isinstance(window.show_tab("tab-goed"), QLabel)
