"""preview_stall_ms: the longest the event loop is blocked while the nurse ticks parts of the
handout on and off in the dialog, with the preview following each tick.

The dialog is the real one (a long handout: every age phase, two programmes), shown, its
first PDF built. A script ticks a part by a real key event (Space in the parts list) every
TICK_MS, TICKS times; after the last tick it waits until the preview shows the newest PDF.
A timer probe fires every PROBE_MS on the GUI thread and records when it actually ran; the
longest gap between two runs, less the interval, is the stall (as bench_printing.py's
ui_stall_ms). The detail gives the same script with every refresh built on the GUI thread
(how the preview worked before views/handout/preview_builder.py), alternated in one run.
"""

from __future__ import annotations

import os
import time

from harness import ROOT, emit, median

RUNS = 5
PROBE_MS = 5
TICKS = 6
TICK_MS = 400  # a tick, then the time the nurse looks at the preview


def _scenario(dialog, on_gui_thread: bool) -> tuple[float, int]:
    """(longest stall in ms, PDFs shown) for one run of the tick script."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    shown = [0]
    dialog._builder.ready.connect(lambda _pdf: shown.__setitem__(0, shown[0] + 1))
    if on_gui_thread:  # the old way: the refresh timer builds and shows on the GUI thread
        dialog._refresh_timer.timeout.disconnect()
        dialog._refresh_timer.timeout.connect(
            lambda: (dialog.refresh(), shown.__setitem__(0, shown[0] + 1)))
    loop = QEventLoop()
    ticks: list[float] = []
    probe = QTimer()
    probe.setInterval(PROBE_MS)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    row = [0]

    def tick() -> None:
        dialog.parts.setCurrentRow(row[0] % dialog.parts.count())
        QTest.keyClick(dialog.parts, Qt.Key.Key_Space)
        row[0] += 1
        if row[0] < TICKS:
            QTimer.singleShot(TICK_MS, tick)
        else:
            QTimer.singleShot(TICK_MS, finish)

    def finish() -> None:
        if dialog._refresh_timer.isActive() or dialog._builder.busy:
            QTimer.singleShot(PROBE_MS, finish)
        else:
            loop.quit()

    ticks.append(time.perf_counter())
    probe.start()
    QTimer.singleShot(0, tick)
    loop.exec()
    probe.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    return max(0.0, max(gaps) * 1000 - PROBE_MS), shown[0]


def run() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from opvoedapp.content.database import open_guideline_database
    from opvoedapp.content.repository import ContentRepository
    from opvoedapp.handout_request import HandoutRequest
    from opvoedapp.views.handout.handout_dialog import HandoutDialog

    app = QApplication.instance() or QApplication([])
    content = ContentRepository(open_guideline_database(ROOT / "data" / "guideline.sqlite"))
    request = HandoutRequest(question_key="grenzen", age_months=30,
                             age_phase_keys=tuple(p.key for p in content.age_phases),
                             intervention_keys=("triple-p", "k-vht"))

    def one(on_gui_thread: bool) -> tuple[float, int]:
        dialog = HandoutDialog(content, request, None)
        dialog.show()
        app.processEvents()
        try:
            return _scenario(dialog, on_gui_thread)
        finally:
            dialog.reject()
            dialog.deleteLater()
            app.processEvents()

    one(False)  # warm-up: ReportLab, fonts and QtPdf loaded, as after a first handout
    worker, gui = [], []
    for _ in range(RUNS):  # alternated, so drift of the machine hits both
        worker.append(one(False))
        gui.append(one(True))
    emit("preview_stall_ms", median([w[0] for w in worker]), "ms", {
        "on_gui_thread_ms": round(median([g[0] for g in gui]), 1),
        "worker_max_ms": round(max(w[0] for w in worker), 1),
        "pdfs_shown_worker": median([w[1] for w in worker]),
        "pdfs_shown_gui": median([g[1] for g in gui]),
        "ticks": TICKS, "tick_ms": TICK_MS, "runs": RUNS, "target": 100})
