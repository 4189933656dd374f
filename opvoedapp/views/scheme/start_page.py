"""The Beslisschema's first page: where the conversation starts, one numbered button each."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from opvoedapp.views.enum_property import set_enum
from opvoedapp.views.html_text import escape

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

    from opvoedapp.decision.model import Scheme

# Qt's rich text draws <small> at 0.8 times the label's font (QTextFormat's size steps).
SMALL_SCALE = 0.8


def build_start_page(scheme: Scheme, begin: Callable[[str], None],
                     parent: QWidget) -> QWidget:
    """A button per start situation (digit n chooses the n-th: see shortcuts.py)."""
    page = QWidget(parent)
    page.setObjectName("scheme-start-page")
    # One style sheet for the page's buttons (all start buttons), not one per button: Qt
    # parses each widget's sheet on its own.
    page.setStyleSheet("QPushButton { text-align: left; padding: 8px; }")
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel(f"<h2>{escape(scheme.title)}</h2><p>"
                            f"{escape('Waar begint het gesprek?')}</p>", page))
    for index, start in enumerate(scheme.start_situations, 1):
        button = QPushButton(f"{index}. {start.label}", page)
        button.setObjectName(f"scheme-start-{start.key}")
        button.setAccessibleName(start.label)
        button.setToolTip(start.description)
        button.clicked.connect(lambda _=False, k=start.key: begin(k))
        layout.addWidget(button)
        layout.addWidget(small_text(start.description, page))
    layout.addStretch(1)
    return page


def small_text(text: str, parent: QWidget) -> QLabel:
    """``text`` as ``<small>`` rich text shows it, in a plain-text label: a word-wrapped rich
    label lays out a whole text document for every width the layouts ask about, which made
    these four hints cost more than the rest of the page (bench/bench_startup.py)."""
    label = _FixedTextLabel(text, parent)
    set_enum(label, "textFormat", "PlainText")
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * SMALL_SCALE)
    label.setFont(font)
    return label


class _FixedTextLabel(QLabel):
    """A wrapped label whose text never changes, remembering its height for each width.

    The page's layouts ask each hint's height for the same few widths over and over while
    the tab is first shown (about 40 times a hint; QWidgetItem caches only some of those
    answers), and a plain label shapes its whole text for every answer. A change of font or
    style forgets the heights."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(text, parent)
        self._heights: dict[int, int] = {}

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        self._heights.clear()
        super().changeEvent(event)
