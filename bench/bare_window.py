"""The reference: a bare PySide6 QMainWindow with a QTabWidget, started like Opvoedapp.

Honours the same OPVOEDAPP_EXIT_AFTER hook (first-paint / ready) so both are timed to the
same moment.
"""

import os
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget


class _FirstPaintQuit(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QCoreApplication.exit(0)  # as views/first_paint.FirstPaintQuit: the loop ends here
            watched.removeEventFilter(self)
        return False


class _QuitWhenIdleAfterPaint(QObject):
    """"ready": the first idle turn after the window has been painted, its content shown.

    A zero timer started at show() fires before the window's first paint on the offscreen
    platform: the reference then quit without ever drawing itself (OPVOEDAPP_BARE_READY=
    unpainted keeps that old behaviour, for comparison).
    """

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setCentralWidget(QTabWidget())
    window.resize(1280, 800)
    mode = os.environ.get("OPVOEDAPP_EXIT_AFTER", "ready")
    if mode == "first-paint":
        watcher = _FirstPaintQuit(window)
        window.installEventFilter(watcher)
    if mode == "ready" and os.environ.get("OPVOEDAPP_BARE_READY") != "unpainted":
        idle_after_paint = _QuitWhenIdleAfterPaint(window)
        window.installEventFilter(idle_after_paint)
    window.show()
    if mode == "ready" and os.environ.get("OPVOEDAPP_BARE_READY") == "unpainted":
        QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
