"""Answer the real modal dialogs of a flow one after another, with real key events.

Each step gets the next modal widget that appears (a different one from the step before) and
acts on it; the steps run from the event loop of the dialog's own exec(), as a user would.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

Step = Callable[[QWidget], None]


def type_and_enter(text: str) -> Step:
    """A step for a one-line dialog (a name, a label): whatever the field holds is replaced
    by ``text``, typed key by key, then Enter."""
    def step(dialog: QWidget) -> None:
        field = dialog.findChild(QLineEdit)
        field.selectAll()
        QTest.keyClicks(field, text)
        QTest.keyClick(field, Qt.Key.Key_Return)
    return step


class DialogScript:
    GIVE_UP_MS = 60_000  # a dialog no step expected must fail the test, not hang it

    def __init__(self, steps: list[Step]) -> None:
        self.steps = list(steps)
        self.seen: list[str] = []  # objectName or class of each dialog answered
        self.gave_up = False
        self._active = True
        self._last: QWidget | None = None
        QTimer.singleShot(0, self._poll)
        QTimer.singleShot(self.GIVE_UP_MS, self._give_up)

    def __enter__(self) -> DialogScript:
        self._active = True
        return self

    def __exit__(self, *_exc) -> None:
        self._active = False  # the flow returned: the deadline must not touch later tests

    def _give_up(self) -> None:
        """Still inside the flow at the deadline: a dialog no step expected is open, or a
        step did not close its dialog. Close it, so exec() returns and the asserts fail."""
        if not self._active:
            return
        self.gave_up = True
        self.steps.clear()
        widget = QApplication.activeModalWidget()
        if widget is not None:
            widget.close()
        QTimer.singleShot(100, self._give_up)

    @property
    def done(self) -> bool:
        return not self.steps

    def _poll(self) -> None:
        if not self.steps:
            return
        widget = QApplication.activeModalWidget()
        if widget is None or widget is self._last or not widget.isVisible():
            QTimer.singleShot(10, self._poll)
            return
        self._last = widget
        self.seen.append(widget.objectName() or type(widget).__name__)
        self.steps.pop(0)(widget)
        QTimer.singleShot(0, self._poll)

