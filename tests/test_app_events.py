"""Every modal window is found through the windows it blocks, without a filter on the
application (views/app_events.py): dialogs opened over the main window, and the windows Qt
opens over those itself, such as a file dialog's own question."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QVBoxLayout, QWidget

from opvoedapp.views import app_events, file_dialog_privacy, screen_fit

PREFIX = "app-events-probe"


def _close_when_modal(name: str, then=None) -> None:
    """Once ``name`` is the modal window: run ``then`` (which may open another), close it."""
    def check() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or modal.objectName() != name:
            QTimer.singleShot(5, check)
            return
        if then is not None:
            then(modal)
        modal.reject()
    QTimer.singleShot(0, check)


def test_modal_windows_are_found_before_showing_nested_ones_too(qtbot) -> None:
    app = QApplication.instance()
    events: list[tuple[str, str, bool]] = []

    def shown(window: QWidget) -> None:
        if window.objectName().startswith(PREFIX):
            handle = window.windowHandle()
            events.append(("shown", window.objectName(),
                           handle is not None and handle.isExposed()))

    def closed() -> None:
        events.append(("closed", "", False))

    app_events.on_modal_shown(app, shown)
    app_events.on_modal_shown(app, shown)  # registered once
    app_events.on_modal_closed(app, closed)
    main = QWidget()
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    app_events.guard_window(main)

    def open_nested(first: QWidget) -> None:
        inner = QWidget(first)  # a dialog's parent is often a widget inside a window
        first.layout().addWidget(inner)
        nested = QDialog(inner)
        nested.setObjectName(f"{PREFIX}-nested")
        _close_when_modal(nested.objectName())
        nested.exec()

    other = QWidget()  # a second guarded window: blocked too, the dialog is handled once
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    app_events.guard_window(other)
    first = QDialog(main)
    first.setObjectName(f"{PREFIX}-first")
    QVBoxLayout(first)
    for _showing in range(2):  # shown again: handled again
        _close_when_modal(first.objectName(), open_nested)
        first.exec()
    found = [e for e in events if e[0] == "shown"]
    assert found == 2 * [("shown", f"{PREFIX}-first", False),
                         ("shown", f"{PREFIX}-nested", False)]
    assert [e[0] for e in events].count("closed") >= 4  # each nested one, then the first


def test_the_screen_fit_and_privacy_watch_the_main_window_only(qtbot) -> None:
    """No application-wide event filter: the guards watch the windows they are given."""
    app = QApplication.instance()
    main = QWidget()
    qtbot.addWidget(main)
    screen_fit.install(app, (main,))
    file_dialog_privacy.install(app)
    assert main.property("opvoedapp-guarded") is True
    assert app.property("opvoedapp-screen-fit") is True
    probe = QDialog(main)
    qtbot.addWidget(probe)
    assert probe.property("opvoedapp-guarded") is None  # found when shown, not before
