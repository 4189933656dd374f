"""Printing the handout: the pages and copies the user chose, the print dialog's limits."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPageRanges
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from opvoedapp.handout_request import HandoutRequest
from opvoedapp.views.handout import printing
from opvoedapp.views.handout.handout_dialog import HandoutDialog
from pdf_pages import page_count


@pytest.fixture
def long_dialog(qtbot, content):
    """A handout of at least three pages: every phase and every Table 2 intervention."""
    widget = HandoutDialog(content, HandoutRequest(
        age_phase_keys=tuple(p.key for p in content.age_phases),
        intervention_keys=tuple(i.key for i in content.interventions if i.in_table2)), None)
    qtbot.addWidget(widget)
    assert widget.document.pageCount() >= 3
    return widget


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_separate_pages_print_only_those(long_dialog, tmp_path) -> None:
    printer = _pdf_printer(tmp_path / "uit.pdf")
    ranges = QPageRanges()
    ranges.addPage(1)
    ranges.addPage(3)
    printer.setPageRanges(ranges)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    assert long_dialog.print_to(printer)
    assert page_count((tmp_path / "uit.pdf").read_bytes()) == 2


def test_copies_are_drawn_when_the_printer_cannot_make_them(long_dialog, tmp_path) -> None:
    printer = _pdf_printer(tmp_path / "uit.pdf")
    assert not printer.supportsMultipleCopies()  # a PDF file makes no copies itself
    printer.setCopyCount(2)
    assert long_dialog.print_to(printer)
    pages = long_dialog.document.pageCount()
    assert page_count((tmp_path / "uit.pdf").read_bytes()) == 2 * pages
    assert "2 exemplaren" in long_dialog.status.text()


@pytest.mark.parametrize(("collate", "expected"), [(True, [1, 2, 1, 2]), (False, [1, 1, 2, 2])])
def test_copies_are_collated_as_chosen(tmp_path, collate, expected) -> None:
    printer = _pdf_printer(tmp_path / "x.pdf")
    printer.setCopyCount(2)
    printer.setCollateCopies(collate)
    assert printing.sheet_order([1, 2], printer) == expected


def test_a_range_outside_the_handout_prints_nothing_and_says_so(long_dialog, tmp_path,
                                                                monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *a, **k: shown.append(a[2]) or QMessageBox.StandardButton.Cancel)
    printer = _pdf_printer(tmp_path / "uit.pdf")
    printer.setFromTo(40, 41)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    assert not long_dialog.print_to(printer)
    assert shown and "niet in de folder" in shown[0]
    assert not (tmp_path / "uit.pdf").exists()


def test_print_dialog_offers_exactly_the_handout_pages(long_dialog, monkeypatch) -> None:
    seen: dict[str, int] = {}

    def fake_exec(dialog: QPrintDialog) -> int:
        seen.update(low=dialog.minPage(), high=dialog.maxPage())
        return QPrintDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    monkeypatch.setattr(printing, "printers_available", lambda: True)
    long_dialog.print_button.setEnabled(True)
    long_dialog.print_handout()
    assert seen == {"low": 1, "high": long_dialog.document.pageCount()}


def test_the_window_keeps_responding_while_pages_print(long_dialog, tmp_path) -> None:
    # A zero timer runs on every turn of the GUI event loop; printing on the GUI thread gave
    # it no turn at all until the last page was out.
    turns: list[int] = []
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: turns.append(1))
    timer.start()
    printer = _pdf_printer(tmp_path / "uit.pdf")
    printer.setCopyCount(2)
    assert long_dialog.print_to(printer)
    timer.stop()
    sheets = 2 * long_dialog.document.pageCount()
    assert page_count((tmp_path / "uit.pdf").read_bytes()) == sheets
    assert len(turns) > sheets


def test_stoppen_ends_the_print_job_with_a_dutch_message(long_dialog, tmp_path,
                                                         monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *a, **k: shown.append(a[2]) or QMessageBox.StandardButton.Cancel)

    def press_stop() -> None:  # as soon as the progress dialog exists, the user stops
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.objectName() == "print-progress":
                widget.findChild(QPushButton).click()  # "Stoppen"
                return
        QTimer.singleShot(0, press_stop)

    QTimer.singleShot(0, press_stop)
    printer = _pdf_printer(tmp_path / "uit.pdf")
    assert not long_dialog.print_to(printer)
    assert shown and "afdrukken gestopt" in shown[0]


def test_printing_finishes_when_the_event_loop_returns_at_once(long_dialog, tmp_path,
                                                               monkeypatch) -> None:
    # While the application has a quit pending, QEventLoop.exec() returns without running;
    # the print worker still needs the GUI thread to pass its page requests to QtPdf's
    # renderer. The job must finish instead of both threads waiting on each other.
    from PySide6.QtCore import QEventLoop

    monkeypatch.setattr(QEventLoop, "exec", lambda self, *args: 0)
    printer = _pdf_printer(tmp_path / "uit.pdf")
    assert long_dialog.print_to(printer)
    assert page_count((tmp_path / "uit.pdf").read_bytes()) == long_dialog.document.pageCount()
