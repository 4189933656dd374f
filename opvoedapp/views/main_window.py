"""The main window: consult bar above four tabs, a menu, geometry and last tab remembered.

Everything here runs before the first paint, so it imports no more than it paints: the
menus' actions come later (``views/window_menus.py``, via ``finish_setup``), each tab's view
when first shown (``views/lazy_tab.py``), and Qt's ``Qt`` namespace only in methods that run
after the first paint (its first use creates ~90 enums, about 50 ms; bench/bench_startup.py).
Every top-level window is kept inside the screen (``screen_fit``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from opvoedapp.views import keyboard, screen_fit, style
from opvoedapp.views.lazy_tab import LazyTab, TabSpec

if TYPE_CHECKING:  # the services arrive after the first paint
    from PySide6.QtGui import QCloseEvent

    from opvoedapp.services import Services

__all__ = ["DEFAULT_SIZE", "LazyTab", "MainWindow", "TabSpec"]

DEFAULT_SIZE = (1280, 800)


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
        self._maximise_on_show = False

        app = QApplication.instance()
        if isinstance(app, QApplication):  # always, once a window exists; narrows the type
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
            self.fit_later_windows()
        self._restore()
        self.tabs.currentChanged.connect(self._on_tab_changed)

    def finish_setup(self) -> None:
        """What the first paint does not show: the menus' actions and their shortcuts."""
        if not self._setup_finished:
            self._setup_finished = True
            from opvoedapp.views import window_menus

            window_menus.build_file_menu(self)
            window_menus.build_go_menu(self)
            window_menus.build_help_menu(self)

    def fit_later_windows(self) -> None:
        """The screen fit of every window and dialog shown from now on (``screen_fit``).

        Installed once the content is shown (app.run): nothing can show a window before
        then except an error message, and those paths install it first. It watches this
        window for the modal windows shown over it (``app_events``), not every event of the
        application. This window itself is fitted by ``_restore`` before it is shown.
        """
        app = QApplication.instance()
        if isinstance(app, QApplication):
            screen_fit.install(app, (self,))

    def go_to_tab(self, index: int) -> None:
        """Show the tab and put the keyboard in it, so its own keys (digits, 1-4) work."""
        from PySide6.QtCore import Qt

        self.tabs.setCurrentIndex(index)
        view = self.tab_at(index).view
        if view is not None:
            first = view.nextInFocusChain()
            while first is not view and not (first.isVisible() and first.isEnabled()
                                             and first.focusPolicy() & Qt.FocusPolicy.TabFocus):
                first = first.nextInFocusChain()
            (first if first is not view else view).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def take_safety_route(self) -> None:
        """The Beslisschema's safety route, from whichever tab or field the nurse is in."""
        view = self.show_tab("tab-beslisschema")
        if view is not None and hasattr(view, "to_safety"):
            view.to_safety()

    def tab_at(self, index: int) -> LazyTab:
        return self.tabs.widget(index)  # type: ignore[return-value]  # only LazyTabs

    def tab(self, object_name: str) -> LazyTab:
        for index in range(self.tabs.count()):
            if self.tab_at(index).objectName() == object_name:
                return self.tab_at(index)
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
        # Maximised by showMaximized() when shown (setVisible): setWindowState would need
        # Qt.WindowState, whose namespace costs ~50 ms before the first paint (bench/).
        self._maximise_on_show = not fits

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt override (show() calls it)
        if visible and self._maximise_on_show:
            self._maximise_on_show = False
            self.showMaximized()  # sets the state, then calls setVisible(True) again
            return
        super().setVisible(visible)

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        # Written only when changed: most days the window closes as it opened, and a write
        # (a new file, two fdatasync calls and a rename) would be paid at every quit.
        remembered = {"window/geometry": self.saveGeometry(),
                      "window/last_tab": self.tabs.currentWidget().objectName()}
        changed = {key: value for key, value in remembered.items()
                   if self._settings.value(key) != value}
        for key, value in changed.items():
            self._settings.setValue(key, value)
        if changed:
            self._settings.sync()
        super().closeEvent(event)
