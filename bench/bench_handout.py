"""handout_ms: building a typical two-page handout PDF, against a bare ReportLab page;
handout_ar_ms: the same handout bilingual, Arabic beside the Dutch, in the same run.
preview_ms: from "Maak folder" to the first handout page visible in the preview.

preview_ms is the first click of a fresh session (each measurement its own process, see
preview_probe.py): it includes loading ReportLab and QtPdf, which start-up leaves out. It is
compared with a bare QPdfView showing the same PDF bytes in its own fresh process, in the
same run; the detail also gives the warm figure (the same click again in that session).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from harness import PYTHON, ROOT, emit

RUNS = 7
PROBE = str(ROOT / "bench" / "preview_probe.py")


def run() -> None:
    run_build()
    run_preview()
    run_reading_ease()


def run_reading_ease() -> None:
    """handout_reading_ease: Flesch-Douma (textstat, lang "nl") of every handout a parent can
    get with nothing chosen (5 questions x the test ages), read back from the PDF with pypdf.
    Prints the minimum and the median; the parent texts aim at 70 or more (B1)."""
    import sys

    sys.path.insert(0, str(ROOT / "tests"))
    from opvoedapp.content.database import open_guideline_database
    from opvoedapp.content.repository import ContentRepository
    from opvoedapp.documents.handout_data import handout_data
    from opvoedapp.documents.handout_pdf import build_handout_pdf
    from opvoedapp.handout_request import HandoutRequest
    from test_handout_ages import AGES, QUESTIONS, body_text, pdf_lines, reading_ease

    content = ContentRepository(open_guideline_database(ROOT / "data" / "guideline.sqlite"))
    scores = {}
    for question in QUESTIONS:
        for years in AGES:
            request = HandoutRequest(question_key=question, age_months=round(years * 12))
            pdf = build_handout_pdf(handout_data(content, request))
            scores[f"{question}@{years}"] = reading_ease(body_text(pdf_lines(pdf)))
    lowest = min(scores, key=scores.get)
    median = statistics.median(scores.values())
    print(f"handout reading ease (Flesch-Douma): min {scores[lowest]:.1f} ({lowest}), "
          f"median {median:.1f}, {len(scores)} handouts")
    emit("handout_reading_ease_min", scores[lowest], "Flesch-Douma", {
        "median": round(median, 1), "lowest": lowest, "handouts": len(scores),
        "target": ">= 70"})


def _probe(args: list[str], env: dict[str, str]) -> dict:
    out = subprocess.run([PYTHON, PROBE, *args], env=env, cwd=ROOT, capture_output=True,
                         text=True, check=True, timeout=120)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_preview() -> None:
    from opvoedapp.content.database import open_guideline_database
    from opvoedapp.content.repository import ContentRepository
    from opvoedapp.documents.handout_data import handout_data
    from opvoedapp.documents.handout_pdf import build_handout_pdf
    from opvoedapp.handout_request import HandoutRequest
    from preview_probe import REQUEST

    home = Path(tempfile.mkdtemp(prefix="opvoedapp-bench-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"))
    env.pop("OPVOEDAPP_PROFILE", None)  # no organisation profile: the same for every run
    content = ContentRepository(open_guideline_database(ROOT / "data" / "guideline.sqlite"))
    pdf_path = home / "folder.pdf"
    pdf_path.write_bytes(build_handout_pdf(handout_data(content, HandoutRequest(**REQUEST))))
    app, bare = [], []
    for _ in range(RUNS):  # alternated, so drift of the machine hits both
        app.append(_probe(["app"], env))
        bare.append(_probe(["bare", str(pdf_path)], env))
    first = statistics.median(r["first_ms"] for r in app)
    bare_first = statistics.median(r["first_ms"] for r in bare)
    emit("preview_ms", first, "ms", {
        "bare_qpdfview_ms": round(bare_first, 1), "ratio": round(first / bare_first, 2),
        "warm_ms": round(statistics.median(m for r in app for m in r["warm_ms"]), 1),
        "bare_warm_ms": round(statistics.median(m for r in bare for m in r["warm_ms"]), 1),
        "runs": RUNS, "target": 400,
        "note": "first 'Maak folder' of a session, incl. lazy ReportLab/QtPdf imports"})


def run_build() -> None:
    """handout_ms: building a typical two-page handout PDF, against a bare ReportLab page;
handout_ar_ms: the same handout bilingual, Arabic beside the Dutch, in the same run."""
    from io import BytesIO

    from reportlab.pdfgen import canvas

    from opvoedapp.content.database import open_guideline_database
    from opvoedapp.content.repository import ContentRepository
    from opvoedapp.documents.handout_data import handout_data
    from opvoedapp.documents.handout_pdf import build_handout_pdf
    from opvoedapp.handout_request import HandoutRequest

    content = ContentRepository(open_guideline_database(ROOT / "data" / "guideline.sqlite"))
    request = HandoutRequest(question_key="gedrag", age_months=30, intervention_keys=(
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
        "bare_reportlab_page_ms": round(statistics.median(bare), 2),
        "ratio": round(statistics.median(builds) / statistics.median(bare), 1),
        "runs": 15, "target": 150})
    # The same handout bilingual, Arabic beside Dutch: twice the text, right-to-left layout
    # (python-bidi levels, harfbuzz shaping per piece), Noto Sans Arabic embedded. The first
    # build also registers the Arabic fonts; it is reported apart.
    start = time.perf_counter()
    arabic = build_handout_pdf(handout_data(content, request, language="ar", reviewed=False))
    first_ar = (time.perf_counter() - start) * 1000
    builds_ar = []
    for _ in range(15):
        start = time.perf_counter()
        build_handout_pdf(handout_data(content, request, language="ar", reviewed=False))
        builds_ar.append((time.perf_counter() - start) * 1000)
    emit("handout_ar_ms", statistics.median(builds_ar), "ms", {
        "pages": arabic.count(b"/Type /Page\n") or arabic.count(b"/Type /Page"),
        "first_build_ms": round(first_ar, 1),
        "dutch_handout_ms": round(statistics.median(builds), 1),
        "bare_reportlab_page_ms": round(statistics.median(bare), 2),
        "ratio": round(statistics.median(builds_ar) / statistics.median(bare), 1),
        "runs": 15, "target": 150})
