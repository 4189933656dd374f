"""The handout dialog's language choice: "Alleen Nederlands" or a bilingual handout in the
parent's language beside the Dutch.

The choice lives in this widget only, for the handout on screen: it is not written to any
setting or file and every new dialog starts at "Alleen Nederlands" (the language a family
speaks is about the family).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from opvoedapp.content.records import Language
from opvoedapp.profile.language_review import LanguageState, language_state
from opvoedapp.profile.model import OrganisationProfile

DUTCH_ONLY = "Alleen Nederlands"


def choice_label(language: Language) -> str:
    """The Dutch name first (the nurse reads it), the own name beside it (the parent does)."""
    return f"{language.name_nl} – {language.name_native}"


class LanguageChoice(QWidget):
    changed = Signal()

    def __init__(self, languages: tuple[Language, ...], profile: OrganisationProfile | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handout-language-choice")
        self._states = {lang.code: language_state(lang, profile) for lang in languages}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox(self)
        self.combo.setObjectName("handout-language")
        self.combo.setAccessibleName("Taal van de ouder")
        self.combo.addItem(DUTCH_ONLY, "nl")
        for lang in languages:
            self.combo.addItem(choice_label(lang), lang.code)
        label = QLabel("&Taal van de ouder:", self)
        label.setBuddy(self.combo)
        self.state = QLabel("", self)
        self.state.setObjectName("handout-language-state")
        self.state.setAccessibleName("Over de vertaling")
        self.state.setWordWrap(True)
        column.addWidget(label)
        column.addWidget(self.combo)
        column.addWidget(self.state)
        self.combo.currentIndexChanged.connect(self._chosen)
        self._chosen()

    def language(self) -> str:
        return str(self.combo.currentData())

    def current_state(self) -> LanguageState | None:
        return self._states.get(self.language())

    def reviewed(self) -> bool:
        """False when the chosen translation is not checked yet (the handout then says so)."""
        state = self.current_state()
        return state is None or state.reviewed

    def _chosen(self) -> None:
        state = self.current_state()
        if state is None:
            self.state.setText("")
            self.state.setVisible(False)
        else:
            self.state.setText(f"Tweetalig: {state.language.name_nl} met het Nederlands "
                               f"erbij. Vertaling {state.label}.")
            self.state.setVisible(True)
        self.changed.emit()
