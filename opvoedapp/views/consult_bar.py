"""The consult bar above the tabs: the child's age and the parent's question, for this consult."""

from __future__ import annotations

from typing import TYPE_CHECKING

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from opvoedapp.consult import ConsultState
from opvoedapp.consult_age import PREGNANCY_NOTE, REASONS, age_from_birth_date, age_note
from opvoedapp.content.age_mapping import match_bands

if TYPE_CHECKING:  # records load with the content, after the window is on screen
    from opvoedapp.content.records import Question

MAX_YEARS = 23  # the guideline names 19-23 in passing; older is refused


class ConsultBar(QFrame):
    def __init__(self, consult: ConsultState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consult-bar")
        self.setAccessibleName(self.tr("Consult"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._consult = consult
        self._phases: tuple = ()
        self._groups: tuple = ()
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 4, 8, 4)
        layout = _Row(grid, 0)

        layout.addWidget(QLabel(self.tr("Leeftijd kind:"), self))
        self.years = QSpinBox(self)
        self.years.setObjectName("consult-age-years")
        self.years.setAccessibleName(self.tr("Leeftijd in jaren"))
        self.years.setRange(-1, MAX_YEARS)
        self.years.setSpecialValueText(self.tr("—"))
        self.years.setValue(-1)
        self.years.setSuffix(self.tr(" jaar"))
        layout.addWidget(self.years)
        self.months = QSpinBox(self)
        self.months.setObjectName("consult-age-months")
        self.months.setAccessibleName(self.tr("en maanden"))
        self.months.setRange(0, 11)
        self.months.setSuffix(self.tr(" mnd"))
        layout.addWidget(self.months)
        layout.addWidget(QLabel(self.tr("of geboren:"), self))
        self.birth_date = QLineEdit(self)
        self.birth_date.setObjectName("consult-birth-date")
        self.birth_date.setAccessibleName(self.tr("Geboortedatum (dd-mm-jjjj)"))
        self.birth_date.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.birth_date.setMaximumWidth(110)
        layout.addWidget(self.birth_date)
        self.pregnancy = QCheckBox(self.tr("zwanger"), self)
        self.pregnancy.setObjectName("consult-pregnancy")
        self.pregnancy.setAccessibleName(self.tr("Het gaat om een zwangerschap"))
        layout.addWidget(self.pregnancy)

        layout.addSpacing(16)
        layout.addWidget(QLabel(self.tr("Vraag van de ouder:"), self))
        self.question = QComboBox(self)
        self.question.setObjectName("consult-question")
        self.question.setAccessibleName(self.tr("Vraag van de ouder"))
        self.question.addItem(self.tr("(geen vraag gekozen)"), "")
        layout.addWidget(self.question, 1)

        self.new_consult = QPushButton(self.tr("Nieuw consult"), self)
        self.new_consult.setObjectName("consult-new")
        self.new_consult.setAccessibleName(self.tr("Nieuw consult: alles wissen"))
        self.new_consult.clicked.connect(consult.clear)
        layout.addWidget(self.new_consult)

        self.hint = QLabel(self)
        self.hint.setObjectName("consult-hint")
        self.hint.setAccessibleName(self.tr("Toelichting bij de leeftijd"))
        self.hint.setWordWrap(True)
        grid.addWidget(self.hint, 1, 0, 1, grid.columnCount())

        self.birth_date.editingFinished.connect(self._birth_date_edited)
        self.pregnancy.toggled.connect(self._pregnancy_toggled)
        consult.changed.connect(self._show_consult)
        self.years.valueChanged.connect(self._age_edited)
        self.months.valueChanged.connect(self._age_edited)
        self.question.currentIndexChanged.connect(self._question_edited)
        consult.cleared.connect(self._reset)

    def set_questions(self, questions: tuple[Question, ...]) -> None:
        for question in questions:
            if not question.parent_key:
                self.question.addItem(question.label, question.key)

    def set_bands(self, phases: tuple, groups: tuple) -> None:
        """Table 1 phases and Table 2 age groups, to say which the age falls in."""
        self._phases, self._groups = phases, groups
        self._show_hint()

    def _age_edited(self) -> None:
        years = self.years.value()
        self._consult.set_age_months(None if years < 0 else years * 12 + self.months.value())
        self._show_hint()

    def _birth_date_edited(self) -> None:
        text = self.birth_date.text().strip()
        if not text:
            return
        reading = age_from_birth_date(text, date.today())
        if reading.months is None:
            # Refused where it is typed: the field stays, the age does not change.
            self.birth_date.setStyleSheet("border: 2px solid #b71c1c;")
            self.hint.setText("⚠ " + self.tr(reading.message))
            return
        self.birth_date.setStyleSheet("")
        self.pregnancy.setChecked(False)
        years, months = divmod(reading.months, 12)
        self.years.setValue(years)
        self.months.setValue(months)

    def _pregnancy_toggled(self, checked: bool) -> None:
        for widget in (self.years, self.months, self.birth_date):
            widget.setEnabled(not checked)
        if checked:
            self.years.setValue(-1)
            self.months.setValue(0)
            self.birth_date.clear()
        self._show_hint()

    def _show_consult(self) -> None:
        """Follow the consult when something else changes it (another tab, a test, clear)."""
        months = self._consult.age_months
        years, rest = (-1, 0) if months is None else divmod(months, 12)
        for spin, value in ((self.years, years), (self.months, rest)):
            if spin.value() != value:
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)
        index = self.question.findData(self._consult.question_key)
        if index >= 0 and index != self.question.currentIndex():
            self.question.blockSignals(True)
            self.question.setCurrentIndex(index)
            self.question.blockSignals(False)
        self._show_hint()

    def _show_hint(self) -> None:
        if self.pregnancy.isChecked():
            self.hint.setText(self.tr(PREGNANCY_NOTE))
            return
        months = self._consult.age_months
        if months is None:
            self.hint.setText("")
            return
        note = age_note(months)
        if note:
            self.hint.setText(self.tr(note))
            return
        parts = []
        for table, bands in ((self.tr("Tabel 1"), self._phases), (self.tr("Tabel 2"), self._groups)):
            if not bands:
                continue
            match = match_bands(bands, months)
            labels = " + ".join(b.label if table.endswith("1") else
                                f"{b.label} ({b.age_from}-{b.age_to})" for b in match.bands)
            reason = f" — {self.tr(REASONS[match.reason])}" if match.reason else ""
            parts.append(f"{table}: {labels}{reason}")
        self.hint.setText("   ·   ".join(parts))

    def _question_edited(self) -> None:
        self._consult.set_question(self.question.currentData() or "")

    def _reset(self) -> None:
        self.pregnancy.setChecked(False)
        self.birth_date.clear()
        self.birth_date.setStyleSheet("")
        self.years.setValue(-1)
        self.months.setValue(0)
        self.question.setCurrentIndex(0)
        self.hint.clear()


class _Row:
    """Adds widgets left to right in one row of a grid (so the hint can span the bar below)."""

    def __init__(self, grid: QGridLayout, row: int) -> None:
        self._grid, self._row, self._column = grid, row, 0

    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:  # noqa: N802 (Qt-like)
        self._grid.addWidget(widget, self._row, self._column)
        if stretch:
            self._grid.setColumnStretch(self._column, stretch)
        self._column += 1

    def addSpacing(self, size: int) -> None:  # noqa: N802
        self._grid.setColumnMinimumWidth(self._column, size)
        self._column += 1
