"""One step: what to establish, questions to ask, communication tips, context, the choices."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from opvoedapp.decision.model import Step
from opvoedapp.views.text_view import bullet_list, escape


def step_html(step: Step) -> str:
    parts = [f"<h2>{escape('Stap')} {step.number}. {escape(step.title)}</h2>",
             f"<p><b>{escape(step.purpose)}</b></p>"]
    for title, items in (("Vaststellen", step.establish),
                         ("Vraag de ouder bijvoorbeeld", step.exploring_questions),
                         ("Communicatie", step.communication)):
        if items:
            parts.append(f"<h3>{escape(title)}</h3>{bullet_list(list(items))}")
    return "".join(parts)


class StepPage(QScrollArea):
    """Rebuilt for every step; context panels come from the view (they depend on the consult)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scheme-step-page")
        self.setWidgetResizable(True)
        self.choice_buttons: list[QPushButton] = []

    def show_step(self, step: Step, panels: list[QWidget],
                  on_choice: Callable[[int], None]) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        text = QLabel(step_html(step), body)
        text.setObjectName("scheme-step-text")
        text.setAccessibleName(f"Stap {step.number}: {step.title}")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)
        # The choices come before the context panels: the conclusion is what the nurse acts
        # on, the panels are for looking things up while talking.
        heading = QLabel(f"<h3>{escape('Wat concludeert u? (toets 1-9)')}</h3>", body)
        layout.addWidget(heading)
        self.choice_buttons = []
        for index, choice in enumerate(step.choices):
            button = QPushButton(f"{index + 1}. {choice.label}", body)
            button.setObjectName(f"scheme-choice-{index + 1}")
            button.setAccessibleName(choice.label)
            button.setStyleSheet("text-align: left; padding: 6px;")
            button.clicked.connect(lambda _=False, i=index: on_choice(i))
            layout.addWidget(button)
            self.choice_buttons.append(button)
        for panel in panels:
            layout.addWidget(panel)
        layout.addStretch(1)
        self.setWidget(body)
        if self.choice_buttons:
            self.choice_buttons[0].setFocus()
