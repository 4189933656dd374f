"""One application-wide event filter, shared by the guards that must see every window.

The screen fit (every window shown, ``screen_fit``) and the file-dialog privacy (every file
dialog hidden, ``file_dialog_privacy``) must also see windows the program does not create
itself, such as the file dialog inside Qt's print dialog; only a filter on the application
sees those. Such a filter costs a call into Python for every event of every object, all day,
so the guards share one: it asks each event's type once and calls only the guards registered
for that type.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject

Guard = Callable[[QObject, QEvent], None]


class _Dispatcher(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.guards: list[tuple[QEvent.Type, Guard]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        kind = event.type()
        for wanted, guard in self.guards:
            if kind == wanted:
                guard(watched, event)
        return False


_dispatchers: dict[int, _Dispatcher] = {}  # by application; keeps the Python side alive


def on_event(app: QCoreApplication, kind: QEvent.Type, guard: Guard) -> None:
    """Call ``guard(watched, event)`` for every event of ``kind`` to any object of ``app``
    (once, however often the same guard is registered)."""
    dispatcher = _dispatchers.get(id(app))
    if dispatcher is None or dispatcher.parent() is not app:
        dispatcher = _Dispatcher(app)
        app.installEventFilter(dispatcher)
        _dispatchers[id(app)] = dispatcher
    if (kind, guard) not in dispatcher.guards:
        dispatcher.guards.append((kind, guard))


def filters_installed(app: QCoreApplication) -> int:
    """How many application-wide filters the guards use (0 or 1); for tests."""
    dispatcher = _dispatchers.get(id(app))
    return int(dispatcher is not None and dispatcher.parent() is app)
