"""Print a PDF's pages through Qt: QPrintDialog, then QPainter on the QPrinter.

Pages are rendered with QtPdf at the printer's resolution (capped, to keep memory in hand),
respecting the chosen pages ("1-2", or "1,3") and the number of copies.

Rendering and painting a page at print resolution takes most of a second, so
`print_in_background` renders on QtPdf's own thread and paints on a Python worker thread (Qt
supports painting on a QPrinter outside the GUI thread); the GUI thread shows a progress
dialog and keeps handling events until the job is done (`bench/bench_printing.py`,
`ui_stall_ms`).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEventLoop,
    QIODevice,
    QObject,
    QRect,
    QSize,
    QSizeF,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfPageRenderer
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QProgressDialog, QWidget

from opvoedapp.errors import OpvoedappError

MAX_RENDER_DPI = 300
PRINT_BANDS = 48  # drawImage calls per page (about 6 ms each); see _draw_in_bands
# The print job's title, as the print queue, the spool and the printer's display show it:
# never the addressee's name, which a shared printer would show to the next person.
JOB_TITLE = "Opvoedapp folder"


def printers_available() -> bool:
    return bool(QPrinterInfo.availablePrinters())


class PrintError(OpvoedappError):
    """Printing failed; ``message`` is a Dutch phrase ("de printer weigert …")."""


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


def print_document(document: QPdfDocument, printer: QPrinter,
                   on_sheet: Callable[[int, int], bool] | None = None) -> int:
    """Render the chosen pages on this thread; return how many pages one copy has.

    ``on_sheet(done, total)`` is called after each sheet; returning False stops the job.
    Raises PrintError.
    """
    sizes = [document.pagePointSize(n) for n in range(document.pageCount())]
    return _print_sheets(sizes, printer, document.render, on_sheet)


def _print_sheets(sizes: list[QSizeF], printer: QPrinter,
                  render: Callable[[int, QSize], QImage],
                  on_sheet: Callable[[int, int], bool] | None) -> int:
    """Paint the chosen pages (``sizes`` in points, ``render(index, pixels)``) on ``printer``."""
    pages = chosen_pages(printer, len(sizes))
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
            size_pt = sizes[number - 1]
            pixels = QSize(int(size_pt.width() * dpi / 72), int(size_pt.height() * dpi / 72))
            image = render(number - 1, pixels)
            if image.isNull():
                raise PrintError(f"pagina {number} kan niet worden opgemaakt")
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            _draw_in_bands(painter, QRect(target.topLeft(), scaled), image)
            if on_sheet is not None and not on_sheet(index + 1, len(order)):
                printer.abort()
                raise PrintError("afdrukken gestopt")
    finally:
        painter.end()
    return len(pages)


def _draw_in_bands(painter: QPainter, target: QRect, image: QImage) -> None:
    """Draw ``image`` into ``target`` as horizontal bands.

    One drawImage of a 300-dpi page takes about 0.3 s (the print engine compresses it) and
    PySide holds the GIL for the whole call, which would stall the GUI thread that long; a
    band at a time lets the GUI thread in between (16 bands still left 70 ms stalls). Each
    band reaches one source row into the next one, which paints over it, so no hairline shows
    between them at print resolution.
    """
    height = image.height()
    step = max(1, -(-height // PRINT_BANDS))
    scale = target.height() / height
    for top in range(0, height, step):
        rows = min(step + 1, height - top)
        y0 = target.top() + round(top * scale)
        y1 = target.top() + round((top + rows) * scale)
        painter.drawImage(QRect(target.left(), y0, target.width(), y1 - y0), image,
                          QRect(0, top, image.width(), rows))


class _JobSignals(QObject):
    """Lives in the GUI thread; the worker's emits arrive there queued."""

    page_wanted = Signal(int, QSize)
    sheet_done = Signal(int, int)
    finished = Signal()


RENDER_TIMEOUT_S = 120  # a page that never arrives ends the job with a message, not a hang


def print_in_background(pdf: bytes, printer: QPrinter, parent: QWidget | None) -> int:
    """Print ``pdf`` while the GUI stays responsive; return the pages of one copy.

    QtPdf's own render thread (QPdfPageRenderer) rasterises each page without holding
    Python's GIL; a Python worker thread paints the pages on the printer. The GUI thread
    only passes requests and images between them and shows a progress dialog with a stop
    button. Raises PrintError.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)  # a complete in-memory PDF loads synchronously
    if document.status() != QPdfDocument.Status.Ready:
        raise PrintError("de folder kan niet worden gelezen")
    sizes = [document.pagePointSize(n) for n in range(document.pageCount())]
    renderer = QPdfPageRenderer()
    renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
    renderer.setDocument(document)
    images: queue.Queue[QImage] = queue.Queue()
    signals = _JobSignals()
    signals.page_wanted.connect(lambda index, pixels: renderer.requestPage(index, pixels))
    renderer.pageRendered.connect(lambda _n, _size, image, _options, _id: images.put(image))
    stop = threading.Event()
    outcome: dict[str, object] = {}

    def render(index: int, pixels: QSize) -> QImage:
        signals.page_wanted.emit(index, pixels)
        try:
            return images.get(timeout=RENDER_TIMEOUT_S)
        except queue.Empty:
            return QImage()

    def sheet_done(done: int, total: int) -> bool:
        signals.sheet_done.emit(done, total)
        return not stop.is_set()

    def work() -> None:
        try:
            outcome["pages"] = _print_sheets(sizes, printer, render, sheet_done)
        except PrintError as exc:
            outcome["error"] = exc
        finally:
            signals.finished.emit()

    progress = QProgressDialog("De folder wordt naar de printer gestuurd…",
                               "Stoppen", 0, 0, parent)
    progress.setObjectName("print-progress")
    progress.setWindowTitle("Afdrukken")
    progress.setWindowModality(Qt.WindowModality.WindowModal)  # no second job meanwhile
    progress.setMinimumDuration(300)  # a one-page job finishes without a flash
    progress.canceled.connect(stop.set)

    def show_progress(done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)

    signals.sheet_done.connect(show_progress)
    loop = QEventLoop()
    signals.finished.connect(loop.quit)
    worker = threading.Thread(target=work, name="opvoedapp-print", daemon=True)
    worker.start()
    loop.exec()  # returns on `finished`, queued here even when the worker was quicker
    # exec() also returns at once while the application has a quit pending (at shutdown):
    # the worker still needs this thread to pass its page requests on, so keep them moving
    # rather than block in join() with the worker waiting on us.
    while worker.is_alive():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        worker.join(0.01)
    progress.close()
    progress.deleteLater()
    renderer.setDocument(None)  # type: ignore[arg-type]  # detach before the document goes
    document.close()
    error = outcome.get("error")
    if isinstance(error, PrintError):
        raise error
    pages = outcome.get("pages")
    assert isinstance(pages, int)
    return pages
