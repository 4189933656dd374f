"""A spin box that says why it refuses a typed value, instead of silently dropping the key."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QWidget


class GuardedSpinBox(QSpinBox):
    """Emits ``refused`` with a Dutch hint when a keystroke would make an impossible value."""

    refused = Signal(str)

    def __init__(self, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hint = hint

    def validate(self, text: str, pos: int) -> object:  # Qt override
        result = super().validate(text, pos)
        state = result[0] if isinstance(result, tuple) else result
        if state == QValidator.State.Invalid:
            # Qt rejects the keystroke; the user still has to learn why.
            self.refused.emit(self._hint)
        return result
