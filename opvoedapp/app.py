"""Composition root: Qt application, content database, user-data folder, main window.

The start-up sequence (docs/architecture.md, "Start-up"): the window is built and shown
with nothing it does not paint; on the event-loop turn after its first paint come the menus'
actions, then the content and the tab on screen, then what only guards later work (the
screen fit of later windows, privacy filters, the sweep of a killed run's temporary copy).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer
from PySide6.QtWidgets import QApplication

# pyside_feature_scan first: every module imported after it is looked at without linecache.
from opvoedapp import APP_NAME, ORGANISATION_NAME, pyside_feature_scan  # noqa: F401
from opvoedapp.consult import ConsultState
from opvoedapp.crash import install_crash_handler
from opvoedapp.i18n import install_dutch_translations
from opvoedapp.launch_args import database_argument, form_argument
from opvoedapp.paths import guideline_database_path, user_data_dir
from opvoedapp.views import app_dialogs
from opvoedapp.views.app_dialogs import (
    content_failure_message,
    show_profile_warning,
    show_startup_error,
)
from opvoedapp.views.consult_bar import ConsultBar
from opvoedapp.views.first_paint import AfterFirstPaint, FirstPaintQuit, QuitWhenIdleAfterPaint
from opvoedapp.views.main_window import MainWindow
from opvoedapp.views.tab_builders import tab_specs

if TYPE_CHECKING:
    from opvoedapp.content.repository import ContentRepository
    from opvoedapp.profile.model import OrganisationProfile
    from opvoedapp.services import Services

__all__ = ["BENCH_EXIT_ENV", "EXIT_CONTENT_ERROR", "build_window", "content_failure_message",
           "load_content", "run", "show_profile_warning", "show_startup_error", "tab_specs"]

EXIT_CONTENT_ERROR = 2
# For bench/run.py: quit after the first paint of the window, or once content is shown and
# the event loop is idle. Measuring hooks only; they change nothing else.
BENCH_EXIT_ENV = "OPVOEDAPP_EXIT_AFTER"


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
    from opvoedapp.profile.location import profile_path
    from opvoedapp.services import Services
    from opvoedapp.state.handout_basket import HandoutBasket
    from opvoedapp.state.offer_state import OfferState

    repo = ContentRepository(open_guideline_database(db_path))
    basket = HandoutBasket(window)
    consult.cleared.connect(basket.clear)
    basket.follow(consult)
    profile, profile_error = _load_profile(repo, profile_path())
    offer = OfferState(window)
    offer.set_offer(profile.offer_map() if profile else None)
    services = Services(content=repo, consult=consult, user_data_dir=data_dir, basket=basket,
                        offer=offer, profile=profile, profile_error=profile_error)
    window.consult_bar.set_questions(repo.questions)  # type: ignore[attr-defined]
    window.consult_bar.set_bands(repo.age_phases, repo.age_groups)  # type: ignore[attr-defined]
    _connect_dialogs(window, services)
    window.set_services(services)
    return services


def _load_profile(repo: ContentRepository, path: Path | None) -> tuple[OrganisationProfile | None,
                                                                       str]:
    """The organisation profile, if there is one. Most workstations have none: then the
    reader (TOML, name folding: ~15 ms of imports) is not loaded at all (bench/)."""
    if path is None:
        return None, ""
    from opvoedapp.profile.for_content import find_and_load

    return find_and_load(repo, path)


def _connect_dialogs(window: MainWindow, services: Services) -> None:
    # services.profile, read when asked: an edit in Organisatieprofiel replaces it.
    window.about_requested.connect(
        lambda: app_dialogs.show_about(window, services.content, services.profile))
    services.basket.open_requested.connect(lambda: app_dialogs.open_handout(services, window))
    window.handout_requested.connect(
        lambda: app_dialogs.open_handout_for_consult(services, window))
    window.help_requested.connect(lambda: app_dialogs.show_help(window))
    window.profile_requested.connect(lambda: app_dialogs.edit_profile(services, window))
    search_index: list = []  # built on the first Ctrl+F, kept for the rest of the run
    window.search_requested.connect(
        lambda: app_dialogs.open_search(services, window, search_index))
    window.feedback_form_requested.connect(
        lambda: app_dialogs.open_feedback_form(services, window))


def _protect_privacy(app: QApplication) -> None:
    """Nothing about a child outlives the run: Qt's remembered folders, a killed run's copy.

    After the first paint: no file dialog can open before it, and the sweep of a killed
    run's copy does not need to hold up the window (its imports cost ~15 ms, bench/).
    """
    from opvoedapp.views import file_dialog_privacy
    from opvoedapp.views.handout.temporary_copy import sweep_stale

    file_dialog_privacy.install(app)
    sweep_stale()


def run(argv: list[str], report_error: Callable[[str], None] = show_startup_error,
        report_warning: Callable[[str], None] = show_profile_warning) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationName(APP_NAME)
    install_dutch_translations(app)
    data_dir = user_data_dir()
    install_crash_handler(data_dir)
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
            window.fit_later_windows()  # the message must fit the screen too
            report_error(content_failure_message(exc))
            exit_code = EXIT_CONTENT_ERROR
            app.quit()
            return
        if services.profile_error:
            # Not fatal: the nurse can work without the local offer; the manager must know.
            QTimer.singleShot(0, lambda: report_warning(services.profile_error))
        if bench_exit == "ready":
            QuitWhenIdleAfterPaint(window.tabs.currentWidget())
        form = form_argument(argv)  # `opvoedapp FORMULIER.json` (a double-click)
        if form is not None:
            QTimer.singleShot(
                0, lambda: app_dialogs.open_feedback_form(services, window, form))

    def after_first_paint() -> None:
        # Menus and shortcuts first (a key typed at once must work), then the content and
        # the tab on screen, then the guards only later windows need: the screen fit and
        # the privacy of file dialogs.
        window.finish_setup()
        load()
        window.fit_later_windows()
        if isinstance(app, QApplication):  # always: it was made as one above
            _protect_privacy(app)

    AfterFirstPaint(window, after_first_paint)
    if bench_exit == "first-paint":
        # Installed last, so it sees the paint first and ends the loop before the work above.
        window.installEventFilter(FirstPaintQuit(window))
    window.show()
    result = app.exec()
    # app.quit() closes the window, and closing the last window posts one more Quit event
    # that the loop, already leaving, never handles. Left queued it would be delivered by
    # whatever event processing comes next in this process (a test, an in-process caller)
    # and leave Qt told to quit: every later exec() and modal dialog would return at once.
    QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
    return exit_code or result
