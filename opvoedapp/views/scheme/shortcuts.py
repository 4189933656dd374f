"""The Beslisschema's own keys, active while focus is anywhere inside the tab: digits choose,
Alt+Left (the platform's Back) goes back, Ctrl+Shift+M makes the handout and Ctrl+Shift+C
copies the summary at a decision. Ctrl+Shift+V (safety) is the main window's, for every tab."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from opvoedapp.views.enum_property import set_enum


def _shortcut(keys: QKeySequence | QKeySequence.StandardKey, view: QWidget,
              slot: Callable[[], None]) -> None:
    shortcut = QShortcut(keys, view)
    # Only while the focus is inside the tab. Set by name: Qt.ShortcutContext would create
    # the whole Qt namespace's enums while the start page is built (enum_property.py).
    set_enum(shortcut, "context", "WidgetWithChildrenShortcut")
    shortcut.activated.connect(slot)


def install_shortcuts(view: QWidget, *, digit: Callable[[int], None],
                      back: Callable[[], None], make_handout: Callable[[], None],
                      copy_summary: Callable[[], None]) -> None:
    for number in range(1, 10):
        _shortcut(QKeySequence(str(number)), view, partial(digit, number))
    _shortcut(QKeySequence.StandardKey.Back, view, back)  # every binding the platform has
    _shortcut(QKeySequence("Ctrl+Shift+M"), view, make_handout)
    _shortcut(QKeySequence("Ctrl+Shift+C"), view, copy_summary)
