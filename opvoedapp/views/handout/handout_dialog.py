"""The handout dialog: pick and order the parts, add a note, see the exact PDF, print or save.

It is the program's one PDF preview dialog (``views/pdf_dialog.py``) with the parts panel
beside the preview and an "Openen in PDF-lezer" action.

The addressee name lives only in this dialog's field for one print; it is not written to any
setting, file or log (tests check).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

from opvoedapp.content.repository import ContentRepository
from opvoedapp.documents.handout_data import HandoutData, handout_data
from opvoedapp.documents.handout_pdf import build_handout_pdf
from opvoedapp.handout_request import HandoutRequest
from opvoedapp.profile.model import OrganisationProfile
from opvoedapp.views.handout import temporary_copy
from opvoedapp.views.handout.language_choice import LanguageChoice
from opvoedapp.views.handout.parts_panel import PartsPanel
from opvoedapp.views.handout.preview_builder import PreviewBuilder
from opvoedapp.views.pdf_dialog import PdfPreviewDialog


def _open_with_system(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class HandoutDialog(PdfPreviewDialog):
    def __init__(self, content: ContentRepository, request: HandoutRequest,
                 profile: OrganisationProfile | None, logo_png: bytes = b"",
                 parent: QWidget | None = None,
                 ask_save_path: Callable[[], str] | None = None,
                 open_external: Callable[[Path], bool] | None = None) -> None:
        self._content, self._request = content, request
        self._profile, self._logo = profile, logo_png
        self.panel = PartsPanel(content, request)
        self.language_choice = LanguageChoice(content.languages, profile)
        super().__init__("Folder voor ouders", "handout", "folder.pdf", parent,
                         side=self._side(),
                         ask_save_path=ask_save_path or self._save_path_from_user,
                         noun="de folder")
        self.setObjectName("handout-dialog")
        self.preview.setAccessibleName("Voorbeeld van de folder")
        self._open_external = open_external or _open_with_system
        temporary_copy.sweep_stale()
        self._temporary_copy = temporary_copy.TemporaryCopy()
        app = QCoreApplication.instance()
        self._quit_hook = (app.aboutToQuit.connect(self._temporary_copy.remove)
                           if app is not None else None)
        # Changes are gathered for 250 ms, then built off the GUI thread (preview_builder).
        self._builder = PreviewBuilder(build_handout_pdf, self)
        self._builder.ready.connect(self.show_pdf)
        self.busy = QLabel("Voorbeeld wordt bijgewerkt… (bezig)", self.preview)
        self.busy.setObjectName("handout-preview-busy")
        self.busy.setAccessibleName("Voorbeeld wordt bijgewerkt")
        self.busy.setAutoFillBackground(True)
        self.busy.setMargin(6)
        self.busy.move(8, 8)
        self.busy.hide()
        self._builder.busy_changed.connect(self._show_busy)
        self._refresh_timer = QTimer(self, singleShot=True, interval=250)
        self._refresh_timer.timeout.connect(self.refresh_in_background)
        self.panel.changed.connect(lambda: self._show_busy(True))
        self.panel.changed.connect(self._refresh_timer.start)
        self.language_choice.changed.connect(lambda: self._show_busy(True))
        self.language_choice.changed.connect(self._refresh_timer.start)
        # The panel's widgets by their names here too (tests, and the rest of this class).
        self.parts, self.addressee = self.panel.parts, self.panel.addressee
        self.note = self.panel.note
        self.open_button = self.add_action_button(
            "Openen in PDF-lezer", "handout-open-external", self.open_in_reader,
            "Een tijdelijke kopie; die wordt verwijderd als u dit venster sluit.")
        if not self.print_button.isEnabled():
            self.status.setText("Geen printer gevonden: afdrukken kan niet. U kunt de "
                                    "folder wel opslaan als PDF.")
        self.refresh()

    def _side(self) -> QWidget:
        """The language choice above the parts panel."""
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.language_choice)
        column.addWidget(self.panel, 1)
        return side

    def current_request(self) -> HandoutRequest:
        return self.panel.request(self._request, self.note.toPlainText())

    def _handout_data(self) -> HandoutData:
        return replace(handout_data(self._content, self.current_request(), self._profile,
                                    self.addressee.text(), logo_png=self._logo,
                                    language=self.language_choice.language(),
                                    reviewed=self.language_choice.reviewed()),
                       section_order=self.panel.section_order())

    def refresh(self) -> None:
        """Build the current handout now, on this thread, and show it (print, save, tests)."""
        self.show_pdf(self._builder.build_now(self._handout_data()))
        self._show_busy(False)

    def refresh_in_background(self) -> None:
        self._builder.request(self._handout_data())

    def _show_busy(self, busy: bool) -> None:
        """Shows "bezig" from the first change until the newest request's PDF is shown."""
        busy = busy or self._refresh_timer.isActive() or self._builder.busy
        self.busy.adjustSize()
        self.busy.setVisible(busy)
        self.busy.raise_()

    # The handout's names for the shared actions (menus, tests, the README's keys).
    def print_handout(self) -> None:
        self.print_document()

    def save_handout(self) -> None:
        self.save_document()

    def before_output(self) -> None:
        self._refresh_now()

    def _refresh_now(self) -> None:
        """A change not yet in the preview (waiting for the timer, or still being built) is
        built and shown now, before printing or saving: the output is what the preview shows."""
        if self._refresh_timer.isActive() or not self._builder.up_to_date:
            self._refresh_timer.stop()
            self.refresh()

    def open_in_reader(self) -> None:
        self.before_output()
        target, error = self._temporary_copy.write(self.pdf)
        if target is None or not self._open_external(target):
            QMessageBox.warning(self, "Openen mislukt",
                                error or ("Er is geen programma om PDF-bestanden te openen. "
                                             "Sla de folder op of druk hem af."))

    # The temporary copy may carry the addressee's name: it does not outlive the dialog,
    # however the dialog ends (accepted, rejected, closed unseen, program quitting).
    def done(self, result: int) -> None:
        self._refresh_timer.stop()
        self._builder.shutdown()  # waits for a running build: no thread outlives the dialog
        self._temporary_copy.remove()
        if self._quit_hook is not None:
            QObject.disconnect(self._quit_hook)
            self._quit_hook = None
        super().done(result)

    def closeEvent(self, event) -> None:
        self._temporary_copy.remove()
        super().closeEvent(event)

    def _save_path_from_user(self) -> str:

        from opvoedapp.documents.handout_filename import handout_file_name, handout_save_path
        from opvoedapp.documents.handout_parts import own_phase_key

        request = self._request
        proposed = handout_save_path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation),
            handout_file_name(request.question_key,
                              own_phase_key(self._content, request.age_months)))
        name, _filter = QFileDialog.getSaveFileName(self, "Folder opslaan als PDF",
                                                    str(proposed), "PDF-bestanden (*.pdf)")
        return name

