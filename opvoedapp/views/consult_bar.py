"""The consult bar above the tabs: the child's age and the parent's question, for this consult.

Nothing typed here is stored; "Nieuw consult" (Ctrl+N) and closing the program forget it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from opvoedapp.consult import ConsultState
from opvoedapp.views import style
from opvoedapp.views.consult_fields import (
    LETTERS,
    ElidingComboBox,
    GuardedSpinBox,
    shrink_to_fit,
)

if TYPE_CHECKING:  # records load with the content, after the window is on screen
    from opvoedapp.content.records import Question

MAX_YEARS = 23  # the guideline names 19-23 in passing; older is refused
REFUSED_STYLE = f"border: 2px solid {style.REFUSED_INK};"
YEARS_HINT = ("{0} jaar kan niet. Hoogstens 23 jaar: de richtlijn gaat over 0 tot 19 jaar en "
              "noemt 19 tot 23 jaar alleen kort.")
MONTHS_HINT = ("{0} maanden kan niet. Maanden: 0 tot en met 11. Meer dan 11 maanden? Tel ze bij "
               "de jaren.")
LETTERS_HINT = ("Typ de leeftijd in cijfers, bijvoorbeeld 2 (jaar) en 3 (maanden), of typ de "
                "geboortedatum.")


class HintLabel(QLabel):
    """The hint under the bar: always one line high, empty or not (D20: a hint that wrapped to
    a second line, or came and went, made the whole window jump while the age was typed).

    Wider than the bar, the line ends in "…" and the whole text is in the tooltip and the
    accessible description; ``text()`` is always the whole text.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._whole = ""
        # Ignored: a long hint must not widen the window; it is elided instead.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._fix_height()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override (called from Python)
        self._whole = text
        self._fit()

    def text(self) -> str:  # Qt override: the whole text, not the elided line
        return self._whole

    def clear(self) -> None:  # Qt override
        self.setText("")

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fix_height()
            self._fit()

    def _fix_height(self) -> None:
        margins = self.contentsMargins()
        self.setFixedHeight(self.fontMetrics().height() + margins.top() + margins.bottom())

    def _fit(self) -> None:
        room = max(0, self.contentsRect().width())
        shown = self._whole
        if self.fontMetrics().horizontalAdvance(shown) > room:
            # Only here: Qt's namespace creates ~90 enums on first use, and the bar is
            # painted first, with an empty hint (bench/bench_startup.py).
            from PySide6.QtCore import Qt

            shown = self.fontMetrics().elidedText(shown, Qt.TextElideMode.ElideRight, room)
        super().setText(shown)
        self.setToolTip(self._whole if shown != self._whole else "")
        self.setAccessibleDescription(self._whole)


