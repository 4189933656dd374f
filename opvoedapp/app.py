"""Composition root: Qt application, content database, user-data folder, main window.

The window is shown before the database is opened so it appears as fast as an empty one;
content arrives on the first turn of the event loop.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from opvoedapp import APP_NAME, ORGANISATION_NAME, tab_names
from opvoedapp.consult import ConsultState
from opvoedapp.content.errors import GuidelineDatabaseError
from opvoedapp.crash import install_crash_handler
from opvoedapp.i18n import install_dutch_translations
from opvoedapp.launch_args import database_argument, form_argument
from opvoedapp.paths import guideline_database_path, user_data_dir
from opvoedapp.views.consult_bar import ConsultBar
from opvoedapp.views.main_window import MainWindow, TabSpec

if TYPE_CHECKING:
    from opvoedapp.content.repository import ContentRepository
    from opvoedapp.services import Services

EXIT_CONTENT_ERROR = 2
# For bench/run.py: quit after the first paint of the window, or once content is shown and
# the event loop is idle. Measuring hooks only; they change nothing else.
BENCH_EXIT_ENV = "OPVOEDAPP_EXIT_AFTER"


def tab_specs() -> list[TabSpec]:
    return [
        TabSpec(tab_names.SCHEME, "Beslisschema", _scheme_tab),
        TabSpec(tab_names.AGE_PHASES, "Leeftijdsfasen", _age_phases_tab),
        TabSpec(tab_names.INTERVENTIONS, "Interventies", _interventions_tab),
        TabSpec(tab_names.REFLECTION, "Zelfreflectie", _reflection_tab),
    ]


def _age_phases_tab(services: Services) -> QWidget:
    from opvoedapp.views.age_phases.age_phases_view import AgePhasesView

    return AgePhasesView(services.content, services.consult, services.basket)


def _interventions_tab(services: Services) -> QWidget:
    from opvoedapp.views.interventions.interventions_view import InterventionsView

    return InterventionsView(services.content, services.consult, services.offer,
                             services.basket)


def _reflection_tab(services: Services) -> QWidget:
    from opvoedapp.views.reflection.reflection_view import ReflectionView

    return ReflectionView(services.content, services.user_data_dir)


def _scheme_tab(services: Services) -> QWidget:
    from opvoedapp.views.scheme.scheme_view import SchemeView

    return SchemeView(services.content, services.consult, services.offer, services.basket)


def build_window(settings: QSettings, consult: ConsultState,
                 defer_menus: bool = False) -> MainWindow:
    """The window as first painted; with ``defer_menus`` its menus' actions wait for
    ``window.finish_setup()`` (run() calls it after the first paint)."""
    bar = ConsultBar(consult)
    window = MainWindow(tab_specs(), settings, bar, defer_menus=defer_menus)
    window.new_consult_requested.connect(consult.clear)
    return window


def load_content(window: MainWindow, consult: ConsultState, db_path: Path,
                 data_dir: Path) -> Services:
    """Open the database and hand it to the window; raises GuidelineDatabaseError.

    Imported here, not at the top: the window paints first, content follows (bench/).
    """
    from opvoedapp.content.database import open_guideline_database
    from opvoedapp.content.repository import ContentRepository
    from opvoedapp.profile.for_content import find_and_load
    from opvoedapp.services import Services
    from opvoedapp.state.handout_basket import HandoutBasket
    from opvoedapp.state.offer_state import OfferState

    repo = ContentRepository(open_guideline_database(db_path))
    basket = HandoutBasket(window)
    consult.cleared.connect(basket.clear)
    basket.follow(consult)
    profile, profile_error = find_and_load(repo)
    offer = OfferState(window)
    offer.set_offer(profile.offer_map() if profile else None)
    services = Services(content=repo, consult=consult, user_data_dir=data_dir, basket=basket,
                        offer=offer, profile=profile, profile_error=profile_error)
    window.consult_bar.set_questions(repo.questions)  # type: ignore[attr-defined]
    window.consult_bar.set_bands(repo.age_phases, repo.age_groups)  # type: ignore[attr-defined]
    # services.profile, read when asked: an edit in Organisatieprofiel replaces it.
    window.about_requested.connect(lambda: _show_about(window, repo, services.profile))
    basket.open_requested.connect(lambda: _open_handout(services, window))
    window.handout_requested.connect(lambda: _open_handout_for_consult(services, window))
    window.help_requested.connect(lambda: _show_help(window))
    window.profile_requested.connect(lambda: edit_profile(services, window))
    search_index: list = []  # built on the first Ctrl+F, kept for the rest of the run
    window.search_requested.connect(lambda: open_search(services, window, search_index))
    window.feedback_form_requested.connect(lambda: _open_feedback_form(services, window))
    window.set_services(services)
    return services


def open_search(services: Services, window: MainWindow, cache: list) -> None:
    from opvoedapp.search.index import build_index
    from opvoedapp.views.search_dialog import SearchDialog

    if not cache:
        cache.append(build_index(services.content))
    dialog = SearchDialog(cache[0], lambda e: window.jump_to(e.tab, e.kind, e.key), window)
    dialog.exec()
    dialog.deleteLater()


def edit_profile(services: Services, window: QWidget) -> None:
    from opvoedapp.profile.location import user_profile_path
    from opvoedapp.views.profile_dialog import ProfileDialog

    dialog = ProfileDialog(services.content, services.profile, user_profile_path(), window)
    if dialog.exec() and dialog.saved is not None:
        services.profile = dialog.saved
        services.profile_error = ""
        services.offer.set_offer(dialog.saved.offer_map())
    dialog.deleteLater()


def _open_handout(services: Services, window: QWidget) -> None:
    from opvoedapp.views.handout.opener import open_handout

    open_handout(services, window)


def _open_feedback_form(services: Services, window: QWidget, path: Path | None = None) -> None:
    from opvoedapp.views.reflection import form_dialog

    # Her own Zelfreflectie, for a copy she may choose to keep: the tab's, when it is built.
    own = form_dialog.own_reflection(services.content, services.user_data_dir,
                                     window.tab(tab_names.REFLECTION).view)  # type: ignore[attr-defined]
    if path is None:
        form_dialog.open_form_from_user(window, services.content, own)
    else:
        form_dialog.open_form_file(window, services.content, path, own=own)


def _open_handout_for_consult(services: Services, window: QWidget) -> None:
    from opvoedapp.views.handout.for_consult import open_for_consult

    open_for_consult(services, window)


def _show_help(parent: QWidget) -> None:
    from opvoedapp.views.help_dialog import HelpDialog

    dialog = HelpDialog(parent)
    dialog.exec()
    dialog.deleteLater()


def _show_about(parent: QWidget, repo: ContentRepository, profile: object) -> None:
    from opvoedapp.views.about_dialog import AboutDialog

    dialog = AboutDialog(repo.meta, parent, profile)
    dialog.exec()
    dialog.deleteLater()  # a child of the window: without this, one more per opening


def show_profile_warning(message: str) -> None:
    QMessageBox.warning(None, "Organisatieprofiel niet gebruikt",
                        message + "\n\n" + ("Opvoedapp werkt zonder profiel: alle interventies "
                                                "worden getoond, geen enkele als lokaal aanbod."))


def _protect_privacy(app: QCoreApplication) -> None:
    """Nothing about a child outlives the run: Qt's remembered folders, a killed run's copy."""
    from opvoedapp.views import file_dialog_privacy
    from opvoedapp.views.handout.temporary_copy import sweep_stale

    file_dialog_privacy.install(app)
    sweep_stale()


def content_failure_message(exc: Exception) -> str:
    """The Dutch message for content that did not load; our own bug is logged, technically.

    Without content no tab can work, so the caller ends the program with this message rather
    than leave tabs waiting for ever.
    """
    if isinstance(exc, GuidelineDatabaseError):
        return exc.message
    from opvoedapp.crash import log_unexpected

    log_unexpected(exc)
    return ("De richtlijn kon niet worden geladen door een fout in het programma. "
               "Meld dit bij uw applicatiebeheerder; technische details staan in het "
               "logbestand van Opvoedapp.")


def show_startup_error(message: str) -> None:
    QMessageBox.critical(None, "Opvoedapp kan niet starten", message)


class _AfterFirstPaint(QObject):
    """Run ``callback`` once, on the event-loop turn after the window's first paint.

    Loading content on a zero timer could run before the first paint; waiting for the paint
    makes the window appear as fast as an empty one, then the content follows.
    """

    FALLBACK_MS = 300  # should a platform never send a paint event, load anyway

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._callback = callback
        self._done = False
        window.installEventFilter(self)
        QTimer.singleShot(self.FALLBACK_MS, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        if not self._done:
            self._done = True
            self._callback()


class _FirstPaintQuit(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            # exit(), not a queued quit: a zero timer would let the content load (queued by
            # the same paint) run first, and the figure would time the load too.
            QCoreApplication.exit(0)
            watched.removeEventFilter(self)
        return False


def run(argv: list[str], report_error: Callable[[str], None] = show_startup_error,
        report_warning: Callable[[str], None] = show_profile_warning) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationName(APP_NAME)
    install_dutch_translations(app)
    data_dir = user_data_dir()
    install_crash_handler(data_dir)
    _protect_privacy(app)
    consult = ConsultState()
    window = build_window(QSettings(), consult, defer_menus=True)
    bench_exit = os.environ.get(BENCH_EXIT_ENV, "")
    exit_code = 0

    def load() -> None:
        nonlocal exit_code
        try:
            services = load_content(window, consult,
                                    database_argument(argv) or guideline_database_path(),
                                    data_dir)
        except Exception as exc:
            window.hide()
            report_error(content_failure_message(exc))
            exit_code = EXIT_CONTENT_ERROR
            app.quit()
            return
        if services.profile_error:
            # Not fatal: the nurse can work without the local offer; the manager must know.
            QTimer.singleShot(0, lambda: report_warning(services.profile_error))
        if bench_exit == "ready":
            QTimer.singleShot(0, app.quit)
        form = form_argument(argv)  # `opvoedapp FORMULIER.json` (a double-click)
        if form is not None:
            QTimer.singleShot(0, lambda: _open_feedback_form(services, window, form))

    _AfterFirstPaint(window, load)
    # Installed after the load's, so it runs before it: menus and shortcuts first (bench/).
    _AfterFirstPaint(window, window.finish_setup)
    if bench_exit == "first-paint":
        # Installed last, so it sees the paint first and its quit is queued before the load.
        window.installEventFilter(_FirstPaintQuit(window))
    window.show()
    result = app.exec()
    # app.quit() closes the window, and closing the last window posts one more Quit event
    # that the loop, already leaving, never handles. Left queued it would be delivered by
    # whatever event processing comes next in this process (a test, an in-process caller)
    # and leave Qt told to quit: every later exec() and modal dialog would return at once.
    QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
    return exit_code or result
