"""preview_ms: from "Maak folder" to the first handout page visible in the preview.

Measured in one process (offscreen): the dialog is opened for a typical consult handout (one
age phase, three interventions, agreements) and the preview is polled until its page shows
ink. Also prints the bare ReportLab build of the same handout, for comparison.
"""

from __future__ import annotations

import os
import statistics
import time

from harness import ROOT, emit

RUNS = 7


def _has_ink(widget) -> bool:
    image = widget.grab().toImage()
    step = 8
    return any(image.pixelColor(x, y).lightness() < 100
               for x in range(0, image.width(), step) for y in range(0, image.height(), step))


def run() -> None:
    run_build()
    run_preview()


def run_preview() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from opvoedapp.content.database import open_guideline_database
    from opvoedapp.content.repository import ContentRepository
    from opvoedapp.documents.handout_data import handout_data
    from opvoedapp.documents.handout_pdf import build_handout_pdf
    from opvoedapp.handout_request import HandoutRequest
    from opvoedapp.views.handout.handout_dialog import HandoutDialog

    app = QApplication.instance() or QApplication([])
    content = ContentRepository(open_guideline_database(ROOT / "data" / "guideline.sqlite"))
    request = HandoutRequest(age_phase_keys=("2-4",),
                             intervention_keys=("triple-p", "k-vht", "peuter-in-zicht"),
                             agreements=("Over 6 weken bellen",), follow_up="Evaluatie")
    build_handout_pdf(handout_data(content, request))  # fonts registered, modules imported
    previews, builds = [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        dialog = HandoutDialog(content, request, None)
        dialog.show()
        while not _has_ink(dialog.preview.viewport()):
            app.processEvents()
        previews.append((time.perf_counter() - start) * 1000)
        dialog.close()
        dialog.deleteLater()
        app.processEvents()
        start = time.perf_counter()
        build_handout_pdf(handout_data(content, request))
        builds.append((time.perf_counter() - start) * 1000)
    emit("preview_ms", statistics.median(previews), "ms", {
        "reportlab_build_ms": round(statistics.median(builds), 1), "runs": RUNS, "target": 400,
        "note": "first run after imports; includes building the PDF and QPdfView rendering"})


def run_build() -> None:
    """handout_ms: building a typical two-page handout PDF, against a bare ReportLab page."""
    from io import BytesIO

    from reportlab.pdfgen import canvas

    from opvoedapp.content.database import open_guideline_database
    from opvoedapp.content.repository import ContentRepository
    from opvoedapp.documents.handout_data import handout_data
    from opvoedapp.documents.handout_pdf import build_handout_pdf
    from opvoedapp.handout_request import HandoutRequest

    content = ContentRepository(open_guideline_database(ROOT / "data" / "guideline.sqlite"))
    request = HandoutRequest(age_phase_keys=("2-4",), intervention_keys=(
        "triple-p", "k-vht", "peuter-in-zicht", "vipp-sd", "gordon", "pedagogisch-adviseren"),
        agreements=("Over 6 weken bellen", "Vaste bedtijd"), follow_up="Evaluatie")
    pdf = build_handout_pdf(handout_data(content, request))
    builds, bare = [], []
    for _ in range(15):
        start = time.perf_counter()
        build_handout_pdf(handout_data(content, request))
        builds.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        page = canvas.Canvas(BytesIO())
        page.drawString(72, 720, "Opvoedapp")
        page.save()
        bare.append((time.perf_counter() - start) * 1000)
    emit("handout_ms", statistics.median(builds), "ms", {
        "pages": pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page"),
        "bare_reportlab_page_ms": round(statistics.median(bare), 2), "runs": 15, "target": 150})
