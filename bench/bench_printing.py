"""ui_stall_ms: the longest the event loop is blocked while a ten-sheet handout prints to a
PDF printer (QPrinter in PDF mode, 300-dpi pages, as `views/handout/printing.py` draws them).

A timer probe fires every 5 ms on the GUI thread and records when it actually ran; the
longest gap between two runs, less the 5 ms interval, is the stall. The detail gives the same
print done on the GUI thread (how printing worked before it moved to a worker) in the same
run, and the print's own duration. Target: at most 100 ms.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from harness import ROOT, emit, median

RUNS = 5
PROBE_MS = 5
SHEETS = 10


def _measure(print_job) -> tuple[float, float]:
    """(longest stall in ms, job duration in ms) of ``print_job()`` under a timer probe."""
    from PySide6.QtCore import QTimer

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(PROBE_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    start = time.perf_counter()
    ticks.append(start)
    print_job()
    end = time.perf_counter()
    # The probe's last chance to run is right after the job: a blocked loop shows here.
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.processEvents()
    ticks.append(time.perf_counter())
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    return max(0.0, max(gaps) * 1000 - PROBE_MS), (end - start) * 1000


def run() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication, QWidget

    from opvoedapp.content.database import open_guideline_database
    from opvoedapp.content.repository import ContentRepository
    from opvoedapp.documents.handout_data import handout_data
    from opvoedapp.documents.handout_pdf import build_handout_pdf
    from opvoedapp.handout_request import HandoutRequest
    from opvoedapp.views.handout import printing

    app = QApplication.instance() or QApplication([])
    content = ContentRepository(open_guideline_database(ROOT / "data" / "guideline.sqlite"))
    pdf = build_handout_pdf(handout_data(content, HandoutRequest(
        age_phase_keys=tuple(p.key for p in content.age_phases),
        intervention_keys=tuple(i.key for i in content.interventions if i.in_table2))))
    document = QPdfDocument()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    pages = document.pageCount()
    window = QWidget()
    window.show()
    out = Path(tempfile.mkdtemp(prefix="opvoedapp-bench-print-"))

    def printer() -> QPrinter:
        p = QPrinter(QPrinter.PrinterMode.HighResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(out / "print.pdf"))
        # Ten sheets: the first pages, with copies drawn here (a PDF file makes none itself).
        per_copy = min(pages, SHEETS)
        p.setPrintRange(QPrinter.PrintRange.PageRange)
        p.setFromTo(1, per_copy)
        p.setCopyCount(-(-SHEETS // per_copy))
        return p

    worker, gui = [], []
    for _ in range(RUNS):  # alternated, so drift of the machine hits both
        worker.append(_measure(lambda: printing.print_in_background(pdf, printer(), window)))
        gui.append(_measure(lambda: printing.print_document(document, printer())))
    emit("ui_stall_ms", median([w[0] for w in worker]), "ms", {
        "on_gui_thread_ms": round(median([g[0] for g in gui]), 1),
        "print_ms": round(median([w[1] for w in worker]), 1),
        "print_on_gui_thread_ms": round(median([g[1] for g in gui]), 1),
        "sheets": SHEETS, "runs": RUNS, "target": 100})
    window.close()
    del app
