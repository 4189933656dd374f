"""The Beslisschema's own keys, active while focus is anywhere inside the tab: digits choose,
Alt+Left (the platform's Back) goes back, Ctrl+Shift+M makes the handout and Ctrl+Shift+C
copies the summary at a decision. Ctrl+Shift+V (safety) is the main window's, for every tab."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def install_shortcuts(view: QWidget, *, digit: Callable[[int], None],
                      back: Callable[[], None], make_handout: Callable[[], None],
                      copy_summary: Callable[[], None]) -> None:
    context = Qt.ShortcutContext.WidgetWithChildrenShortcut
    for number in range(1, 10):
        shortcut = QShortcut(QKeySequence(str(number)), view, context=context)
        shortcut.activated.connect(lambda d=number: digit(d))
    QShortcut(QKeySequence.StandardKey.Back, view, context=context).activated.connect(back)
    QShortcut(QKeySequence("Ctrl+Shift+M"), view, context=context).activated.connect(
        make_handout)
    QShortcut(QKeySequence("Ctrl+Shift+C"), view, context=context).activated.connect(
        copy_summary)
