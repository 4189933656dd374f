"""The consult in progress: the child's age and the parent's question, in memory only.

Nothing here is ever written anywhere (no QSettings, no file, no log): the object lives as long
as the window and "Nieuw consult" empties it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ConsultState(QObject):
    """Holds age (in months) and question key; every tab listens to ``changed``."""

    changed = Signal()
    cleared = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._age_months: int | None = None
        self._question_key: str = ""

    @property
    def age_months(self) -> int | None:
        return self._age_months

    @property
    def question_key(self) -> str:
        return self._question_key

    def set_age_months(self, months: int | None) -> None:
        if months != self._age_months:
            self._age_months = months
            self.changed.emit()

    def set_question(self, key: str) -> None:
        if key != self._question_key:
            self._question_key = key
            self.changed.emit()

    def clear(self) -> None:
        """Forget the consult ("Nieuw consult")."""
        changed = self._age_months is not None or bool(self._question_key)
        self._age_months = None
        self._question_key = ""
        self.cleared.emit()
        if changed:
            self.changed.emit()
