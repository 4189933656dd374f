"""Preview, print and save any PDF we make (the self-reflection report), the handout's way."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QKeySequence, QShortcut
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

from opvoedapp.documents.save import save_pdf
from opvoedapp.views.handout import printing


class PdfDialog(QDialog):
    def __init__(self, pdf: bytes, title: str, suggested_name: str,
                 parent: QWidget | None = None,
                 ask_save_path: Callable[[], str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdf-dialog")
        self.setWindowTitle(title)
        self.pdf = pdf
        self._suggested = suggested_name
        self._ask_save_path = ask_save_path or self._path_from_user
        layout = QVBoxLayout(self)
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.preview = QPdfView(self)
        self.preview.setObjectName("pdf-preview")
        self.preview.setAccessibleName("Voorbeeld")
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview.setDocument(self.document)
        layout.addWidget(self.preview, 1)
        self.status = QLabel(self)
        self.status.setObjectName("pdf-status")
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.print_button = QPushButton("Afdrukken… (Ctrl+P)", self)
        self.print_button.setObjectName("pdf-print")
        self.print_button.clicked.connect(self.print_pdf)
        self.save_button = QPushButton("Opslaan als PDF… (Ctrl+S)", self)
        self.save_button.setObjectName("pdf-save")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        if not printing.printers_available():
            self.print_button.setEnabled(False)
            self.status.setText("Geen printer gevonden: afdrukken kan niet. Opslaan als PDF "
                                    "kan wel.")
        QShortcut(QKeySequence.StandardKey.Print, self).activated.connect(self.print_pdf)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        self.resize(820, 900)

    def print_pdf(self) -> None:
        if not self.print_button.isEnabled():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFromTo(1, self.document.pageCount())
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        try:
            pages = printing.print_in_background(self.pdf, printer, self)
        except printing.PrintError as exc:
            QMessageBox.warning(self, "Afdrukken mislukt",
                                f"Niet afgedrukt ({exc}). Sla het rapport op als PDF."
                                )
            return
        self.status.setText(f"{pages} pagina('s) naar de printer gestuurd.")

    def save(self) -> None:
        target = self._ask_save_path()
        if not target:
            return
        error = save_pdf(Path(target), self.pdf)
        if error:
            QMessageBox.warning(self, "Opslaan mislukt", error)
        else:
            self.status.setText(f"Opgeslagen: {target}")

    def _path_from_user(self) -> str:
        return QFileDialog.getSaveFileName(self, "Opslaan als PDF", self._suggested,
                                           "PDF-bestanden (*.pdf)")[0]