class ConsultBar(QFrame):
    handout_requested = Signal()  # "Folder voor deze vraag": a handout from age and question

    def __init__(self, consult: ConsultState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consult-bar")
        self.setAccessibleName("Consult")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._consult = consult
        self._phases: tuple = ()
        self._groups: tuple = ()
        self._setting_from_birth_date = False
        self._build_fields()
        self.birth_date.editingFinished.connect(self._birth_date_edited)
        self.pregnancy.toggled.connect(self._pregnancy_toggled)
        consult.changed.connect(self._show_consult)
        for spin, hint in ((self.years, YEARS_HINT), (self.months, MONTHS_HINT)):
            spin.valueChanged.connect(self._age_edited)
            # Deferred to the event loop (as a queued connection would be, without Qt's
            # namespace before the first paint): the spin box is still validating the
            # keystroke when it refuses.
            spin.refused.connect(lambda kind, typed, s=spin, h=hint: QTimer.singleShot(
                0, lambda: self._refuse_number(s, kind, typed, h)))
        self.question.currentIndexChanged.connect(self._question_edited)
        self.new_consult.clicked.connect(consult.clear)
        consult.cleared.connect(self._reset)

    def _build_fields(self) -> None:
        self.years = GuardedSpinBox(self)
        self.years.setObjectName("consult-age-years")
        self.years.setAccessibleName("Leeftijd in jaren")
        self.years.setRange(-1, MAX_YEARS)
        self.years.setSpecialValueText("—")
        self.years.setValue(-1)
        self.years.setSuffix(" jaar")
        self.months = GuardedSpinBox(self)
        self.months.setObjectName("consult-age-months")
        self.months.setAccessibleName("en maanden")
        self.months.setRange(0, 11)
        self.months.setSuffix(" mnd")
        self.birth_date = QLineEdit(self)
        self.birth_date.setObjectName("consult-birth-date")
        self.birth_date.setAccessibleName("Geboortedatum (dd-mm-jjjj)")
        self.birth_date.setPlaceholderText("dd-mm-jjjj")
        # Room for a whole date at any scaling; the question list gives way instead.
        self.birth_date.setMinimumWidth(
            self.birth_date.fontMetrics().horizontalAdvance("00-00-00000") + 16)
        self.birth_date.setMaximumWidth(self.birth_date.minimumWidth() + 24)
        self.pregnancy = QCheckBox("&zwanger", self)
        self.pregnancy.setObjectName("consult-pregnancy")
        self.pregnancy.setAccessibleName("Het gaat om een zwangerschap")
        self.question = ElidingComboBox(self)
        self.question.setObjectName("consult-question")
        self.question.setAccessibleName("Vraag van de ouder")
        self.question.addItem("(geen vraag gekozen)", "")
        shrink_to_fit(self.question)
        # QPushButton(text, parent) would create QIcon's enums (its overloads take an icon):
        # the text is set apart (bench/bench_startup.py).
        self.new_consult = QPushButton(self)
        self.new_consult.setText("Nieuw consult")
        self.new_consult.setObjectName("consult-new")
        self.new_consult.setAccessibleName("Nieuw consult: alles wissen")
        self.new_consult.setToolTip("Wist leeftijd en vraag (Ctrl+N)")
        self.handout = QPushButton(self)
        self.handout.setText("&Folder voor deze vraag")
        self.handout.setObjectName("consult-handout")
        self.handout.setAccessibleName("Folder voor deze vraag maken")
        self.handout.setToolTip("Een folder voor de ouder bij deze leeftijd en vraag, "
                                        "of bij het besluit van het beslisschema "
                                        "(Ctrl+Shift+P)")
        self.handout.clicked.connect(self.handout_requested)
        self.hint = HintLabel(self)
        self.hint.setObjectName("consult-hint")
        self.hint.setAccessibleName("Toelichting bij de leeftijd")

        grid = QGridLayout(self)
        grid.setContentsMargins(8, 4, 8, 4)
        row = (_buddy("Leeftijd &kind:", self.years), self.years, self.months,
               _buddy("of &geboren:", self.birth_date), self.birth_date,
               self.pregnancy, _buddy("&Vraag van de ouder:", self.question),
               self.question, self.handout, self.new_consult)
        for column, widget in enumerate(row):
            grid.addWidget(widget, 0, column)
        grid.setColumnStretch(row.index(self.question), 1)
        grid.addWidget(self.hint, 1, 0, 1, len(row))

    def set_questions(self, questions: tuple[Question, ...]) -> None:
        for question in questions:
            if not question.parent_key:
                self.question.addItem(question.label, question.key)

    def set_bands(self, phases: tuple, groups: tuple) -> None:
        """Table 1 phases and Table 2 age groups, to say which the age falls in."""
        self._phases, self._groups = phases, groups
        self._show_hint()

    def _age_edited(self) -> None:
        if not self._setting_from_birth_date and self.birth_date.text():
            # Typed over by hand: the date no longer tells the age shown, so it goes.
            self.birth_date.clear()
            self.birth_date.setStyleSheet("")
        years = self.years.value()
        self._consult.set_age_months(None if years < 0 else years * 12 + self.months.value())
        self._show_hint()

    def _birth_date_edited(self) -> None:
        text = self.birth_date.text().strip()
        if not text:
            self.birth_date.setStyleSheet("")
            return
        from datetime import date  # with consult_age: when a date is typed (bench/)

        from opvoedapp.consult_age import age_from_birth_date

        reading = age_from_birth_date(text, date.today())
        if reading.months is None:
            # Refused where it is typed: the field keeps the text to correct, and the age
            # shown before goes, so no tab keeps showing the previous child.
            self._set_age_quietly(-1, 0)
            self._refuse(self.birth_date, reading.message)
            return
        self.birth_date.setStyleSheet("")
        self.pregnancy.setChecked(False)
        self._set_age_quietly(*divmod(reading.months, 12))
        self._show_hint()

    def _set_age_quietly(self, years: int, months: int) -> None:
        """Set the spin boxes from a date without the date being dropped as typed over."""
        self._setting_from_birth_date = True
        try:
            self.years.setValue(years)
            self.months.setValue(months)
        finally:
            self._setting_from_birth_date = False

    def _refuse_number(self, spin: GuardedSpinBox, kind: str, typed: str, hint: str) -> None:
        if kind == LETTERS:
            self._refuse(spin, LETTERS_HINT)
            return
        # "30" is refused as a whole: the "3" that Qt accepted a keystroke earlier goes too.
        spin.setValue(spin.minimum())
        self._refuse(spin, hint.format(typed))

    def _refuse(self, field: QWidget, hint: str) -> None:
        field.setStyleSheet(REFUSED_STYLE)
        self.hint.setStyleSheet(f"color: {style.ink_on_window(self.palette(), style.REFUSED_INK)};")
        self.hint.setText("⚠ " + hint)

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
        for field in (self.years, self.months, self.hint):
            field.setStyleSheet("")
        months = self._consult.age_months
        if months is None and not self.pregnancy.isChecked():
            # No age: nothing to say. consult_age (and datetime, re) waits for the first age
            # typed; the bar shows this at every start (bench/bench_startup.py).
            self.hint.setText("")
            return
        from opvoedapp.consult_age import PREGNANCY_NOTE, age_note, bands_hint

        if self.pregnancy.isChecked():
            text = PREGNANCY_NOTE
        elif months is None or age_note(months):
            text = age_note(months)
        else:
            text = bands_hint(self._phases, self._groups, months)
        self.hint.setText(text)

    def _question_edited(self) -> None:
        self._consult.set_question(self.question.currentData() or "")

    def _reset(self) -> None:
        self.pregnancy.setChecked(False)
        self.birth_date.clear()
        for field in (self.birth_date, self.years, self.months, self.hint):
            field.setStyleSheet("")
        self.years.setValue(-1)
        self.months.setValue(0)
        self.question.setCurrentIndex(0)
        self.hint.clear()


def _buddy(text: str, field: QWidget) -> QLabel:
    """A label whose Alt+letter moves the focus to the field it names."""
    label = QLabel(text, field.parentWidget())
    label.setBuddy(field)
    return label
