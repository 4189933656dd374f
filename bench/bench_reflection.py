"""radar_update_ms (one score changed until the chart shows it), report_ms (report PDF),
result_import_ms (a colleague's 92 answers read and stored as a round) and
answer_memory_kb (resident memory growth per answered item, a comparison round chosen).

radar_update_ms is measured in one process: the score goes through the tab's own path (store
write, averages, chart series) and the chart is repainted; compared with repainting the same
chart without a change. report_ms against a bare one-line ReportLab page.

answer_memory_kb: after 100 answers to warm up, 600 more through the tab's own path with both
charts repainted, resident size before and after divided by 600; beside it the same loop of
repaints without an answer, and the graphics items the two charts' scenes gained (a chart
that leaks leaves items there: 48 per answer before the bars kept their axes).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from harness import ROOT, emit


def run() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from io import BytesIO

    from PySide6.QtWidgets import QApplication
    from reportlab.pdfgen import canvas

    from opvoedapp.content.database import open_guideline_database
    from opvoedapp.content.repository import ContentRepository
    from opvoedapp.documents.reflection_report import build_report_pdf
    from opvoedapp.views.reflection.reflection_view import ReflectionView

    app = QApplication.instance() or QApplication([])
    content = ContentRepository(open_guideline_database(ROOT / "data" / "guideline.sqlite"))
    view = ReflectionView(content, Path(tempfile.mkdtemp(prefix="opvoedapp-bench-")))
    view.resize(1366, 768)
    view.show()
    app.processEvents()
    keys = [i.key for c in content.competencies for i in c.items]
    updates, repaints = [], []
    for n in range(40):
        start = time.perf_counter()
        view._scored(keys[n % len(keys)], 1 + n % 4)
        view.radar.viewport().repaint()
        updates.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        view.radar.viewport().repaint()
        repaints.append((time.perf_counter() - start) * 1000)
    emit("radar_update_ms", statistics.median(updates), "ms", {
        "repaint_only_ms": round(statistics.median(repaints), 2), "runs": 40,
        "includes": "saving the score, averages, chart series, repaint", "target": 16})
    _answer_memory(app, view, keys)
    data = view.report_data()
    builds, bare = [], []
    for _ in range(15):
        start = time.perf_counter()
        build_report_pdf(data)
        builds.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        page = canvas.Canvas(BytesIO())
        page.drawString(72, 720, "Opvoedapp")
        page.save()
        bare.append((time.perf_counter() - start) * 1000)
    emit("report_ms", statistics.median(builds), "ms", {
        "bare_reportlab_page_ms": round(statistics.median(bare), 2), "runs": 15, "target": 300})
    # Importing a colleague's full result: one transaction for all 92 answers (it was 92).
    from opvoedapp.reflection.feedback_file import FeedbackResult, read_result, result_json

    raw = result_json(FeedbackResult("bench", "collega", "2026-11-28",
                                      {k: 1 + n % 4 for n, k in enumerate(keys)}), "e").encode()
    imports, parses = [], []
    for _ in range(10):
        start = time.perf_counter()
        view.session.add_result(view.session.read_result_file(raw))
        imports.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        read_result(raw, set(keys))
        parses.append((time.perf_counter() - start) * 1000)
    emit("result_import_ms", statistics.median(imports), "ms", {
        "read_only_ms": round(statistics.median(parses), 2), "runs": 10, "items": len(keys)})
    os._exit(0)  # skip Qt's teardown of the chart at interpreter exit (benchmark process only)


def _resident_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


def _answer_memory(app, view, keys: list[str], answers: int = 600) -> None:
    import gc

    own = view.current_round()
    view.new_round("bench vergelijking")
    view.fill_rounds(own)
    view.compare.setCurrentIndex(1)  # the bars are drawn only with a comparison

    def repaint() -> None:
        view.radar.viewport().repaint()
        view.bars.viewport().repaint()
        app.processEvents()

    def scene_items() -> int:
        return len(view.radar.scene().items()) + len(view.bars.scene().items())

    def answer(count: int) -> None:
        for n in range(count):
            view._scored(keys[n % len(keys)], 1 + n % 4)
            repaint()

    answer(100)
    gc.collect()
    before, items = _resident_kb(), scene_items()
    answer(answers)
    gc.collect()
    grown, items_grown = _resident_kb() - before, scene_items() - items
    before = _resident_kb()
    for _ in range(answers):
        repaint()
    gc.collect()
    bare = _resident_kb() - before
    emit("answer_memory_kb", grown / answers, "KB", {
        "repaint_only_kb": round(bare / answers, 2), "answers": answers,
        "scene_items_gained": items_grown, "warm_up_answers": 100})
