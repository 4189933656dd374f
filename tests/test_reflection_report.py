"""The report PDF: her name (typed, not stored), the compared round, whole labels, and no
heading left alone at the bottom of a page."""

from __future__ import annotations

import re
from dataclasses import replace

from opvoedapp.documents.reflection_report import build_report_pdf
from opvoedapp.reflection.feedback_file import FeedbackResult
from opvoedapp.reflection.session import ReflectionSession
from pdf_pages import page_texts


def _pages(pdf: bytes, qapp) -> list[str]:
    return page_texts(pdf)


def _report(content, tmp_path, name: str = "Bea Jansen"):
    session = ReflectionSession(content.competencies, 3.0, tmp_path)
    keys = session.item_keys
    own = session.own_round()
    for n, key in enumerate(keys[:70]):
        session.set_score(own, key, (4, 3, 2, 4)[n % 4])
    other = session.add_result(FeedbackResult("Feedback november", "collega", "2026-11-28",
                                              {k: (2, 3)[n % 2] for n, k in enumerate(keys)},
                                              "Anna"))
    return session, session.report_data(own, other, name)


def test_name_compared_round_and_whole_labels(qapp, content, tmp_path) -> None:
    _session, data = _report(content, tmp_path)
    pages = _pages(build_report_pdf(data), qapp)
    first = pages[0]
    assert "Bea Jansen" in first
    assert "Vergeleken met: Feedback november (Anna) (collega, 28-11-2026)" in first
    flat = " ".join(first.split())
    # The radar's labels, whole and in order (the table puts figures between its names):
    # never "2. Signaleren van opvoedingsv" again.
    assert " ".join(f"{c.number}. {c.title}" for c in content.competencies) in flat


def test_the_name_is_not_stored(qapp, content, tmp_path) -> None:
    _session, data = _report(content, tmp_path, "Uniekenaam Xyzzy")
    build_report_pdf(data)
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert b"Xyzzy" not in path.read_bytes()


def test_no_heading_is_left_alone_at_the_bottom_of_a_page(qapp, content, tmp_path) -> None:
    """Whatever pushes the text down (here: a longer name), no heading ends a page."""
    _session, data = _report(content, tmp_path)
    for words in range(0, 60, 4):
        _check_headings(qapp, replace(data, name="Bea Jansen" + " van der Berg" * words))


def _check_headings(qapp, data) -> None:
    headings = ["Gemiddelden per competentie", "Ontwikkelpunten (bespreek ze met uw teamleider)",
                f"Grootste verschillen met {data.other_label}"]
    found = 0
    for page in _pages(build_report_pdf(data), qapp):
        flat = " ".join(page.split())
        flat = re.sub(r"Pagina \d+", "", flat)  # the footer, drawn first
        for heading in headings:
            if heading in flat:
                found += 1
                assert flat[flat.index(heading) + len(heading):].strip(), heading
    assert found == len(headings)


def test_the_report_is_on_the_handouts_page(qapp, content, tmp_path) -> None:
    """One look: the shared page (page_styles) sets the reader's title, language and footer."""
    from io import BytesIO

    from pypdf import PdfReader

    _session, data = _report(content, tmp_path)
    pdf = build_report_pdf(data)
    root = PdfReader(BytesIO(pdf)).trailer["/Root"]
    assert root["/Lang"] == "nl"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]
    pages = _pages(pdf, qapp)
    assert all(f"Zelfreflectie werkkaart 3 · Pagina {n}" in " ".join(page.split())
               for n, page in enumerate(pages, 1))
