"""Keyboard habits applied to whole views: Tab always moves on, and the tab bar shows focus.

Applied by the main window to each tab's view when it is built, and by our dialogs, so a view
written without these details still behaves (D11 stray tabs, D42 a table that traps Tab).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTabBar

_KEEP: list[QObject] = []
# The Qt classes whose widgets take Tab for themselves unless told otherwise.
_TRAPS_TAB = ("QPlainTextEdit", "QTextEdit", "QAbstractItemView")


def tame_tab_keys(root: QWidget) -> None:
    """Text boxes and tables below ``root`` pass Tab on to the next field."""
    # Imported here, and the text box and table classes only when ``root`` has one: the
    # main window imports this module before its first paint, the Beslisschema's start
    # page has neither, and importing a Qt class creates its enums (bench/bench_startup.py).
    # Both kinds are scroll areas, which every view already has.
    from PySide6.QtWidgets import QAbstractScrollArea

    areas = [*root.findChildren(QAbstractScrollArea), root]
    if not any(area.inherits(kind) for area in areas for kind in _TRAPS_TAB):
        return
    from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit, QTextEdit

    for edit in root.findChildren(QPlainTextEdit) + root.findChildren(QTextEdit):
        edit.setTabChangesFocus(True)
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    if isinstance(root, (QPlainTextEdit, QTextEdit)):
        root.setTabChangesFocus(True)


class _TabBarFocus(QObject):
    """Sets the ``keyboardFocus`` property the style sheet draws the focus ring from."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Installed on tab bars only (show_focus_on_tab_bar), so watched is a widget.
        if isinstance(watched, QWidget) and event.type() in (QEvent.Type.FocusIn,
                                                             QEvent.Type.FocusOut):
            watched.setProperty("keyboardFocus", event.type() == QEvent.Type.FocusIn)
            watched.style().unpolish(watched)
            watched.style().polish(watched)
            watched.update()
        return False


def show_focus_on_tab_bar(bar: QTabBar) -> None:
    bar.setProperty("keyboardFocus", False)
    watcher = _TabBarFocus(bar)
    bar.setProperty("keyboardFocus", False)
    bar.installEventFilter(watcher)
    _KEEP.append(watcher)  # the Python side must outlive the filter
