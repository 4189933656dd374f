"""What the main window's menus and signals open: search, profile, handout, feedback form,
help, about; and the messages the composition root shows when start-up goes wrong.

Each dialog's module is imported when it is first opened, never at start-up (QMessageBox
too: importing a Qt class creates its enums, and the window paints first).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from opvoedapp import tab_names
from opvoedapp.content.errors import GuidelineDatabaseError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from opvoedapp.content.repository import ContentRepository
    from opvoedapp.services import Services
    from opvoedapp.views.main_window import MainWindow


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


def open_handout(services: Services, window: QWidget) -> None:
    from opvoedapp.views.handout.opener import open_handout as open_dialog

    open_dialog(services, window)


def open_feedback_form(services: Services, window: MainWindow, path: Path | None = None) -> None:
    from opvoedapp.views.reflection import form_dialog

    # Her own Zelfreflectie, for a copy she may choose to keep: the tab's, when it is built.
    own = form_dialog.own_reflection(services.content, services.user_data_dir,
                                     window.tab(tab_names.REFLECTION).view)  # type: ignore[arg-type]
    if path is None:
        form_dialog.open_form_from_user(window, services.content, own)
    else:
        form_dialog.open_form_file(window, services.content, path, own=own)


def open_handout_for_consult(services: Services, window: QWidget) -> None:
    from opvoedapp.views.handout.for_consult import open_for_consult

    open_for_consult(services, window)


def show_help(parent: QWidget) -> None:
    from opvoedapp.views.help_dialog import HelpDialog

    dialog = HelpDialog(parent)
    dialog.exec()
    dialog.deleteLater()


def show_about(parent: QWidget, repo: ContentRepository, profile: object) -> None:
    from opvoedapp.views.about_dialog import AboutDialog

    dialog = AboutDialog(repo.meta, parent, profile, languages=repo.languages)
    dialog.exec()
    dialog.deleteLater()  # a child of the window: without this, one more per opening


def show_profile_warning(message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(None, "Organisatieprofiel niet gebruikt",
                        message + "\n\n" + ("Opvoedapp werkt zonder profiel: alle interventies "
                                                "worden getoond, geen enkele als lokaal aanbod."))


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
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, "Opvoedapp kan niet starten", message)
