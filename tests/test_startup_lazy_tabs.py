"""Start-up as the program runs it (``app.run``): the window is painted first, only the tab on
screen is built with the content, and every other tab is there the moment its key is pressed.
Keys are real key events (``QTest.keyClick``) to the widget with the focus.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from conftest import GUIDELINE_DB
from opvoedapp import app
from opvoedapp.views.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def _focus_target(window: MainWindow, qtbot) -> QWidget:
    # The offscreen platform has no window manager to give the window the keyboard.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return QApplication.focusWidget() or window


def _run_with(monkeypatch, before_load=None, after_load=None) -> int:
    """app.run with hooks around the real content load (the turn after the first paint)."""
    real_load = app.load_content

    def load(window, consult, db_path, data_dir):
        if before_load is not None:
            before_load(window, consult)
        services = real_load(window, consult, db_path, data_dir)
        if after_load is not None:
            QTimer.singleShot(0, lambda: after_load(window, services))
        return services

    monkeypatch.setattr(app, "load_content", load)
    return app.run(["--database", str(GUIDELINE_DB)])


def test_only_the_tab_on_screen_is_built_and_each_other_is_there_at_its_key(
        qtbot, monkeypatch) -> None:
    seen: dict[str, object] = {}

    def drive(window: MainWindow, _services) -> None:
        try:
            current = window.tabs.currentIndex()
            seen["built"] = [window.tab_at(i).view is not None for i in range(4)]
            seen["current"] = current
            for index in (i for i in range(4) if i != current):
                QTest.keyClick(_focus_target(window, qtbot), Qt.Key(Qt.Key.Key_1 + index),
                               CTRL)
                # No waiting: the view is built by the key's own handling.
                view = window.tab_at(index).view
                seen[f"tab {index + 1}"] = (window.tabs.currentIndex() == index
                                            and view is not None and view.isVisible()
                                            and view.isAncestorOf(QApplication.focusWidget()))
        finally:
            window.close()

    assert _run_with(monkeypatch, after_load=drive) == 0
    current = seen["current"]
    assert seen["built"] == [i == current for i in range(4)]
    for index in (i for i in range(4) if i != current):
        assert seen[f"tab {index + 1}"] is True, index + 1


def test_the_consult_bar_and_the_menus_take_keys_before_the_content_is_there(
        qtbot, monkeypatch) -> None:
    seen: dict[str, object] = {}

    def type_age(window: MainWindow, consult) -> None:
        # The first turn after the first paint: menus are set up, the content not yet read.
        seen["menus"] = [a.objectName() for a in window.file_menu.actions()]
        years = window.consult_bar.years
        years.setFocus()
        QTest.keyClicks(years, "3")
        seen["age"] = consult.age_months

    def check(window: MainWindow, services) -> None:
        seen["kept"] = services.consult.age_months
        QTest.keyClick(_focus_target(window, qtbot), Qt.Key.Key_N, CTRL)  # Nieuw consult
        seen["cleared"] = services.consult.age_months
        window.close()

    assert _run_with(monkeypatch, before_load=type_age, after_load=check) == 0
    assert "action-new-consult" in seen["menus"]
    assert seen["age"] == 36 and seen["kept"] == 36
    assert seen["cleared"] is None
