"""The consult bar above the tabs: the child's age and the parent's question, for this consult."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from opvoedapp.consult import ConsultState

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
        layout = QHBoxLayout(self)

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

        self.years.valueChanged.connect(self._age_edited)
        self.months.valueChanged.connect(self._age_edited)
        self.question.currentIndexChanged.connect(self._question_edited)
        consult.cleared.connect(self._reset)

    def set_questions(self, questions: tuple[Question, ...]) -> None:
        for question in questions:
            if not question.parent_key:
                self.question.addItem(question.label, question.key)

    def _age_edited(self) -> None:
        years = self.years.value()
        self._consult.set_age_months(None if years < 0 else years * 12 + self.months.value())

    def _question_edited(self) -> None:
        self._consult.set_question(self.question.currentData() or "")

    def _reset(self) -> None:
        self.years.setValue(-1)
        self.months.setValue(0)
        self.question.setCurrentIndex(0)
