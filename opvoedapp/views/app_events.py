"""Every modal window the program shows, found without a filter on the application.

The screen fit (``screen_fit``) and the file-dialog privacy (``file_dialog_privacy``) must
also see windows the program does not create itself, such as the file dialog inside Qt's
print dialog or the "replace?" question inside a file dialog. An event filter on the
application would see them, but it is called for every event of every object all day, and
the first object of a class PySide does not know by name (Qt's own ``QAnimationTimer``,
``QWidgetWindow``) makes PySide create every class of QtCore, QtGui and QtWidgets with their
Python enums at once (~150 enums, about 85 M instructions: more than the whole start page;
bench/bench_startup.py). Hooks that hand Python every widget (a proxy style's ``polish``)
pay the same.

Every window after the main one is modal (dialogs are run with ``exec()``, Qt's static
helpers do the same), and a modal window blocks the windows under it: Qt sends those a
``WindowBlocked`` event when it is shown, after Qt has sized and placed it and before the
window system maps it, and ``WindowUnblocked`` when it closes. So a filter on the main
window, and on each modal window found this way (which finds the modal windows opened over
it in turn), sees every window open and close, and only a few events a window pass through
Python.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

WindowHandler = Callable[[QWidget], None]
ClosedHandler = Callable[[], None]
_GUARDED = "opvoedapp-guarded"
_SHOWING = "opvoedapp-modal-showing"


class _Guards(QObject):
    """The handlers, and the one filter every guarded window gets."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.on_shown: list[WindowHandler] = []
        self.on_closed: list[ClosedHandler] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        kind = event.type()
        if kind == QEvent.Type.WindowBlocked:
            modal = QApplication.activeModalWidget()
            # Every window it blocks is told; the modal window is handled once per showing.
            if modal is not None and modal is not watched and not modal.property(_SHOWING):
                modal.setProperty(_SHOWING, True)
                guard_window(modal)
                for shown in self.on_shown:
                    shown(modal)
        elif kind == QEvent.Type.WindowUnblocked:
            for closed in self.on_closed:
                closed()
        elif kind == QEvent.Type.Hide and watched.property(_SHOWING):
            watched.setProperty(_SHOWING, False)  # shown again later: handled again
        return False


_guards: dict[int, _Guards] = {}  # by application; keeps the Python side alive


def _guards_of(app: QApplication) -> _Guards:
    guards = _guards.get(id(app))
    if guards is None or guards.parent() is not app:
        guards = _Guards(app)
        _guards[id(app)] = guards
    return guards


def guard_window(window: QWidget) -> None:
    """Watch ``window`` for the modal windows shown over it (once per window)."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and not window.property(_GUARDED):
        window.installEventFilter(_guards_of(app))
        window.setProperty(_GUARDED, True)


def on_modal_shown(app: QApplication, handler: WindowHandler) -> None:
    """``handler(window)`` for every modal window shown over a guarded window, before it is
    on screen (once, however often the same handler is registered)."""
    guards = _guards_of(app)
    if handler not in guards.on_shown:
        guards.on_shown.append(handler)


def on_modal_closed(app: QApplication, handler: ClosedHandler) -> None:
    """``handler()`` whenever a modal window over a guarded window has closed (once for each
    window it blocked)."""
    guards = _guards_of(app)
    if handler not in guards.on_closed:
        guards.on_closed.append(handler)
