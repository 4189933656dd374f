"""The Zelfreflectie toolbar: two round choices and three buttons, two of them menus.

It must never force a minimum width on the window (ux-walkthrough D33): the combos shrink to
a few characters and elide, and the actions live in two menus instead of seven buttons.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QWidget,
)


def _combo(parent: QWidget, name: str, accessible: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    # Size from a few characters, not from the longest round name; long names elide.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return combo


class ReflectionToolbar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reflection-toolbar")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.round = _combo(self, "reflection-round", "Ronde")
        self.compare = _combo(self, "reflection-compare", "Vergelijk met ronde")
        for text, combo in (("&Ronde:", self.round), ("&Vergelijk met:", self.compare)):
            label = QLabel(text, self)
            label.setBuddy(combo)
            row.addWidget(label)
            row.addWidget(combo, 1)

        self.rounds_menu = QMenu(self)
        self.rounds_menu.setObjectName("reflection-rounds-menu")
        self.new_round = self._action(self.rounds_menu, "&Nieuwe eigen ronde",
                                      "reflection-new-round")
        self.rename_round = self._action(self.rounds_menu, "Naam &wijzigen…",
                                         "reflection-rename-round")
        self.delete_round = self._action(self.rounds_menu, "&Verwijderen…",
                                         "reflection-delete-round")
        self.feedback_menu = QMenu(self)
        self.feedback_menu.setObjectName("reflection-feedback-menu")
        self.ask_feedback = self._action(self.feedback_menu, "&Vraag feedback…",
                                         "reflection-ask-feedback")
        self.import_result = self._action(self.feedback_menu, "&Resultaat importeren…",
                                          "reflection-import")
        self.fill_form = self._action(self.feedback_menu,
                                      "&Formulier van een collega invullen…",
                                      "reflection-fill-form")
        self.feedback_menu.addSeparator()
        self.team = self._action(self.feedback_menu, "&Teamoverzicht…", "reflection-team")
        for text, name, menu in (("Rondes", "reflection-rounds-button", self.rounds_menu),
                                 ("Feedback", "reflection-feedback-button",
                                  self.feedback_menu)):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setMenu(menu)
            row.addWidget(button)
        self.report = QPushButton("Ra&pport…", self)
        self.report.setObjectName("reflection-report")
        row.addWidget(self.report)

    def _action(self, menu: QMenu, text: str, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        menu.addAction(action)
        return action
