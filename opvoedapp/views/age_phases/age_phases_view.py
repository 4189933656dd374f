"""Leeftijdsfasen: the four phases of Table 1, the consult's phase opened and highlighted.

The phases run left to right like the table's columns. Near a boundary, or in the 4-5 year
gap of Table 1, both neighbouring phases are marked and the reason is shown. "Neem op in
folder" puts the phase shown in the parent handout.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from opvoedapp.consult import ConsultState
from opvoedapp.consult_age import age_text, two_bands_note
from opvoedapp.content.age_mapping import match_bands
from opvoedapp.content.repository import ContentRepository
from opvoedapp.search.index import PROBLEM_KEY_SEPARATOR
from opvoedapp.state.handout_basket import HandoutBasket
from opvoedapp.views import style
from opvoedapp.views.age_phases.phase_html import phase_html

CURRENT_MARK = "● "
STRIP_PADDING = (18, 6)  # px around each phase in the strip: left/right, top/bottom


class AgePhasesView(QWidget):
    def __init__(self, content: ContentRepository, consult: ConsultState, basket: HandoutBasket,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("age-phases-view")
        self.setAccessibleName("Leeftijdsfasen")
        self._phases = content.age_phases
        self._consult, self._basket = consult, basket
        self._current: set[str] = set()
        self._note = ""
        self._found = ""
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_strip())
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("age-phase-detail")
        self.detail.setAccessibleName("Fase in detail")
        layout.addWidget(self.detail, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton("Neem deze fase op in folder", self)
        self.add_button.setObjectName("age-phase-add-to-handout")
        self.add_button.clicked.connect(self.add_to_handout)
        self.open_button = QPushButton("Folder openen", self)
        self.open_button.setObjectName("age-phase-open-handout")
        self.open_button.clicked.connect(basket.request_open)
        row.addWidget(self.add_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.list.currentRowChanged.connect(self._row_picked)
        consult.changed.connect(self._follow_consult)
        self._follow_consult()
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0)

    def _build_strip(self) -> QHBoxLayout:
        """The four phases side by side, as the columns of Table 1."""
        self.list = QListWidget(self)
        self.list.setObjectName("age-phases-list")
        self.list.setAccessibleName("Ontwikkelingsfasen (Tabel 1)")
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The 2 px transparent edge is room for the focus ring (style.py), measured below.
        self.list.setStyleSheet(f"QListWidget::item {{ padding: {STRIP_PADDING[1]}px "
                                f"{STRIP_PADDING[0]}px; "
                                f"border: {style.FOCUS_RING_WIDTH}px solid transparent; }}"
                                "QListWidget::item:focus { border-color: palette(highlight); }")
        for phase in self._phases:
            item = QListWidgetItem(phase.label)
            item.setData(Qt.ItemDataRole.UserRole, phase.key)
            self.list.addItem(item)
        self.legend = QLabel(self)
        self.legend.setObjectName("age-phases-legend")
        self.legend.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addWidget(self.legend, 1)
        return row

    def _fit_strip(self) -> None:
        # Wide enough for every phase with the mark and in bold, one row high, counted from
        # the font: the items' own sizes change when style sheets are applied (focus ring).
        bold = QFont(self.list.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        edge = 2 * (STRIP_PADDING[0] + style.FOCUS_RING_WIDTH) + 2
        width = sum(metrics.horizontalAdvance(CURRENT_MARK + p.label) + edge
                    for p in self._phases)
        frame = 2 * max(self.list.frameWidth(), style.FOCUS_RING_WIDTH)
        height = metrics.height() + 2 * (STRIP_PADDING[1] + style.FOCUS_RING_WIDTH) + 2
        self.list.setFixedSize(width + frame + 4, height + frame + 4)

    def selected_key(self) -> str:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    def add_to_handout(self) -> None:
        if self.selected_key():
            self._basket.add_phase(self.selected_key())

    def show_entry(self, kind: str, key: str) -> None:
        """Jump to a phase, or to a problem in its phase (used by search)."""
        phase_key, _, problem = key.partition(PROBLEM_KEY_SEPARATOR)
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == phase_key:
                self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._found = problem if kind == "problem" else ""
        self._show_row(self.list.currentRow())

    def _row_picked(self, row: int) -> None:
        self._found = ""  # a mark from the search belongs to the phase it was found in
        self._show_row(row)

    def _follow_consult(self) -> None:
        months = self._consult.age_months
        match = match_bands(self._phases, months) if months is not None else None
        self._current = {p.key for p in match.bands} if match else set()
        self._note = (two_bands_note(match, months, "Tabel 1")
                      if match and months is not None else "")
        for row, phase in enumerate(self._phases):
            item = self.list.item(row)
            current = phase.key in self._current
            item.setText((CURRENT_MARK if current else "") + phase.label)
            font = QFont(item.font())
            font.setBold(current)
            item.setFont(font)
            item.setToolTip("De leeftijd van het kind in dit consult" if current else "")
        self.legend.setText(CURRENT_MARK + "fase van het kind in dit consult"
                            if self._current else ("Vul de leeftijd in de consultbalk in om "
                                                      "de fase van het kind te zien."))
        self._fit_strip()
        if match and match.bands:
            self.list.setCurrentRow(self._phases.index(match.bands[0]))
        self._row_picked(self.list.currentRow())

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        phase = self._phases[row]
        following = self._phases[row + 1] if row + 1 < len(self._phases) else None
        current = phase.key in self._current
        months = self._consult.age_months
        self.detail.setHtml(phase_html(
            phase, following, self._note if current else "",
            age_text(months) if current and months is not None else "", self._found))
        self.add_button.setText(f"Neem ‘{phase.label}’ op in folder")
        self.add_button.setAccessibleName(self.add_button.text())
