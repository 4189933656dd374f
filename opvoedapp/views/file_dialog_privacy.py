"""Qt's file dialogs must not remember a folder named after a child.

QFileDialog keeps the last folder it visited and its recent folders in the user's
``QtProject.conf`` (group ``FileDialog``: ``lastVisited``, ``history``), written when the
dialog is destroyed. A nurse who saves a handout in a folder named after the child would leave
that name on disk. This module removes the whole group after every file dialog closes (the
dialog has saved by then), at start (a run that was killed) and when the program quits. The
group holds only view preferences besides those, so nothing the user needs is lost. The
folder is still remembered in memory for the rest of the session, which is where it belongs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer

from opvoedapp.views import app_events

QT_DIALOG_GROUP = "FileDialog"


def forget_visited_folders() -> None:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    if QT_DIALOG_GROUP in settings.childGroups():
        settings.remove(QT_DIALOG_GROUP)
        settings.sync()


def _forget_after_file_dialog(watched: QObject, event: QEvent) -> None:
    """Sees every file dialog close, however it was opened (static helpers included)."""
    # inherits(), not isinstance(): the check stays in C++, and importing QFileDialog
    # would create its Python enums at start-up for a dialog most runs never open.
    if watched.inherits("QFileDialog"):
        # The static helpers destroy the dialog (and save its settings) before control
        # returns to the event loop, so the zero timer runs after that save.
        QTimer.singleShot(0, forget_visited_folders)


def install(app: QCoreApplication) -> None:
    forget_visited_folders()
    app_events.on_event(app, QEvent.Type.Hide, _forget_after_file_dialog)
    app.aboutToQuit.connect(forget_visited_folders)
