"""Small layout promises of the handout's pages: a phone number stays whole and with the word
before it, in every direction; the page footer speaks the parent's language too (Arabic shaped
and set right to left, at the right margin)."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest

from opvoedapp.documents.handout_voice import Voice
from opvoedapp.documents.page_styles import page_styles
from opvoedapp.documents.unbroken import NBSP, keep_phone_numbers_whole
from test_handout_languages_pdf import _data, _pdftotext

SIGN_UP = "Bel 010-7654321"


@pytest.mark.parametrize(("typed", "whole"), [
    ("Bel 010-7654321", f"Bel{NBSP}010-7654321"),
    ("Aanmelden: bel 010 765 43 21 of mail",
     f"Aanmelden: bel{NBSP}010{NBSP}765{NBSP}43{NBSP}21 of mail"),
    ("tel. +31 (0)10 765 4321", f"tel.{NBSP}+31{NBSP}(0)10{NBSP}765{NBSP}4321"),
    ("Over 4 weken bellen", "Over 4 weken bellen"),  # a short number is not a phone number
    ("JGZ · 010-1234567 · info@jgz.example", "JGZ · 010-1234567 · info@jgz.example"),
    ("", ""),
])
def test_phone_numbers_are_joined_to_their_word(typed, whole):
    assert keep_phone_numbers_whole(typed) == whole


def _line_words(flowable, width: float) -> list[str]:
    """The words of each line as laid out at ``width`` (Paragraph or BidiParagraph)."""
    flowable.wrap(width, 10_000)
    if hasattr(flowable, "blPara"):
        return [" ".join(line[1]) if isinstance(line, tuple) else
                " ".join(w.text for w in line.words) for line in flowable.blPara.lines]
    return [" ".join(p.text for p in line if not p.space) for line in flowable._lines]


@pytest.mark.parametrize("rtl", [False, True])
def test_sign_up_line_never_breaks_inside_its_phone_number(content, rtl):
    styles = page_styles(10.5)
    label = content.translation("handout.label.sign_up", "ar") if rtl else \
        content.text("handout.label.sign_up")
    voice = Voice(styles, None, rtl=rtl)  # labels are not used by p()
    text = f"{'x ' * 3 if not rtl else ''}Een cursus in een groep. {label}"
    # Every place a line can end near the number (a column narrower than the number and its
    # word together would have to cut it: 120 points is far below the handout's 480).
    for width in range(120, 420, 3):
        lines = _line_words(voice.p(text, styles.body, kept=SIGN_UP), width)
        holding = [line for line in lines if "7654321" in line]
        assert len(holding) == 1 and "Bel" in holding[0] and "010-7654321" in holding[0], \
            (width, lines)


def _words_with_boxes(pdf: bytes, tmp_path: Path) -> list[tuple[int, float, float, str]]:
    """(page, x min, x max, word) from pdftotext -bbox, letters normalised (NFKC)."""
    path = tmp_path / "boxes.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    words, page = [], 0
    for line in html.splitlines():
        if "<page " in line:
            page += 1
        found = re.search(r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" '
                          r'yMax="[\d.]+">(.*)</word>', line)
        if found:
            word = unicodedata.normalize("NFKC", found.group(3))
            words.append((page, float(found.group(1)), float(found.group(2)), word))
    return words


@pytest.mark.parametrize("language", ["ar", "en", "uk"])
def test_footer_names_the_page_in_both_languages(content, language, tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    from opvoedapp.documents.handout_pdf import build_handout_pdf

    data = _data(content, tmp_path, language)
    pdf = build_handout_pdf(data)
    own = unicodedata.normalize("NFKC", data.translated.labels.page)
    words = _words_with_boxes(pdf, tmp_path)
    pages = max(page for page, *_ in words)
    assert pages >= 2
    right_margin = A4[0] - 20 * mm
    for page in range(1, pages + 1):
        on_page = [(x0, x1, w) for p, x0, x1, w in words if p == page]
        # -bbox gives a right-to-left word in the order its glyphs are drawn (visual).
        own_box = [b for b in on_page if own in (b[2], b[2][::-1])][-1]
        dutch_box = [b for b in on_page if b[2] == "Pagina"][-1]
        number = [b for b in on_page if b[2] == str(page)][-1]
        if language == "ar":
            # Read from the right: the Arabic page word at the margin, then the Dutch and
            # the number to its left.
            assert abs(own_box[1] - right_margin) < 1.5, own_box
            assert dutch_box[1] < own_box[0] and number[0] > dutch_box[1]
        else:
            assert own_box[1] < dutch_box[0] and abs(number[1] - right_margin) < 1.5
    text = _pdftotext(pdf, tmp_path)
    assert text.count(str(data.organisation.name)) >= pages  # the organisation on each page


@pytest.mark.parametrize("language", ["nl", "en", "tr", "ar", "pl", "uk"])
def test_last_page_says_whom_to_ask(content, language, tmp_path):
    """The source note never fills a last page on its own (it did in English: a sheet with
    two lines of small print); it stays with the contact part."""
    from opvoedapp.documents.handout_pdf import build_handout_pdf
    from test_handout_languages_pdf import _arabic_phrase, _plain

    data = _data(content, tmp_path, language)
    pdf = build_handout_pdf(data)
    path = tmp_path / "last.pdf"
    path.write_bytes(pdf)
    pages = _words_with_boxes(pdf, tmp_path)[-1][0]
    last = subprocess.run(["pdftotext", "-enc", "UTF-8", "-f", str(pages), "-l", str(pages),
                           str(path), "-"], check=True, capture_output=True, text=True).stdout
    contact = (data.translated or data).contact_text
    probe = _arabic_phrase(contact, 3) if language == "ar" else _plain(contact)[:30]
    assert probe and probe in _plain(last), (probe, last[:300])
    assert _plain(data.labels.footnote)[:30] in _plain(last)


@pytest.mark.parametrize("language", ["ar", "en"])
def test_a_dutch_note_lines_up_with_the_handouts_text(content, language, tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    from opvoedapp.documents.handout_pdf import build_handout_pdf

    pdf = build_handout_pdf(_data(content, tmp_path, language))  # note "Goed gedaan, Sam!"
    words = [w for w in _words_with_boxes(pdf, tmp_path) if w[0] == 1]
    index = next(i for i, w in enumerate(words) if w[3] == "Goed" and words[i + 1][3] == "gedaan,")
    first, last = words[index], words[index + 2]
    assert last[3] == "Sam!"
    frame_padding = 6  # points, platypus' Frame default
    if language == "ar":  # right aligned, as the Arabic above and below it
        assert abs(last[2] - (A4[0] - 20 * mm - frame_padding)) < 1.5, last
    else:
        assert abs(first[1] - (20 * mm + frame_padding)) < 1.5, first


@pytest.mark.parametrize("language", ["nl", "en", "tr", "ar", "pl", "uk"])
def test_no_page_ends_with_a_heading(content, language, tmp_path):
    """A part's heading (a phase, "Hulp en cursussen", "Contact") never stands alone at the
    foot of a page: before the fix a third of these handouts had one ("Uw peuter" at the end
    of page 1, its text on page 2). Checked on the Dutch headings, which every language
    prints (in a bilingual handout as the grey repeat right under the parent's heading)."""
    from datetime import date

    from opvoedapp.documents.handout_data import handout_data
    from opvoedapp.documents.handout_pdf import build_handout_pdf
    from opvoedapp.handout_request import HandoutRequest

    stranded = []
    for question in ("ontwikkeling", "aanpak", "gedrag", "emoties", "grenzen"):
        for months in (3, 24, 48, 168):
            request = HandoutRequest(question_key=question, age_months=months)
            data = handout_data(content, request, None, "", date(2026, 12, 2),
                                language=language)
            headings = {p.label for p in data.phases} | {data.labels.interventions,
                                                         data.labels.contact}
            if data.question is not None:
                headings.add(data.question.title)
            pages = _pdftotext(build_handout_pdf(data), tmp_path).split("\f")
            for number, page in enumerate(pages[:-1], start=1):
                lines = [line.strip() for line in page.splitlines()
                         if line.strip() and "Pagina" not in line]
                if lines and lines[-1] in headings:
                    stranded.append((question, months, number, lines[-1]))
    assert not stranded


def test_typed_agreements_stand_at_the_right_in_an_arabic_handout(content, tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    from opvoedapp.documents.bidi_paragraph import BULLET_INDENT
    from opvoedapp.documents.handout_pdf import build_handout_pdf

    pdf = build_handout_pdf(_data(content, tmp_path, "ar"))  # agreement "Elke dag voorlezen"
    words = _words_with_boxes(pdf, tmp_path)
    index = next(i for i, w in enumerate(words) if w[3] == "Elke" and words[i + 1][3] == "dag")
    first, last = words[index], words[index + 2]
    assert last[3] == "voorlezen"  # left to right, in its own order
    text_right = A4[0] - 20 * mm - 6 - BULLET_INDENT  # the bullet stands at the right
    assert abs(last[2] - text_right) < 1.5 and first[1] < last[1], (first, last)
    bullet = next(w for w in words[index - 3:index + 5] if w[3] == "•")
    assert bullet[1] > last[2]
