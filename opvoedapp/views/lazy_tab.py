"""A tab whose view is built when it is first needed (``TabSpec.build``), not at start-up."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedLayout,
    QWidget,
)

from opvoedapp.views import keyboard
from opvoedapp.views.enum_property import set_enum

if TYPE_CHECKING:
    from opvoedapp.services import Services

WAITING_TEXT = "De richtlijn wordt geladen…"
FAILED_TEXT = ("Dit onderdeel kon niet worden geladen door een fout in het programma. "
               "De andere tabbladen werken nog; meld dit bij uw applicatiebeheerder.")


class TabSpec(NamedTuple):
    # A named tuple, not a frozen dataclass: those compile their methods at every start.
    object_name: str
    title: str
    build: Callable[[Services], QWidget]


class LazyTab(QWidget):
    """Shows a short waiting text until content is there and the tab is first opened."""

    def __init__(self, spec: TabSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(spec.object_name)
        self.setAccessibleName(spec.title)
        self._stack = QStackedLayout(self)
        # Centred by stretches around it, not setAlignment: the waiting text is painted
        # first, and Qt.AlignmentFlag would create the Qt namespace's enums before that
        # paint (views/first_paint.py). The label wraps: it may carry the failure text.
        page = QWidget(self)
        column = QHBoxLayout(page)
        self.waiting = QLabel(WAITING_TEXT, page)
        self.waiting.setObjectName("tab-waiting")
        self.waiting.setWordWrap(True)
        # A wrapping label takes a narrow width of its own: the waiting text stays on one line.
        self.waiting.setMinimumWidth(
            self.waiting.fontMetrics().horizontalAdvance(WAITING_TEXT) + 8)
        column.addStretch(1)
        column.addWidget(self.waiting)
        column.addStretch(1)
        self._stack.addWidget(page)
        self.view: QWidget | None = None

    def build(self, services: Services) -> QWidget | None:
        if self.view is None:
            try:
                view = self.spec.build(services)
            except Exception:
                # Never a tab that says "wordt geladen" for good: say it failed, and let the
                # crash handler log it (types and places only) and tell the user.
                self.waiting.setText(FAILED_TEXT)
                self.waiting.setMinimumWidth(2 * self.waiting.minimumWidth())  # a few lines
                # The crash message is a window: it may come while the content loads, before
                # the start-up installs the screen fit (app.run).
                from opvoedapp.views import screen_fit

                app = QApplication.instance()
                if isinstance(app, QApplication):
                    screen_fit.install(app, (self.window(),))
                sys.excepthook(*sys.exc_info())
                return None
            self.view = view
            keyboard.tame_tab_keys(self.view)
            # No tab may force its minimum size on the window: if a view cannot shrink far
            # enough, it scrolls inside its tab instead of widening the window off screen.
            scroller = QScrollArea(self)
            scroller.setObjectName("tab-scroll")
            scroller.setFrameShape(QFrame.Shape.NoFrame)
            scroller.setWidgetResizable(True)
            # By name: Qt.FocusPolicy would create all of Qt's enums (enum_property.py).
            set_enum(scroller, "focusPolicy", "NoFocus")
            scroller.setWidget(self.view)
            self._stack.addWidget(scroller)
            self._stack.setCurrentWidget(scroller)
        return self.view
