"""The Beslisschema's start page: each start situation's hint is a plain-text label (the cheap
kind to lay out: start_page.py) at the size ``<small>`` rich text has, breaking its lines where
the rich label would. (Glyphs may sit a fraction of a pixel apart at some base sizes; at the
program's 10 pt the start page's pixels were compared by hand: the same.)"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from opvoedapp.views.html_text import escape
from opvoedapp.views.scheme.start_page import small_text

HINT = ("Een later contact na een eerder besluit: u kijkt met de ouder of de hulp werkt, stelt "
        "het plan zo nodig bij, verwijst alsnog of sluit af. <geen opmaak> & zo.")


@pytest.fixture
def base_font(qtbot):
    """The application font at a given size (restored after): the program's base size is
    10 pt, or the system's own where that is larger."""
    app = QApplication.instance()
    kept = app.font()

    def use(size: float) -> None:
        font = app.font()
        font.setPointSizeF(size)
        app.setFont(font)

    yield use
    app.setFont(kept)


def _rich(parent: QWidget) -> QLabel:
    label = QLabel(f"<small>{escape(HINT)}</small>", parent)
    label.setWordWrap(True)
    return label


def _small_rich_font(size: float) -> float:
    """The point size Qt's rich text gives ``<small>`` on a base font of ``size``."""
    document = QTextDocument()
    font = QApplication.font()
    font.setPointSizeF(size)
    document.setDefaultFont(font)
    document.setHtml("<small>x</small>")
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.Right)
    return cursor.charFormat().font().pointSizeF()


@pytest.mark.parametrize("size", [9, 10, 11, 12, 14, 16])
def test_a_hint_wraps_as_small_rich_text_does_at_every_base_size(qtbot, base_font,
                                                                   size) -> None:
    # Glyphs may sit a fraction of a pixel apart at some sizes; the lines and heights agree.
    base_font(size)
    parent = QWidget()
    qtbot.addWidget(parent)
    hint, rich = small_text(HINT, parent), _rich(parent)
    assert hint.font().pointSizeF() == pytest.approx(_small_rich_font(size))
    for width in range(150, 1300, 25):
        assert hint.heightForWidth(width) == rich.heightForWidth(width), width
    assert hint.minimumSizeHint() == rich.minimumSizeHint()


def test_a_hint_answers_each_width_as_a_plain_label_does_also_after_a_font_change(
        qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    hint = small_text(HINT, parent)
    twin = QLabel(HINT, parent)  # the same text, font and wrapping, without the memory
    twin.setWordWrap(True)
    twin.setFont(hint.font())
    for width in (200, 420, 200, 900, 420):
        assert hint.heightForWidth(width) == twin.heightForWidth(width), width
    bigger = hint.font()
    bigger.setPointSizeF(bigger.pointSizeF() * 2)
    hint.setFont(bigger)
    twin.setFont(bigger)
    for width in (200, 420):
        assert hint.heightForWidth(width) == twin.heightForWidth(width), width


def test_the_info_button_shows_qts_information_icon(qtbot) -> None:
    """Read from Qt's resources (not the style, whose enums cost start-up time): present."""
    from PySide6.QtWidgets import QWidget

    from opvoedapp.views.scheme.chrome import information_icon

    parent = QWidget()
    qtbot.addWidget(parent)
    icon = information_icon(parent)
    assert not icon.isNull() and icon.availableSizes()
    assert not icon.pixmap(16, 16).isNull()
