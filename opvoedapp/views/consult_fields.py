"""Form fields for narrow windows and typed input: a spin box that says why it refuses a key,
and combo boxes with the guideline's long questions that may shrink with the window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

MIN_CHARACTERS = 10  # a combo box with long texts may shrink to this; it still shows the start


class GuardedSpinBox(QSpinBox):
    """Emits ``refused`` with a Dutch hint when a keystroke would make an impossible value."""

    refused = Signal(str)

    def __init__(self, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hint = hint

    def validate(self, text: str, pos: int) -> Any:  # Qt override: a tuple or a State
        result = super().validate(text, pos)
        state = result[0] if isinstance(result, tuple) else result
        if state == QValidator.State.Invalid:
            # Qt rejects the keystroke; the user still has to learn why.
            self.refused.emit(self._hint)
        return result


def shrink_to_fit(combo: QComboBox, characters: int = MIN_CHARACTERS) -> None:
    """Let a combo box of long texts narrow with the window (125 %, 150 %, 1366 px wide).

    By default it is as wide as its longest item, which pushes the other fields out of view.
    """
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    combo.setToolTip(combo.currentText())
    combo.currentTextChanged.connect(combo.setToolTip)  # the whole text, when cut off
