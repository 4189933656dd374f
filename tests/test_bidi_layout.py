"""The right-to-left line layout (documents.bidi_text, documents.bidi_paragraph) on its own:
visual order by the bidi algorithm, fonts per piece, logical line breaking, page splits."""

from __future__ import annotations

from opvoedapp.documents import bidi_text
from opvoedapp.documents.bidi_paragraph import BidiParagraph
from opvoedapp.documents.fonts import ARABIC_FONT, FONT
from opvoedapp.documents.page_styles import page_styles

HELLO, THANKS, AGE, TO, YEARS = "مرحبا", "شكرا", "عمر", "إلى", "سنوات"


def _visual(text: str, room: float = 10_000) -> list[list[str]]:
    """Each line's pieces left to right as drawn (spaces left out)."""
    words = bidi_text.words(text, FONT)
    lines = bidi_text.break_lines(words, 10, room, room)
    return [[bidi_text.drawn(p, 10)[0] if not bidi_text.is_arabic(p.text[0]) else p.text
             for p in bidi_text.visual_order(line) if not p.space] for line in lines]


def test_words_run_right_to_left_and_latin_names_stay_left_to_right():
    assert _visual(f"{HELLO} Triple P {THANKS}") == [[THANKS, "Triple", "P", HELLO]]


def test_numbers_stay_left_to_right_inside_arabic():
    assert _visual(f"{AGE} 2 {TO} 4 {YEARS}") == [[YEARS, "4", TO, "2", AGE]]
    # A phone number the organisation typed after a Latin word keeps its order (UAX #9 W2:
    # right after Arabic letters, digits count as Arabic numbers and a hyphen splits them).
    assert _visual(f"{AGE}: Bel 010-1234567") == [["Bel", "010-1234567", AGE + ":"]]


def test_brackets_are_mirrored_and_the_full_stop_ends_at_the_left():
    # "(jeugdarts)." in an Arabic sentence: the logical "(" is drawn as ")" at the right of the
    # name, the ")" as "(" at its left, and the full stop ends the sentence at the far left.
    assert _visual(f"{HELLO} (jeugdarts).") == [[".", "(", "jeugdarts", ")", HELLO]]


def test_arabic_takes_the_arabic_font_and_latin_dejavu():
    pieces = [p for w in bidi_text.words(f"{HELLO}، Triple P 2013.", FONT) for p in w.pieces]
    fonts = {p.text: p.font for p in pieces}
    assert fonts[HELLO + "،"] == ARABIC_FONT
    assert fonts["Triple"] == FONT and fonts["P"] == FONT and fonts["2013"] == FONT


def test_lines_break_in_logical_order():
    words = bidi_text.words(" ".join([THANKS] + [HELLO] * 40), FONT)
    lines = bidi_text.break_lines(words, 10, 120, 120)
    assert len(lines) > 3
    assert lines[0][0].text == THANKS  # the sentence's first word starts the first line
    for line in lines:
        assert bidi_text.width(line, 10) <= 120


def test_paragraph_splits_between_lines_and_keeps_the_bullet_on_the_first_part():
    s = page_styles(10.5)
    para = BidiParagraph(" ".join([HELLO] * 120), s.body, bullet=True)
    _, height = para.wrap(200, 1000)
    lines = round(height / s.body.leading)
    head, tail = para.split(200, s.body.leading * 3 + 1)
    assert head.wrap(200, 1000)[1] == 3 * s.body.leading
    assert tail.wrap(200, 1000)[1] == (lines - 3) * s.body.leading
    assert head._first and not tail._first  # the bullet is drawn with the first line only
    assert para.split(200, s.body.leading * 0.5) == []  # not even one line: next frame


def test_typed_text_keeps_its_own_order_after_an_arabic_label():
    # The nurse's "2 weken" after the Arabic "follow-up:" label reads "2 weken" left to right;
    # without the isolate the bidi algorithm would show "weken 2".
    words = bidi_text.words(f"{AGE}:", FONT, kept="2 weken")
    line = bidi_text.break_lines(words, 10, 10_000, 10_000)[0]
    drawn = [p.text for p in bidi_text.visual_order(line) if not p.space]
    assert drawn == ["2", "weken", AGE + ":"]
