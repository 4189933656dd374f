"""The handout dialog: pick and order the parts, add a note, see the exact PDF, print or save.

The addressee name lives only in this dialog's field for one print; it is not written to any
setting, file or log (tests check).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opvoedapp.content.repository import ContentRepository
from opvoedapp.documents.handout_data import handout_data
from opvoedapp.documents.handout_pdf import build_handout_pdf
from opvoedapp.documents.save import save_pdf
from opvoedapp.handout_request import HandoutRequest
from opvoedapp.profile.model import OrganisationProfile
from opvoedapp.views.handout import printing, temporary_copy
from opvoedapp.views.handout.parts_panel import PartsPanel


def _open_with_system(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class HandoutDialog(QDialog):
    def __init__(self, content: ContentRepository, request: HandoutRequest,
                 profile: OrganisationProfile | None, logo_png: bytes = b"",
                 parent: QWidget | None = None,
                 ask_save_path: Callable[[], str] | None = None,
                 open_external: Callable[[Path], bool] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handout-dialog")
        self.setWindowTitle("Folder voor ouders")
        self._content, self._request = content, request
        self._profile, self._logo = profile, logo_png
        self._ask_save_path = ask_save_path or self._save_path_from_user
        self._open_external = open_external or _open_with_system
        temporary_copy.sweep_stale()
        self._temporary_copy = temporary_copy.TemporaryCopy()
        app = QCoreApplication.instance()
        self._quit_hook = (app.aboutToQuit.connect(self._temporary_copy.remove)
                           if app is not None else None)
        self.pdf = b""
        self._refresh_timer = QTimer(self, singleShot=True, interval=250)
        self._refresh_timer.timeout.connect(self.refresh)
        layout = QHBoxLayout(self)
        layout.addLayout(self._build_controls(), 1)
        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self.preview = QPdfView(self)
        self.preview.setObjectName("handout-preview")
        self.preview.setAccessibleName("Voorbeeld van de folder")
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview.setDocument(self.document)
        layout.addWidget(self.preview, 2)
        QShortcut(QKeySequence.StandardKey.Print, self).activated.connect(self.print_handout)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save_handout)
        self.resize(1150, 780)
        self.refresh()

    def _build_controls(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.panel = PartsPanel(self._content, self._request, self)
        self.panel.changed.connect(self._refresh_timer.start)
        # The panel's widgets by their names here too (tests, and the rest of this class).
        self.parts, self.addressee = self.panel.parts, self.panel.addressee
        self.note = self.panel.note
        column.addWidget(self.panel, 1)
        self.status = QLabel("", self)
        self.status.setObjectName("handout-status")
        self.status.setWordWrap(True)
        column.addWidget(self.status)
        buttons = QHBoxLayout()
        self.print_button = QPushButton("Afdrukken… (Ctrl+P)", self)
        self.print_button.setObjectName("handout-print")
        self.print_button.clicked.connect(self.print_handout)
        self.save_button = QPushButton("Opslaan als PDF… (Ctrl+S)", self)
        self.save_button.setObjectName("handout-save")
        self.save_button.clicked.connect(self.save_handout)
        self.open_button = QPushButton("Openen in PDF-lezer", self)
        self.open_button.setObjectName("handout-open-external")
        self.open_button.setToolTip("Een tijdelijke kopie; die wordt verwijderd als u dit "
                                        "venster sluit.")
        self.open_button.clicked.connect(self.open_in_reader)
        for button in (self.print_button, self.save_button, self.open_button):
            button.setAccessibleName(button.text().split(" (")[0].rstrip("…"))
            buttons.addWidget(button)
        column.addLayout(buttons)
        if not printing.printers_available():
            self.print_button.setEnabled(False)
            self.print_button.setToolTip("Er is geen printer geïnstalleerd.")
            self.status.setText("Geen printer gevonden: afdrukken kan niet. U kunt de "
                                    "folder wel opslaan als PDF.")
        return column

    def current_request(self) -> HandoutRequest:
        return self.panel.request(self._request, self.note.toPlainText())

    def refresh(self) -> None:
        data = replace(handout_data(self._content, self.current_request(), self._profile,
                                    self.addressee.text(), logo_png=self._logo),
                       section_order=self.panel.section_order())
        self.pdf = build_handout_pdf(data)
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray(self.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    def print_handout(self) -> None:
        if not self.print_button.isEnabled():
            return
        self._refresh_now()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName("Folder voor ouders")
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("handout-print-dialog")
        dialog.setMinMax(1, self.document.pageCount())  # the page range the user can pick
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        try:
            pages = printing.print_in_background(self.pdf, printer, self)
        except printing.PrintError as exc:
            answer = QMessageBox.warning(
                self, "Afdrukken mislukt",
                f"De folder kon niet worden afgedrukt ({exc}). Wilt u hem opslaan als PDF?"
                , QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Save:
                self.save_handout()
            return False
        copies = max(printer.copyCount(), 1)
        self.status.setText(f"{pages} pagina('s) naar de printer gestuurd."
                            if copies == 1 else
                            f"{copies} exemplaren van {pages} pagina('s) naar de printer gestuurd."
                            )
        return True

    def save_handout(self) -> None:
        self._refresh_now()
        target = self._ask_save_path()
        if not target:
            return
        error = save_pdf(Path(target), self.pdf)
        if error:
            QMessageBox.warning(self, "Opslaan mislukt", error)
        else:
            self.status.setText(f"Opgeslagen: {target}")

    def open_in_reader(self) -> None:
        self._refresh_now()
        target, error = self._temporary_copy.write(self.pdf)
        if target is None or not self._open_external(target):
            QMessageBox.warning(self, "Openen mislukt",
                                error or ("Er is geen programma om PDF-bestanden te openen. "
                                             "Sla de folder op of druk hem af."))

    # The temporary copy may carry the addressee's name: it does not outlive the dialog,
    # however the dialog ends (accepted, rejected, closed unseen, program quitting).
    def done(self, result: int) -> None:
        self._temporary_copy.remove()
        if self._quit_hook is not None:
            QObject.disconnect(self._quit_hook)
            self._quit_hook = None
        super().done(result)

    def closeEvent(self, event) -> None:
        self._temporary_copy.remove()
        super().closeEvent(event)

    def _refresh_now(self) -> None:
        if self._refresh_timer.isActive():
            self._refresh_timer.stop()
            self.refresh()

    def _save_path_from_user(self) -> str:
        from PySide6.QtCore import QStandardPaths

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

    def page_text(self) -> str:
        """The text of every page of the current PDF (for tests and screen readers)."""
        return "\n".join(self.document.getAllText(i).text()
                         for i in range(self.document.pageCount()))
