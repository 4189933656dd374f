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


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setCentralWidget(QTabWidget())
    window.resize(1280, 800)
    mode = os.environ.get("OPVOEDAPP_EXIT_AFTER", "ready")
    if mode == "first-paint":
        watcher = _FirstPaintQuit(window)
        window.installEventFilter(watcher)
    window.show()
    if mode == "ready":
        QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
