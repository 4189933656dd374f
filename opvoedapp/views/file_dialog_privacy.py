"""Qt's file dialogs must not remember a folder named after a child.

QFileDialog keeps the last folder it visited and its recent folders in the user's
``QtProject.conf`` (group ``FileDialog``: ``lastVisited``, ``history``), written when the
dialog is destroyed. A nurse who saves a handout in a folder named after the child would leave
that name on disk. This module removes the whole group after every modal window closes (every
file dialog is one, however it was opened, and has saved by then; ``app_events``), at start
(a run that was killed) and when the program quits. The
group holds only view preferences besides those, so nothing the user needs is lost. The
folder is still remembered in memory for the rest of the session, which is where it belongs.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from opvoedapp.views import app_events

QT_DIALOG_GROUP = "FileDialog"


def forget_visited_folders() -> None:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    if QT_DIALOG_GROUP in settings.childGroups():
        settings.remove(QT_DIALOG_GROUP)
        settings.sync()


def _forget_soon() -> None:
    # After any modal window closes (file dialogs are modal, Qt's print dialog opens its
    # own): a static helper destroys its dialog, which saves the folders, before control
    # returns to the event loop, so the zero timer runs after that save.
    QTimer.singleShot(0, forget_visited_folders)


def install(app: QApplication) -> None:
    forget_visited_folders()
    app_events.on_modal_closed(app, _forget_soon)
    app.aboutToQuit.connect(forget_visited_folders)
