"""The main window: consult bar above four tabs, a menu, geometry and last tab remembered."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QStackedLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # the services arrive after the first paint
    from opvoedapp.services import Services


@dataclass(frozen=True)
class TabSpec:
    object_name: str
    title: str
    build: Callable[[Services], QWidget]


class LazyTab(QWidget):
    """Shows a short waiting text until content is there and the tab is first opened."""

    def __init__(self, spec: TabSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(spec.object_name)
        self.setAccessibleName(spec.title)
        self._stack = QStackedLayout(self)
        self.waiting = QLabel(self.tr("De richtlijn wordt geladen…"), self)
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting.setWordWrap(True)
        self._stack.addWidget(self.waiting)
        self.view: QWidget | None = None

    def build(self, services: Services) -> QWidget | None:
        if self.view is None:
            try:
                view = self.spec.build(services)
            except Exception:  # noqa: BLE001 — shown here, logged by the crash handler
                # Never a tab that says "wordt geladen" for good: say it failed, and let the
                # crash handler log it (types and places only) and tell the user.
                self.waiting.setText(self.tr(
                    "Dit onderdeel kon niet worden geladen door een fout in het programma. "
                    "De andere tabbladen werken nog; meld dit bij uw applicatiebeheerder."))
                sys.excepthook(*sys.exc_info())
                return None
            self.view = view
            self._stack.addWidget(self.view)
            self._stack.setCurrentWidget(self.view)
        return self.view


class MainWindow(QMainWindow):
    new_consult_requested = Signal()
    about_requested = Signal()
    handout_requested = Signal()
    profile_requested = Signal()
    search_requested = Signal()

    def __init__(self, tabs: list[TabSpec], settings: QSettings, consult_bar: QWidget) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.setWindowTitle(self.tr("Opvoedapp — richtlijn Opvoedingsondersteuning"))
        self._settings = settings
        self._services: Services | None = None

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 8)
        self.consult_bar = consult_bar
        layout.addWidget(consult_bar)
        self.tabs = QTabWidget(central)
        self.tabs.setObjectName("main-tabs")
        self.tabs.setAccessibleName(self.tr("Onderdelen van de richtlijn"))
        self.tabs.setDocumentMode(True)
        for spec in tabs:
            self.tabs.addTab(LazyTab(spec), spec.title)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._build_menu()
        self._restore()
        self.tabs.currentChanged.connect(self._on_tab_changed)

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        new_consult = QAction(self.tr("&Nieuw consult"), self)
        new_consult.setObjectName("action-new-consult")
        new_consult.setShortcut(QKeySequence.StandardKey.New)
        new_consult.triggered.connect(self.new_consult_requested)
        file_menu.addAction(new_consult)
        handout = QAction(self.tr("&Folder voor ouders…"), self)
        handout.setObjectName("action-handout")
        handout.setShortcut(QKeySequence("Ctrl+Shift+P"))
        handout.triggered.connect(self.handout_requested)
        file_menu.addAction(handout)
        profile = QAction(self.tr("&Organisatieprofiel…"), self)
        profile.setObjectName("action-profile")
        profile.triggered.connect(self.profile_requested)
        file_menu.addAction(profile)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Afsluiten"), self)
        quit_action.setObjectName("action-quit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.file_menu = file_menu

        search = QAction(self.tr("&Zoeken in de richtlijn…"), self)
        search.setObjectName("action-search")
        search.setShortcut(QKeySequence.StandardKey.Find)
        search.triggered.connect(self.search_requested)
        file_menu.insertAction(file_menu.actions()[0], search)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&Over Opvoedapp"), self)
        about.setObjectName("action-about")
        about.setShortcut(QKeySequence.StandardKey.HelpContents)
        about.triggered.connect(self.about_requested)
        help_menu.addAction(about)
        self.help_menu = help_menu

    def tab(self, object_name: str) -> LazyTab:
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if widget.objectName() == object_name:
                return widget  # type: ignore[return-value]
        raise KeyError(object_name)

    def show_tab(self, object_name: str) -> QWidget | None:
        tab = self.tab(object_name)
        self.tabs.setCurrentWidget(tab)
        return tab.view

    def jump_to(self, tab_name: str, kind: str, key: str) -> None:
        """Show a tab and, when its view knows how, the entry inside it (global search)."""
        view = self.show_tab(tab_name)
        if view is not None and hasattr(view, "show_entry"):
            view.show_entry(kind, key)

    def set_services(self, services: Services) -> None:
        """Content is loaded: build the tab on screen now, the others when first opened."""
        self._services = services
        self._on_tab_changed(self.tabs.currentIndex())

    def _on_tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if self._services is not None and isinstance(widget, LazyTab):
            widget.build(self._services)

    def _restore(self) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        last = self._settings.value("window/last_tab", "", type=str)
        for index in range(self.tabs.count()):
            if self.tabs.widget(index).objectName() == last:
                self.tabs.setCurrentIndex(index)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/last_tab", self.tabs.currentWidget().objectName())
        self._settings.sync()
        super().closeEvent(event)
