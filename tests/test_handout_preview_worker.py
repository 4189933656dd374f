"""The handout preview is built off the GUI thread: coalesced, never stale, closed cleanly,
and what print and save use is what the preview shows."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from opvoedapp.documents.handout_pdf import build_handout_pdf
from opvoedapp.handout_request import HandoutRequest
from opvoedapp.views.handout.handout_dialog import HandoutDialog
from opvoedapp.views.handout.preview_builder import THREAD_NAME, PreviewBuilder


class GatedBuild:
    """A build that records what it built, and on which thread; blocks while the gate is shut."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.started = threading.Event()
        self.built: list[str] = []
        self.threads: list[str] = []

    def __call__(self, data: str) -> bytes:
        self.threads.append(threading.current_thread().name)
        self.started.set()
        self.gate.wait(timeout=30)
        self.built.append(data)
        return f"pdf of {data}".encode()


def test_a_stale_result_is_never_shown_and_waiting_requests_are_coalesced(qtbot) -> None:
    build = GatedBuild()
    builder = PreviewBuilder(build)  # type: ignore[arg-type]  # any data will do here
    shown: list[bytes] = []
    builder.ready.connect(shown.append)
    builder.request("a")  # type: ignore[arg-type]
    qtbot.waitUntil(build.started.is_set)
    builder.request("b")  # type: ignore[arg-type]  # waits behind "a"…
    builder.request("c")  # type: ignore[arg-type]  # …and is replaced by "c"
    assert builder.busy and not builder.up_to_date
    build.gate.set()
    qtbot.waitUntil(lambda: not builder.busy)
    assert build.built == ["a", "c"]  # "b" never built
    assert shown == [b"pdf of c"]  # "a" finished first, but was stale
    assert builder.up_to_date
    assert all(name.startswith(THREAD_NAME) for name in build.threads)
    builder.shutdown()
    assert not builder.worker_alive()


def test_build_now_makes_the_build_in_flight_stale(qtbot) -> None:
    build = GatedBuild()
    builder = PreviewBuilder(build)  # type: ignore[arg-type]
    shown: list[bytes] = []
    builder.ready.connect(shown.append)
    builder.request("old")  # type: ignore[arg-type]
    qtbot.waitUntil(build.started.is_set)
    build.gate.set()  # build_now waits for the build in flight (one ReportLab at a time)
    assert builder.build_now("new") == b"pdf of new"  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: builder._running is None)
    assert shown == [] and builder.up_to_date
    builder.shutdown()


@pytest.fixture
def dialog(qtbot, content) -> HandoutDialog:
    request = HandoutRequest(question_key="grenzen", age_months=30,
                             age_phase_keys=tuple(p.key for p in content.age_phases),
                             intervention_keys=("triple-p", "k-vht"))
    widget = HandoutDialog(content, request, None)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _untick_current_by_key(dialog: HandoutDialog, row: int) -> None:
    dialog.parts.setCurrentRow(row)
    dialog.parts.setFocus()
    QTest.keyClick(dialog.parts, Qt.Key.Key_Space)  # the nurse's tick, by keyboard


def _row_of(dialog: HandoutDialog, key: str) -> int:
    return next(i for i in range(dialog.parts.count())
                if dialog.parts.item(i).data(Qt.ItemDataRole.UserRole)[1] == key)


def test_a_tick_is_built_in_the_worker_with_a_visible_bezig(qtbot, dialog) -> None:
    threads: list[str] = []

    def recording_build(data):
        threads.append(threading.current_thread().name)
        return build_handout_pdf(data)

    dialog._builder._build = recording_build
    assert "Triple P" in dialog.page_text()
    _untick_current_by_key(dialog, _row_of(dialog, "triple-p"))
    assert dialog.busy.isVisible()  # at once, while the change waits for its build
    qtbot.waitUntil(lambda: "Triple P" not in dialog.page_text(), timeout=10000)
    assert not dialog.busy.isVisible()
    assert threads and all(name.startswith(THREAD_NAME) for name in threads)


def test_saving_during_a_build_saves_what_the_preview_then_shows(qtbot, dialog,
                                                                 tmp_path: Path) -> None:
    target = tmp_path / "folder.pdf"
    dialog._ask_save_path = lambda: str(target)
    gate, started = threading.Event(), threading.Event()

    def gated_build(data):
        started.set()
        gate.wait(timeout=30)
        return build_handout_pdf(data)

    dialog._builder._build = gated_build
    _untick_current_by_key(dialog, _row_of(dialog, "k-vht"))
    qtbot.waitUntil(started.is_set, timeout=10000)  # the change is in the worker now
    gate.set()  # it finishes, but its result has not reached the dialog when Ctrl+S comes
    assert not dialog._builder.up_to_date
    dialog.save_handout()  # what Ctrl+S and the button call
    assert target.read_bytes() == dialog.pdf
    assert "Kortdurende Video-Hometraining" not in dialog.page_text()
    assert not dialog.busy.isVisible()


def test_closing_the_dialog_while_a_build_runs_leaves_no_thread(qtbot, dialog) -> None:
    started = threading.Event()
    shown: list[bytes] = []

    def slow_build(data):
        started.set()
        return build_handout_pdf(data)  # the long handout: several pages

    dialog._builder._build = slow_build
    dialog._builder.ready.connect(shown.append)
    _untick_current_by_key(dialog, _row_of(dialog, "triple-p"))
    qtbot.waitUntil(started.is_set, timeout=10000)
    QTest.keyClick(dialog.parts, Qt.Key.Key_Escape)  # Sluiten while the worker builds
    assert not dialog.isVisible()
    assert not dialog._builder.worker_alive()
    assert not any(t.name.startswith(THREAD_NAME) for t in threading.enumerate())
    assert shown == []  # nothing reaches the closed dialog
