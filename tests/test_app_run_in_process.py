"""`app.run` called inside a process that goes on (tests, an in-process caller) leaves Qt able
to run event loops: later timers fire and a modal dialog's exec() waits for its answer."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from conftest import GUIDELINE_DB
from opvoedapp import app


def _run_the_program_until_ready(qapp, monkeypatch) -> None:
    monkeypatch.setenv(app.BENCH_EXIT_ENV, "ready")  # quits once content is shown
    errors: list[str] = []
    assert app.run(["--database", str(GUIDELINE_DB)], report_error=errors.append,
                   report_warning=lambda _message: None) == 0
    assert not errors
    for widget in QApplication.topLevelWidgets():
        widget.close()
    # What pytest-qt does between tests: hand out whatever events are still queued.
    qapp.processEvents()


def test_after_app_run_a_widget_timer_still_fires(qtbot, qapp, monkeypatch) -> None:
    _run_the_program_until_ready(qapp, monkeypatch)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    qtbot.waitUntil(lambda: len(ticks) >= 2, timeout=5_000)
    timer.stop()


def test_after_app_run_a_modal_dialog_waits_for_its_answer(qtbot, qapp, monkeypatch) -> None:
    _run_the_program_until_ready(qapp, monkeypatch)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    seen_open: list[bool] = []

    def answer() -> None:  # runs only if exec() really turns an event loop
        seen_open.append(dialog.isVisible() and QApplication.activeModalWidget() is dialog)
        dialog.done(42)

    QTimer.singleShot(20, answer)
    assert dialog.exec() == 42
    assert seen_open == [True]
