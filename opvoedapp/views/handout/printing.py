"""Print a PDF's pages through Qt: QPrintDialog, then QPainter on the QPrinter.

Pages are rendered with QtPdf at the printer's resolution (capped, to keep memory in hand),
respecting the chosen pages ("1-2", or "1,3") and the number of copies.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

MAX_RENDER_DPI = 300
# The print job's title, as the print queue, the spool and the printer's display show it:
# never the addressee's name, which a shared printer would show to the next person.
JOB_TITLE = "Opvoedapp folder"


def printers_available() -> bool:
    return bool(QPrinterInfo.availablePrinters())


class PrintError(Exception):
    pass


def chosen_pages(printer: QPrinter, count: int) -> list[int]:
    """The 1-based page numbers the user chose, within the document."""
    if printer.printRange() != QPrinter.PrintRange.PageRange:
        return list(range(1, count + 1))
    ranges = printer.pageRanges()
    if not ranges.isEmpty():
        return [n for n in range(1, count + 1) if ranges.contains(n)]
    first, last = max(printer.fromPage(), 1), min(printer.toPage() or count, count)
    return list(range(first, last + 1))


def sheet_order(pages: list[int], printer: QPrinter) -> list[int]:
    """Pages in the order they go to the printer, copies included.

    A print system that makes copies itself (CUPS) gets each page once; otherwise (a PDF
    file, some drivers) the copies are drawn here, collated (1 2 1 2) or not (1 1 2 2).
    """
    copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
    if printer.collateCopies():
        return pages * copies
    return [page for page in pages for _ in range(copies)]


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Render the chosen pages; return how many pages one copy has. Raises PrintError."""
    pages = chosen_pages(printer, document.pageCount())
    order = sheet_order(pages, printer)
    if not order:
        raise PrintError("de gekozen pagina's staan niet in de folder")
    printer.setDocName(JOB_TITLE)  # whatever the caller set: the job is titled here
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("de printer kan niet worden geopend")
    try:
        dpi = min(printer.resolution(), MAX_RENDER_DPI)
        for index, number in enumerate(order):
            if index and not printer.newPage():
                raise PrintError("de printer weigert een nieuwe pagina")
            size_pt = document.pagePointSize(number - 1)
            pixels = QSize(int(size_pt.width() * dpi / 72), int(size_pt.height() * dpi / 72))
            image = document.render(number - 1, pixels)
            if image.isNull():
                raise PrintError(f"pagina {number} kan niet worden opgemaakt")
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), scaled), image)
    finally:
        painter.end()
    return len(pages)
