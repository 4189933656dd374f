"""Print a PDF's pages through Qt: QPrintDialog, then QPainter on the QPrinter.

Pages are rendered with QtPdf at the printer's resolution (capped, to keep memory in hand),
respecting the chosen page range; copies are left to the print system via the printer.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

MAX_RENDER_DPI = 300


def printers_available() -> bool:
    return bool(QPrinterInfo.availablePrinters())


class PrintError(Exception):
    pass


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Render the pages in the printer's range; return how many were sent. Raises PrintError."""
    count = document.pageCount()
    first, last = 1, count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), min(printer.toPage() or count, count)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("de printer kan niet worden geopend")
    try:
        dpi = min(printer.resolution(), MAX_RENDER_DPI)
        for number in range(first, last + 1):
            if number > first and not printer.newPage():
                raise PrintError("de printer weigert een nieuwe pagina")
            size_pt = document.pagePointSize(number - 1)
            pixels = QSize(int(size_pt.width() * dpi / 72), int(size_pt.height() * dpi / 72))
            image = document.render(number - 1, pixels)
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), scaled), image)
    finally:
        painter.end()
    return last - first + 1
