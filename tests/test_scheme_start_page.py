"""The Beslisschema's start page: each start situation's hint is drawn as ``<small>`` rich text
draws it, though the label is plain text (the cheap kind to lay out: start_page.py)."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from opvoedapp.views.html_text import escape
from opvoedapp.views.scheme.start_page import small_text

HINT = ("Een later contact na een eerder besluit: u kijkt met de ouder of de hulp werkt, stelt "
        "het plan zo nodig bij, verwijst alsnog of sluit af. <geen opmaak> & zo.")


def _picture(qtbot, make_label) -> QImage:
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    layout.addWidget(make_label(box))
    box.resize(420, 160)  # narrow: the hint wraps over several lines
    box.show()
    qtbot.waitExposed(box)
    return box.grab().toImage()


def test_a_hint_looks_as_small_rich_text_does(qtbot) -> None:
    def rich(parent: QWidget) -> QLabel:
        label = QLabel(f"<small>{escape(HINT)}</small>", parent)
        label.setWordWrap(True)
        return label

    plain = _picture(qtbot, lambda parent: small_text(HINT, parent))
    assert plain == _picture(qtbot, rich)
    # Not the label's own size: that picture differs, so the comparison can tell.
    assert plain != _picture(qtbot, lambda parent: _wrapped(QLabel(HINT, parent)))


def _wrapped(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    return label


def test_a_hint_answers_each_width_as_a_plain_label_does_also_after_a_font_change(
        qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    hint = small_text(HINT, parent)
    twin = _wrapped(QLabel(HINT, parent))  # the same text, font and wrapping, no memory
    twin.setFont(hint.font())
    for width in (200, 420, 200, 900, 420):
        assert hint.heightForWidth(width) == twin.heightForWidth(width), width
    bigger = hint.font()
    bigger.setPointSizeF(bigger.pointSizeF() * 2)
    hint.setFont(bigger)
    twin.setFont(bigger)
    for width in (200, 420):
        assert hint.heightForWidth(width) == twin.heightForWidth(width), width
