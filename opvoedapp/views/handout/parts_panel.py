"""The left side of the handout dialog: which parts, in which order, a name and a short note.

Order can be changed by dragging or, for keyboard users, with the Omhoog/Omlaag buttons
(Alt+Up, Alt+Down). The order of the first part of each kind sets the order of the sections
in the handout; within a kind, the parts keep their list order.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opvoedapp.content.repository import ContentRepository
from opvoedapp.handout_request import NOTE_MAX_CHARS, HandoutRequest

SECTION_OF_KIND = {"agreements": "agreements", "phase": "phases",
                   "intervention": "interventions"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("HandoutDialog", text)


def _labelled(text: str, widget: QWidget, column: QVBoxLayout) -> None:
    label = QLabel(text)
    label.setBuddy(widget)  # Alt+letter moves focus, and screen readers pair them
    column.addWidget(label)
    column.addWidget(widget)


class PartsPanel(QWidget):
    changed = Signal()

    def __init__(self, content: ContentRepository, request: HandoutRequest,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.parts = QListWidget(self)
        self.parts.setObjectName("handout-parts")
        self.parts.setAccessibleName(_tr("Onderdelen van de folder"))
        self.parts.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        if request.outcome_key or request.agreements or request.follow_up:
            self._add("agreements", "", _tr("Wat we hebben besproken (afspraken)"))
        phases = {p.key: p.label for p in content.age_phases}
        for key in request.age_phase_keys:
            self._add("phase", key, _tr("Leeftijd: {0}").format(phases.get(key, key)))
        for key in request.intervention_keys:
            item = content.intervention(key)
            self._add("intervention", key, item.name if item else key)
        self.parts.setCurrentRow(0)
        self.parts.itemChanged.connect(lambda _i: self.changed.emit())
        self.parts.model().rowsMoved.connect(lambda *_: self.changed.emit())
        _labelled(_tr("&Onderdelen (vink aan; volgorde met slepen of Omhoog/Omlaag):"),
                  self.parts, column)
        moves = QHBoxLayout()
        for name, text, keys, step in (("handout-part-up", _tr("Om&hoog"), "Alt+Up", -1),
                                       ("handout-part-down", _tr("Om&laag"), "Alt+Down", 1)):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setShortcut(QKeySequence(keys))
            button.setToolTip(keys)
            button.clicked.connect(lambda _c=False, s=step: self.move_current(s))
            moves.addWidget(button)
        moves.addStretch(1)
        column.addLayout(moves)
        self.addressee = QLineEdit(self)
        self.addressee.setObjectName("handout-addressee")
        self.addressee.setAccessibleName(_tr("Naam voor op de folder"))
        self.addressee.textChanged.connect(lambda _t: self.changed.emit())
        _labelled(_tr("Voor de ouders &van (alleen voor deze afdruk, wordt niet bewaard):"),
                  self.addressee, column)
        self.note = QPlainTextEdit(request.personal_note, self)
        self.note.setObjectName("handout-note")
        self.note.setAccessibleName(_tr("Persoonlijke notitie"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.note.textChanged.connect(self._cap_note)
        self.note.textChanged.connect(self.changed.emit)
        _labelled(_tr("&Persoonlijke notitie (kort):"), self.note, column)
        self.note_counter = QLabel(self)
        self.note_counter.setObjectName("handout-note-counter")
        self.note_counter.setAccessibleName(_tr("Aantal tekens in de notitie"))
        self.note_counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        column.addWidget(self.note_counter)
        self._cap_note()

    def _cap_note(self) -> None:
        """Keep the note within NOTE_MAX_CHARS (typed or pasted) and show the count."""
        text = self.note.toPlainText()
        if len(text) > NOTE_MAX_CHARS:
            # Drop what went over just before the cursor, where it was typed or pasted.
            excess = len(text) - NOTE_MAX_CHARS
            start = max(self.note.textCursor().position() - excess, 0)
            self.note.blockSignals(True)
            self.note.setPlainText(text[:start] + text[start + excess:])
            self.note.blockSignals(False)
            cursor = self.note.textCursor()
            cursor.setPosition(start)
            self.note.setTextCursor(cursor)
            text = self.note.toPlainText()
        self.note_counter.setText(f"{len(text)}/{NOTE_MAX_CHARS}")

    def _add(self, kind: str, key: str, label: str) -> None:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, (kind, key))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        self.parts.addItem(item)

    def move_current(self, step: int) -> None:
        row = self.parts.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.parts.count():
            return
        item = self.parts.takeItem(row)
        self.parts.insertItem(target, item)
        self.parts.setCurrentRow(target)
        self.changed.emit()

    def chosen(self) -> list[tuple[str, str]]:
        """(kind, key) of every ticked part, in list order."""
        return [tuple(self.parts.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.parts.count())
                if self.parts.item(i).checkState() == Qt.CheckState.Checked]

    def section_order(self) -> tuple[str, ...]:
        """Sections in the order their first part appears in the list (all of them)."""
        kinds = [self.parts.item(i).data(Qt.ItemDataRole.UserRole)[0]
                 for i in range(self.parts.count())]
        order = [SECTION_OF_KIND[k] for k in dict.fromkeys(kinds)]
        return tuple(order + [s for s in SECTION_OF_KIND.values() if s not in order])
