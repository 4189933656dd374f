"""Form fields for narrow windows and typed input: a spin box that says why it refuses a key,
and combo boxes with the guideline's long questions that may shrink with the window."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QComboBox, QSpinBox

if TYPE_CHECKING:  # the events' classes are created when the first such event comes
    from PySide6.QtGui import QFocusEvent, QKeyEvent, QPaintEvent
    from PySide6.QtWidgets import QStyleOptionComboBox

# The consult bar is painted first (bench/bench_startup.py): what only eliding needs (QStyle,
# Qt's namespace) is imported when a text does not fit, since importing a Qt class creates
# its enums.

MIN_CHARACTERS = 10  # a combo box with long texts may shrink to this; it still shows the start


LETTERS = "letters"  # ``refused`` kinds: a letter typed, or a number outside the range
OUT_OF_RANGE = "range"


class GuardedSpinBox(QSpinBox):
    """A number field that says why it refuses a keystroke.

    ``refused(kind, typed)``: ``kind`` is LETTERS or OUT_OF_RANGE, ``typed`` the number as it
    would have read ("30"), so the bar can refuse the whole number rather than keep "3".
    The first digit typed over the empty value ("—") replaces it instead of being appended.
    """

    refused = Signal(str, str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._showing_empty() and event.text()[:1].isalnum():
            # "—" is the special "no age" text: "2" must become 2, not "—2".
            self.lineEdit().selectAll()
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Typing replaces what is there (Tab into the field, then type), as in a form.
        QTimer.singleShot(0, self.selectAll)

    def _showing_empty(self) -> bool:
        return bool(self.specialValueText()) and self.value() == self.minimum()

    def validate(self, text: str, pos: int) -> Any:  # Qt override: a tuple or a State
        result = super().validate(text, pos)
        state = result[0] if isinstance(result, tuple) else result
        if state == QValidator.State.Invalid:
            # Qt rejects the keystroke; the user still has to learn why.
            typed = text.removeprefix(self.prefix())
            typed = typed.removesuffix(self.suffix()).replace(self.specialValueText(), "")
            typed = typed.strip()
            kind = LETTERS if any(not ch.isdigit() for ch in typed) else OUT_OF_RANGE
            self.refused.emit(kind, typed)
        return result


def shrink_to_fit(combo: QComboBox, characters: int = MIN_CHARACTERS) -> None:
    """Let a combo box of long texts narrow with the window (125 %, 150 %, 1366 px wide).

    By default it is as wide as its longest item, which pushes the other fields out of view.
    """
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    combo.setToolTip(combo.currentText())
    combo.currentTextChanged.connect(combo.setToolTip)  # the whole text, when cut off


class ElidingComboBox(QComboBox):
    """A combo box that ends a text too long for it with "…" instead of cutting it off
    mid-word (Qt's styles clip); the whole text is in the list and the tooltip."""

    def paintEvent(self, event: QPaintEvent) -> None:
        text = self.currentText()
        if self.fontMetrics().horizontalAdvance(text) + 2 * self.height() <= self.width():
            # Fits with room to spare for the arrow and frame in any style: Qt draws it
            # whole, as this method would.
            super().paintEvent(event)
            return
        from PySide6.QtWidgets import QStyle, QStyleOptionComboBox, QStylePainter

        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text(option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def shown_text(self, option: QStyleOptionComboBox | None = None) -> str:
        """The current text as drawn: whole, or ended with "…" when it does not fit."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

        if option is None:
            option = QStyleOptionComboBox()
            self.initStyleOption(option)
        room = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, self)
        return self.fontMetrics().elidedText(self.currentText(), Qt.TextElideMode.ElideRight,
                                             room.width())
