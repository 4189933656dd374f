"""Hooks on the main window's first paint: work that waits for it, and the bench's exit.

Nothing here touches Qt's ``Qt`` namespace: its first use creates all of its ~90 Python enums
(about 50 ms), which would be paid before the window appears (bench/bench_startup.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Run ``callback`` once, on the event-loop turn after the window's first paint.

    Work on a zero timer could run before the first paint; waiting for the paint makes the
    window appear as fast as an empty one, and the work follows. Hooks installed on the same
    window run in reverse order of installation (Qt calls the newest event filter first).
    """

    FALLBACK_MS = 300  # should a platform never send a paint event, run anyway

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._callback = callback
        self._done = False
        window.installEventFilter(self)
        QTimer.singleShot(self.FALLBACK_MS, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        if not self._done:
            self._done = True
            self._callback()


class FirstPaintQuit(QObject):
    """bench/: end the event loop in the first paint's own event filter."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            # exit(), not a queued quit: a zero timer would let the work queued by the same
            # paint (AfterFirstPaint) run first, and the figure would time it too.
            QCoreApplication.exit(0)
            watched.removeEventFilter(self)
        return False


class QuitWhenIdleAfterPaint(QObject):
    """bench/ "ready": end the event loop on the first idle turn after the tab on screen has
    been painted with its content, as the bare window ends after its own paint.

    Watched: the tab and every widget in it (a widget wholly covered by its children gets no
    paint event of its own). All of them are painted in one pass; the quit waits for the
    turn after it. A zero timer alone would end the loop before the content is drawn.
    """

    FALLBACK_MS = 10_000  # a platform that never paints must not keep the bench waiting

    def __init__(self, tab: QWidget) -> None:
        super().__init__(tab)
        self._watched = [tab, *tab.findChildren(QWidget)]
        for widget in self._watched:
            widget.installEventFilter(self)
        tab.update()
        self._fallback = QTimer(self, singleShot=True, interval=self.FALLBACK_MS)
        self._fallback.timeout.connect(QCoreApplication.quit)
        self._fallback.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._watched:
            for widget in self._watched:
                widget.removeEventFilter(self)
            self._watched = []
            self._fallback.stop()
            QTimer.singleShot(0, QCoreApplication.quit)
        return False
