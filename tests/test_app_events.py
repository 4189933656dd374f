"""The guards that must see every window share one application-wide event filter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QDialog

from opvoedapp.views import app_events, file_dialog_privacy, screen_fit


def test_screen_fit_and_privacy_share_one_filter(qtbot) -> None:
    app = QApplication.instance()
    screen_fit.install(app)
    file_dialog_privacy.install(app)
    file_dialog_privacy.install(app)  # a second install adds nothing
    assert app_events.filters_installed(app) == 1
    guards = app_events._dispatchers[id(app)].guards
    ours = sorted(kind.name for kind, guard in guards
                  if guard.__module__ in (screen_fit.__name__, file_dialog_privacy.__name__))
    assert ours == ["Hide", "Show"]


def test_each_guard_sees_only_its_events_once(qtbot) -> None:
    app = QApplication.instance()
    seen: list[tuple[str, str]] = []

    def on_show(watched: QObject, event: QEvent) -> None:
        if watched.objectName() == "app-events-probe":
            seen.append(("show", event.type().name))

    def on_hide(watched: QObject, event: QEvent) -> None:
        if watched.objectName() == "app-events-probe":
            seen.append(("hide", event.type().name))

    app_events.on_event(app, QEvent.Type.Show, on_show)
    app_events.on_event(app, QEvent.Type.Show, on_show)  # registered once
    app_events.on_event(app, QEvent.Type.Hide, on_hide)
    dialog = QDialog()
    dialog.setObjectName("app-events-probe")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.hide()
    assert seen == [("show", "Show"), ("hide", "Hide")]
    assert app_events.filters_installed(app) == 1
