"""The main window: consult bar above four tabs, a menu, geometry and last tab remembered.

Keys that work from anywhere in the window (the consult bar included) are window actions,
set up in ``_build_go_menu``; every top-level window is kept inside the screen
(``screen_fit``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

# screen_fit and style load QtCore's Qt namespace before the first paint anyway.
from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QMainWindow,
    QScrollArea,
    QStackedLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from opvoedapp.views import keyboard, screen_fit, style

if TYPE_CHECKING:  # the services arrive after the first paint
    from PySide6.QtGui import QCloseEvent

    from opvoedapp.services import Services


DEFAULT_SIZE = (1280, 800)


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
        # Centred without setAlignment where possible would save importing Qt's enums, but
        # the label must also carry a failure text (below), so it wraps and is centred.
        self.waiting = QLabel("De richtlijn wordt geladen…", self)
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting.setWordWrap(True)
        self._stack.addWidget(self.waiting)
        self.view: QWidget | None = None

    def build(self, services: Services) -> QWidget | None:
        if self.view is None:
            try:
                view = self.spec.build(services)
            except Exception:
                # Never a tab that says "wordt geladen" for good: say it failed, and let the
                # crash handler log it (types and places only) and tell the user.
                self.waiting.setText(
                    "Dit onderdeel kon niet worden geladen door een fout in het programma. "
                    "De andere tabbladen werken nog; meld dit bij uw applicatiebeheerder.")
                sys.excepthook(*sys.exc_info())
                return None
            self.view = view
            keyboard.tame_tab_keys(self.view)
            # No tab may force its minimum size on the window: if a view cannot shrink far
            # enough, it scrolls inside its tab instead of widening the window off screen.
            scroller = QScrollArea(self)
            scroller.setObjectName("tab-scroll")
            scroller.setFrameShape(QFrame.Shape.NoFrame)
            scroller.setWidgetResizable(True)
            scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            scroller.setWidget(self.view)
            self._stack.addWidget(scroller)
            self._stack.setCurrentWidget(scroller)
        return self.view


class MainWindow(QMainWindow):
    new_consult_requested = Signal()
    about_requested = Signal()
    handout_requested = Signal()
    profile_requested = Signal()
    search_requested = Signal()
    feedback_form_requested = Signal()  # Bestand → Feedbackformulier invullen… (reflection)
    help_requested = Signal()

    def __init__(self, tabs: list[TabSpec], settings: QSettings, consult_bar: QWidget,
                 defer_menus: bool = False) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.setWindowTitle("Opvoedapp — richtlijn Opvoedingsondersteuning")
        self._settings = settings
        self._services: Services | None = None

        app = QApplication.instance()
        if isinstance(app, QApplication):  # always, once a window exists; narrows the type
            screen_fit.install(app)
            style.apply_base_font(app)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 8)
        self.consult_bar = consult_bar
        layout.addWidget(consult_bar)
        self.tabs = QTabWidget(central)
        self.tabs.setObjectName("main-tabs")
        self.tabs.setAccessibleName("Onderdelen van de richtlijn")
        self.tabs.setDocumentMode(True)
        for spec in tabs:
            self.tabs.addTab(LazyTab(spec), spec.title)
        layout.addWidget(self.tabs, 1)
        keyboard.show_focus_on_tab_bar(self.tabs.tabBar())
        self.setCentralWidget(central)
        if hasattr(consult_bar, "handout_requested"):
            consult_bar.handout_requested.connect(self.handout_requested)
        # The menu titles are there from the first paint (nothing moves when the menus fill);
        # their actions and shortcuts come from finish_setup(), after that paint, when the
        # composition root asks for it (defer_menus); tests get a finished window at once.
        self.file_menu = self.menuBar().addMenu("&Bestand")
        self.go_menu = self.menuBar().addMenu("Ga &naar")
        self.help_menu = self.menuBar().addMenu("&Help")
        self._setup_finished = False
        if not defer_menus:
            self.finish_setup()
        self._restore()
        self.tabs.currentChanged.connect(self._on_tab_changed)

    def finish_setup(self) -> None:
        """What the first paint does not show: the menus' actions and their shortcuts."""
        if not self._setup_finished:
            self._setup_finished = True
            self._build_menu()
            self._build_go_menu()
            self._build_help_menu()

    def _build_menu(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        # setShortcuts, not setShortcut: PySide resolves setShortcut's overloads through its
        # signature module, which the first call loads (about 50 ms of start-up, bench/).
        file_menu = self.file_menu
        new_consult = QAction("&Nieuw consult", self)
        new_consult.setObjectName("action-new-consult")
        new_consult.setShortcuts(QKeySequence.StandardKey.New)
        new_consult.triggered.connect(self.new_consult_requested)
        file_menu.addAction(new_consult)
        handout = QAction("&Folder voor deze vraag…", self)
        handout.setObjectName("action-handout")
        handout.setShortcuts([QKeySequence("Ctrl+Shift+P")])
        handout.triggered.connect(self.handout_requested)
        file_menu.addAction(handout)
        profile = QAction("&Organisatieprofiel…", self)
        profile.setObjectName("action-profile")
        profile.triggered.connect(self.profile_requested)
        file_menu.addAction(profile)
        file_menu.addSeparator()
        quit_action = QAction("&Afsluiten", self)
        quit_action.setObjectName("action-quit")
        quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.file_menu = file_menu

        search = QAction("&Zoeken in de richtlijn…", self)
        search.setObjectName("action-search")
        search.setShortcuts(QKeySequence.StandardKey.Find)
        search.triggered.connect(self.search_requested)
        file_menu.insertAction(file_menu.actions()[0], search)

        # -- Zelfreflectie (engineer "reflection"): a colleague fills in a feedback form ------
        fill_form = QAction("Feedbackformulier &invullen…", self)
        fill_form.setObjectName("action-fill-feedback-form")
        fill_form.triggered.connect(self.feedback_form_requested)
        file_menu.insertAction(quit_action, fill_form)
        file_menu.insertSeparator(quit_action)
        # -- end Zelfreflectie ------------------------------------------------------------

    def _build_go_menu(self) -> None:
        """Tabs by Ctrl+1…4 and Ctrl+(Shift+)Tab, and the safety route: from anywhere."""
        from PySide6.QtGui import QAction, QKeySequence

        go_menu = self.go_menu
        for index in range(self.tabs.count()):
            action = QAction(f"&{index + 1}  {self.tabs.tabText(index)}", self)
            action.setObjectName(f"action-tab-{index + 1}")
            action.setShortcuts([QKeySequence(f"Ctrl+{index + 1}")])
            action.triggered.connect(lambda _=False, i=index: self.go_to_tab(i))
            go_menu.addAction(action)
        for name, keys, step in (("action-next-tab", "Ctrl+Tab", 1),
                                 ("action-previous-tab", "Ctrl+Shift+Tab", -1)):
            action = QAction("Volgende tab" if step > 0 else "Vorige tab", self)
            action.setObjectName(name)
            action.setShortcuts([QKeySequence(keys),
                                 QKeySequence("Ctrl+PgDown" if step > 0 else "Ctrl+PgUp")])
            action.triggered.connect(lambda _=False, s=step: self._step_tab(s))
            go_menu.addAction(action)
        go_menu.addSeparator()
        safety = QAction("⚠ &Veiligheid kind in het geding", self)
        safety.setObjectName("action-safety")
        safety.setShortcuts([QKeySequence("Ctrl+Shift+V")])
        safety.triggered.connect(self.take_safety_route)
        go_menu.addAction(safety)

    def _build_help_menu(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        help_menu = self.help_menu
        guide = QAction("&Hulp bij Opvoedapp", self)
        guide.setObjectName("action-help")
        guide.setShortcuts(QKeySequence.StandardKey.HelpContents)
        guide.triggered.connect(self.help_requested)
        help_menu.addAction(guide)
        about = QAction("&Over Opvoedapp", self)
        about.setObjectName("action-about")
        about.triggered.connect(self.about_requested)
        help_menu.addAction(about)
        self.help_menu = help_menu

    def go_to_tab(self, index: int) -> None:
        """Show the tab and put the keyboard in it, so its own keys (digits, 1-4) work."""
        self.tabs.setCurrentIndex(index)
        view = self.tabs.widget(index).view
        if view is not None:
            first = view.nextInFocusChain()
            while first is not view and not (first.isVisible() and first.isEnabled()
                                             and first.focusPolicy() & Qt.FocusPolicy.TabFocus):
                first = first.nextInFocusChain()
            (first if first is not view else view).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def take_safety_route(self) -> None:
        """The Beslisschema's safety route, from whichever tab or field the nurse is in."""
        view = self.show_tab("tab-beslisschema")
        if view is not None and hasattr(view, "to_safety"):
            view.to_safety()

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
        app = QApplication.instance()
        if isinstance(app, QApplication):  # always, once a window exists; narrows the type
            style.apply_focus_ring(app)
        self._on_tab_changed(self.tabs.currentIndex())

    def _on_tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if self._services is not None and isinstance(widget, LazyTab):
            widget.build(self._services)

    def _restore(self) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self._first_geometry()
        else:
            # A geometry saved on a bigger screen must not hang off this one.
            screen_fit.fit_to_screen(self)
        last = self._settings.value("window/last_tab", "", type=str)
        for index in range(self.tabs.count()):
            if self.tabs.widget(index).objectName() == last:
                self.tabs.setCurrentIndex(index)

    def _first_geometry(self) -> None:
        """1280x800 where that fits; on a smaller screen (a 1366x768 laptop, 150 % scaling)
        the window opens maximised, and un-maximised it still fits."""
        fits = screen_fit.place_centred(self, DEFAULT_SIZE)
        if not fits:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/last_tab", self.tabs.currentWidget().objectName())
        self._settings.sync()
        super().closeEvent(event)
