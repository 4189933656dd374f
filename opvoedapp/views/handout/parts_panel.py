"""The left side of the handout dialog: which parts, in which order, a name and a short note.

Order can be changed by dragging or, for keyboard users, with the Omhoog/Omlaag buttons
(Alt+Up, Alt+Down). The order of the first part of each kind sets the order of the sections
in the handout; within a kind, the parts keep their list order.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
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
from opvoedapp.documents.handout_age import own_band, show_next_by_default
from opvoedapp.documents.handout_parts import (
    default_intervention_keys,
    own_phase_key,
    programme_fits,
    question_section,
)
from opvoedapp.handout_request import NOTE_MAX_CHARS, HandoutRequest

SECTION_OF_KIND = {"question": "question", "agreements": "agreements", "phase": "phases",
                   "next": "phases", "intervention": "interventions"}


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
        self._content = content
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.parts = QListWidget(self)
        self.parts.setObjectName("handout-parts")
        self.parts.setAccessibleName("Onderdelen van de folder")
        self.parts.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self._fill(content, request)
        self.parts.setCurrentRow(0)
        self.parts.itemChanged.connect(lambda _i: self.changed.emit())
        self.parts.model().rowsMoved.connect(lambda *_: self.changed.emit())
        _labelled("&Onderdelen (vink aan; volgorde met slepen of Omhoog/Omlaag):",
                  self.parts, column)
        moves = QHBoxLayout()
        for name, text, keys, step in (("handout-part-up", "Om&hoog", "Alt+Up", -1),
                                       ("handout-part-down", "Om&laag", "Alt+Down", 1)):
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
        self.addressee.setAccessibleName("Naam voor op de folder")
        self.addressee.textChanged.connect(lambda _t: self.changed.emit())
        _labelled("Voor de ouders &van (alleen voor deze afdruk, wordt niet bewaard):",
                  self.addressee, column)
        self.note = QPlainTextEdit(request.personal_note, self)
        self.note.setObjectName("handout-note")
        self.note.setAccessibleName("Persoonlijke notitie")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.note.textChanged.connect(self._cap_note)
        self.note.textChanged.connect(self.changed.emit)
        _labelled("&Persoonlijke notitie (kort):", self.note, column)
        self.note_counter = QLabel(self)
        self.note_counter.setObjectName("handout-note-counter")
        self.note_counter.setAccessibleName("Aantal tekens in de notitie")
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

    def _fill(self, content: ContentRepository, request: HandoutRequest) -> None:
        """The parts the handout can hold: the answer to the question and the child's own
        phase first (they stay, whatever else is added), then what was chosen."""
        months = request.age_months
        question = question_section(content, request.question_key, months)
        if question is not None:
            self._add("question", "", question.title, request.include_question)
        if request.outcome_key or request.agreements or request.follow_up:
            self._add("agreements", "", "Wat we hebben besproken (afspraken)")
        phases = {p.key: p.label for p in content.age_phases}
        own = own_phase_key(content, months)
        if own:
            self._add("phase", own, f"Leeftijd: {phases[own]} (fase van het kind)",
                      request.include_age_phase)
            band = own_band(content.age_phases, months)
            if band.following is not None:
                wanted = (show_next_by_default(band) if request.include_next is None
                          else request.include_next)
                self._add("next", "", f"Wat komt er straks? ({band.following.label})"
                          , wanted)
        for key in request.age_phase_keys:
            if key != own:
                self._add("phase", key, f"Leeftijd: {phases.get(key, key)}")
        keys = (default_intervention_keys(content, request.question_key, months)
                if request.intervention_keys is None else request.intervention_keys)
        for key in keys:
            item = content.intervention(key)
            name = item.name if item else key
            if programme_fits(content, key, months):
                self._add("intervention", key, name)
            else:  # shown, so the nurse sees why it is not in the handout
                self._add("intervention", key,
                          f"{name} (past niet bij de leeftijd; niet in de folder)",
                          False, checkable=False)

    def _add(self, kind: str, key: str, label: str, checked: bool = True,
             checkable: bool = True) -> None:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, (kind, key))
        if checkable:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        else:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.parts.addItem(item)

    def request(self, base: HandoutRequest, personal_note: str) -> HandoutRequest:
        """The request for what is ticked, in list order."""
        chosen = self.chosen()
        kinds = {self.parts.item(i).data(Qt.ItemDataRole.UserRole)[0]
                 for i in range(self.parts.count())}
        with_agreements = ("agreements", "") in chosen
        own = own_phase_key(self._content, base.age_months)
        phases = [k for kind, k in chosen if kind == "phase"]
        return replace(
            base, age_phase_keys=tuple(k for k in phases if k != own),
            include_age_phase=own in phases, include_question=("question", "") in chosen,
            include_next=("next", "") in chosen if "next" in kinds else None,
            intervention_keys=tuple(k for kind, k in chosen if kind == "intervention"),
            outcome_key=base.outcome_key if with_agreements else "",
            agreements=base.agreements if with_agreements else (),
            follow_up=base.follow_up if with_agreements else "",
            personal_note=personal_note)

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
        # "phase" and "next" both belong to the phases section: each section once.
        order = list(dict.fromkeys(SECTION_OF_KIND[k] for k in kinds))
        return tuple(order + [s for s in dict.fromkeys(SECTION_OF_KIND.values())
                              if s not in order])
