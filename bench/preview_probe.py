"""One process, one session: the time from "Maak folder" to the first handout page with ink.

Run by bench_handout.py, once per measurement, so every run is the first handout of a fresh
session (ReportLab, QtPdf and the fonts load lazily on that first click). Modes:

  app   the program's own path: main window and content loaded as at start-up, the consult's
        basket filled, then ``basket.request_open()`` (what "Maak folder" ends in) opens the
        dialog modally; a timer inside the dialog's event loop watches the preview.
  bare  the same PDF bytes (built beforehand, not timed) shown in a bare QPdfView.

Prints one JSON line: {"first_ms": ..., "warm_ms": [...]} (warm: the same again, 5 times).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REQUEST = dict(question_key="gedrag", age_months=30,
               intervention_keys=("triple-p", "k-vht", "peuter-in-zicht"),
               outcome_key="lichte-hulp", agreements=("Over 6 weken bellen",),
               follow_up="Evaluatie")
WARM_RUNS = 5


def has_ink(widget) -> bool:
    image = widget.grab().toImage()
    step = 8
    return any(image.pixelColor(x, y).lightness() < 100
               for x in range(0, image.width(), step) for y in range(0, image.height(), step))


def _watch(find_view, started: float, done) -> None:
    """Poll every millisecond (inside whatever event loop runs) until the view shows ink."""
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.setInterval(1)

    def check() -> None:
        view = find_view()
        if view is not None and view.isVisible() and has_ink(view.viewport()):
            timer.stop()
            done((time.perf_counter() - started) * 1000)

    timer.timeout.connect(check)
    timer.start()
    _watch.keep = timer  # type: ignore[attr-defined]  # alive until done


def run_app() -> dict:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from opvoedapp import app as program
    from opvoedapp.consult import ConsultState
    from opvoedapp.handout_request import HandoutRequest

    qt_app = QApplication([])
    home = Path(tempfile.mkdtemp(prefix="opvoedapp-bench-"))
    consult = ConsultState()
    window = program.build_window(QSettings(str(home / "s.ini"), QSettings.Format.IniFormat),
                                  consult)
    window.show()
    services = program.load_content(window, consult, ROOT / "data" / "guideline.sqlite",
                                    home / "data")
    services.basket.replace(HandoutRequest(**REQUEST))
    times: list[float] = []

    def dialog_view():
        from PySide6.QtPdfWidgets import QPdfView

        dialog = QApplication.activeModalWidget() or next(
            (w for w in QApplication.topLevelWidgets()
             if w.objectName() == "handout-dialog" and w.isVisible()), None)
        return dialog.findChild(QPdfView) if dialog is not None else None

    def one_click() -> None:
        started = time.perf_counter()

        def done(ms: float) -> None:
            times.append(ms)
            dialog_view().window().reject()

        _watch(dialog_view, started, done)
        services.basket.request_open()  # modal: returns when the dialog is closed
        if len(times) < 1 + WARM_RUNS:
            QTimer.singleShot(0, one_click)
        else:
            qt_app.quit()

    QTimer.singleShot(0, one_click)
    qt_app.exec()
    return {"first_ms": times[0], "warm_ms": times[1:]}


def run_bare() -> dict:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    qt_app = QApplication([])
    qt_app.setQuitOnLastWindowClosed(False)  # each view is closed before the next one
    pdf = Path(sys.argv[2]).read_bytes()
    times: list[float] = []
    holder: dict = {}

    def one_show() -> None:
        started = time.perf_counter()
        # Imported here like the program does: the first show pays for loading QtPdf too.
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        # As in the dialog: document and buffer belong to a holder, not to the view (a view
        # deleting the document it shows crashes QtPdf).
        owner = QObject()
        view = QPdfView()
        document = QPdfDocument(owner)
        buffer = QBuffer(owner)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setDocument(document)
        view.resize(760, 760)  # about the dialog's preview
        view.show()
        holder["view"] = view

        def done(ms: float) -> None:
            times.append(ms)
            view.close()
            view.deleteLater()
            owner.deleteLater()
            if len(times) < 1 + WARM_RUNS:
                QTimer.singleShot(0, one_show)
            else:
                qt_app.quit()

        _watch(lambda: holder.get("view"), started, done)

    QTimer.singleShot(0, one_show)
    qt_app.exec()
    return {"first_ms": times[0], "warm_ms": times[1:]}


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = run_app() if sys.argv[1] == "app" else run_bare()
    print(json.dumps(result), flush=True)
    os._exit(0)  # skip Qt's teardown: not part of what is measured
