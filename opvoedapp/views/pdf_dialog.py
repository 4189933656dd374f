"""One dialog to preview, print and save any PDF we make: the handout and the self-reflection
report (``PdfDialog``). The handout dialog is this dialog with its parts panel beside the
preview (``views/handout/handout_dialog.py``).

Laid out for small screens: the actions (Afdrukken, Opslaan, Sluiten) sit in one row at the
bottom that never scrolls away; the preview and the side panel scroll. The dialog's size is
at most the screen's (``screen_fit`` shrinks it on showing).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from opvoedapp.documents.save import save_pdf
from opvoedapp.views import keyboard, style
from opvoedapp.views.handout import printing

PREFERRED_SIZE = (1150, 780)  # shrunk to the screen when larger


class PdfPreviewDialog(QDialog):
    """Preview of ``self.pdf`` with Afdrukken (Ctrl+P), Opslaan als PDF (Ctrl+S), Sluiten.

    ``prefix`` names the widgets ("handout" → "handout-print", "handout-preview"…).
    ``side`` is an optional panel shown left of the preview (it scrolls when tall).
    """

    def __init__(self, title: str, prefix: str, suggested_name: str,
                 parent: QWidget | None = None, side: QWidget | None = None,
                 ask_save_path: Callable[[], str] | None = None, noun: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._title = title
        self._noun = noun or "het document"  # "de folder", "het rapport" in messages
        self._suggested = suggested_name
        self._ask_save_path = ask_save_path or self._path_from_user
        self.pdf = b""
        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self.preview = QPdfView(self)
        self.preview.setObjectName(f"{prefix}-preview")
        self.preview.setAccessibleName("Voorbeeld")
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview.setDocument(self.document)
        self.status = QLabel("", self)
        self.status.setObjectName(f"{prefix}-status")
        self.status.setWordWrap(True)
        self.actions_row = QHBoxLayout()
        self.print_button = self._button("Afdrukken… (Ctrl+P)", f"{prefix}-print",
                                         self._print_clicked)
        self.save_button = self._button("Opslaan als PDF… (Ctrl+S)", f"{prefix}-save",
                                        self._save_clicked)
        self.actions_row.addStretch(1)
        self.close_button = self._button("Sluiten", f"{prefix}-close", self.reject)
        self._lay_out(side)
        if not printing.printers_available():
            self.print_button.setEnabled(False)
            self.print_button.setToolTip("Er is geen printer geïnstalleerd.")
            self.status.setText("Geen printer gevonden: afdrukken kan niet. Opslaan als PDF "
                                    "kan wel.")
        QShortcut(QKeySequence.StandardKey.Print, self).activated.connect(self._print_clicked)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self._save_clicked)
        self.resize(*PREFERRED_SIZE)

    # -- layout -------------------------------------------------------------------------
    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.split(" (", maxsplit=1)[0].rstrip("…"))
        button.clicked.connect(slot)
        self.actions_row.addWidget(button)
        return button

    def _lay_out(self, side: QWidget | None) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(style.SPACE_M, style.SPACE_M, style.SPACE_M, style.SPACE_M)
        column.setSpacing(style.SPACE_M)
        if side is None:
            column.addWidget(self.preview, 1)
        else:
            scroller = QScrollArea(self)
            scroller.setObjectName("pdf-side-scroll")
            scroller.setFrameShape(QFrame.Shape.NoFrame)
            scroller.setWidgetResizable(True)
            scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            scroller.setWidget(side)
            splitter = QSplitter(self)
            splitter.setChildrenCollapsible(False)
            splitter.addWidget(scroller)
            splitter.addWidget(self.preview)
            splitter.setStretchFactor(0, 1)
            splitter.setStretchFactor(1, 2)
            column.addWidget(splitter, 1)
        column.addWidget(self.status)
        column.addLayout(self.actions_row)  # never scrolls: the actions stay on screen
        keyboard.tame_tab_keys(self)

    def add_action_button(self, text: str, name: str, slot: Callable[[], None],
                          tooltip: str = "") -> QPushButton:
        """Another action beside Afdrukken and Opslaan (before the stretch and Sluiten)."""
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.split(" (", maxsplit=1)[0].rstrip("…"))
        button.setToolTip(tooltip)
        button.clicked.connect(slot)
        self.actions_row.insertWidget(2, button)
        return button

    # -- the document -------------------------------------------------------------------
    def show_pdf(self, pdf: bytes) -> None:
        self.pdf = pdf
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    def page_text(self) -> str:
        """The text of every page of the current PDF (for tests and screen readers)."""
        return "\n".join(self.document.getAllText(i).text()
                         for i in range(self.document.pageCount()))

    def before_output(self) -> None:
        """Subclasses bring the PDF up to date before it is printed or saved."""

    # -- print and save -----------------------------------------------------------------
    def _print_clicked(self) -> None:
        self.print_document()

    def _save_clicked(self) -> None:
        self.save_document()

    def print_document(self) -> None:
        if not self.print_button.isEnabled():
            return
        self.before_output()
        printer = self.make_printer()
        printer.setDocName(self._title)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("pdf-print-dialog")
        dialog.setMinMax(1, max(self.document.pageCount(), 1))  # the pages one can pick
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def make_printer(self) -> QPrinter:
        return QPrinter(QPrinter.PrinterMode.HighResolution)

    def print_to(self, printer: QPrinter) -> bool:
        try:
            pages = printing.print_in_background(self.pdf, printer, self)
        except printing.PrintError as exc:
            answer = QMessageBox.warning(
                self, "Afdrukken mislukt",
                f"{self._noun[:1].upper() + self._noun[1:]} kon niet worden afgedrukt ({exc}). "
                "Wilt u het opslaan als PDF?",
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Save:
                self.save_document()
            return False
        copies = max(printer.copyCount(), 1)
        self.status.setText(f"{pages} pagina('s) naar de printer gestuurd."
                            if copies == 1 else
                            f"{copies} exemplaren van {pages} pagina('s) naar de printer gestuurd."
                            )
        return True

    def save_document(self) -> None:
        self.before_output()
        target = self._ask_save_path()
        if not target:
            return
        error = save_pdf(Path(target), self.pdf)
        if error:
            QMessageBox.warning(self, "Opslaan mislukt", error)
        else:
            self.status.setText(f"Opgeslagen: {target}")

    def _path_from_user(self) -> str:
        return QFileDialog.getSaveFileName(self, f"{self._title} opslaan als PDF",
                                           self._suggested, "PDF-bestanden (*.pdf)")[0]


class PdfDialog(PdfPreviewDialog):
    """A finished PDF (the self-reflection report): preview, print, save."""

    def __init__(self, pdf: bytes, title: str, suggested_name: str,
                 parent: QWidget | None = None,
                 ask_save_path: Callable[[], str] | None = None) -> None:
        super().__init__(title, "pdf", suggested_name, parent, ask_save_path=ask_save_path,
                         noun="het rapport")
        self.setObjectName("pdf-dialog")
        self.resize(820, 900)
        self.show_pdf(pdf)

    # The names the reflection view and its tests use.
    def print_pdf(self) -> None:
        self.print_document()

    def save(self) -> None:
        self.save_document()
