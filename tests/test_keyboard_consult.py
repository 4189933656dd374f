"""A consult by keyboard only, with real key events on the real window.

Every key goes through ``QTest.keyClick`` to the widget that has the focus, so the program's
own shortcuts, focus chain and dialogs decide what happens, as for a nurse at the keyboard.
``test_the_shortest_consult_prints_a_handout_in_few_keys`` counts the keys and prints the
count (the README quotes it).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from conftest import GUIDELINE_DB
from opvoedapp import app
from opvoedapp.consult import ConsultState
from opvoedapp.views import pdf_dialog
from opvoedapp.views.handout.handout_dialog import HandoutDialog
from opvoedapp.views.help_dialog import HelpDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
MAX_KEYS_SHORTEST_CONSULT = 10


class Keyboard:
    """Presses keys where the focus is, and counts them (digits of the age apart)."""

    def __init__(self, window: QWidget) -> None:
        self.window = window
        self.count = 0

    def target(self) -> QWidget:
        modal = QApplication.activeModalWidget()
        if modal is not None:  # keys go to the dialog on top, as the window system does
            return modal.focusWidget() or modal
        # After a dialog closes a window manager gives the window the keyboard back; the
        # offscreen test platform has none, so the test does what it would.
        if not self.window.isActiveWindow():
            self.window.activateWindow()
        deadline = time.monotonic() + 5
        while not self.window.isActiveWindow() and time.monotonic() < deadline:
            QApplication.processEvents()
        return QApplication.focusWidget() or self.window

    def press(self, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.count += 1
        QTest.keyClick(self.target(), key, modifier)

    def type_digits(self, digits: str) -> None:
        QTest.keyClicks(self.target(), digits)


def when_shown(kind: type, then: Callable[[QWidget], None]) -> None:
    """Run ``then`` on the modal dialog of this kind as soon as it is up and has the keyboard
    (its ``exec`` blocks the test until it closes)."""
    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind) and modal.isVisible() and modal.isActiveWindow():
            then(modal)
        else:
            QTimer.singleShot(10, poll)
    QTimer.singleShot(0, poll)


@pytest.fixture
def window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    consult = ConsultState()
    main = app.build_window(settings, consult)
    qtbot.addWidget(main)
    services = app.load_content(main, consult, GUIDELINE_DB, tmp_path / "data")
    main.show()
    main.activateWindow()
    qtbot.waitExposed(main)
    main.consult_bar.years.setFocus()  # where the program puts it at start
    qtbot.waitUntil(lambda: QApplication.focusWidget() is main.consult_bar.years)
    return main, services


class PrintedTo:
    """Where the handout went: a PDF file, or the print queue chosen in the print dialog
    (on a machine with CUPS the dialog offers its default queue, e.g. the PDF printer)."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.printers: list[QPrinter] = []

    def printed(self) -> bool:
        if not self.printers:
            return False
        printer = self.printers[-1]
        if printer.outputFileName():
            return Path(printer.outputFileName()).stat().st_size > 1000
        return bool(printer.printerName())


@pytest.fixture
def pdf_printer(monkeypatch, tmp_path) -> PrintedTo:
    """The handout's printer starts as a PDF file, whatever printers the machine has."""
    printed = PrintedTo(tmp_path / "geprint.pdf")

    class FilePrinter(QPrinter):
        def __init__(self, mode=QPrinter.PrinterMode.HighResolution) -> None:
            super().__init__(mode)
            self.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.setOutputFileName(str(printed.target))
            printed.printers.append(self)

    monkeypatch.setattr(pdf_dialog, "QPrinter", FilePrinter)
    monkeypatch.setattr(pdf_dialog.printing, "printers_available", lambda: True)
    return printed


def test_the_first_digit_from_a_fresh_start_is_the_age(qtbot, window) -> None:
    main, services = window
    keys = Keyboard(main)
    keys.type_digits("2")
    assert services.consult.age_months == 24
    assert "⚠" not in main.consult_bar.hint.text()


def test_the_shortest_consult_prints_a_handout_in_few_keys(qtbot, window, pdf_printer,
                                                          capsys) -> None:
    main, services = window
    keys = Keyboard(main)
    keys.type_digits("2")                      # the age: 2 years (digits are not counted)
    keys.press(Qt.Key.Key_V, ALT)              # to "Vraag van de ouder"
    keys.press(Qt.Key.Key_G)                   # "Grenzen stellen en corrigeren en straffen"
    assert services.consult.question_key == "grenzen"
    seen: dict[str, str] = {}

    def in_handout(dialog: HandoutDialog) -> None:
        seen["text"] = dialog.page_text()
        seen["request"] = dialog.current_request()
        when_shown(QPrintDialog, lambda _print: keys.press(Qt.Key.Key_Return))
        keys.press(Qt.Key.Key_P, CTRL)         # Afdrukken…, then Enter in the print dialog
        seen["status"] = dialog.status.text()
        keys.press(Qt.Key.Key_Escape)          # close the handout

    when_shown(HandoutDialog, in_handout)
    keys.press(Qt.Key.Key_P, CTRL | SHIFT)     # Folder voor deze vraag
    print(f"\nshortest consult: {keys.count} key presses besides the digits of the age")
    assert pdf_printer.printed(), seen
    assert "naar de printer gestuurd" in seen["status"]
    request = seen["request"]  # a handout that fits the question and the age
    assert request.question_key == "grenzen" and request.age_months == 24
    assert request.include_question and request.include_age_phase and not request.is_empty
    # At 2 years (a Table 1 band edge) the handout holds the child's own phase once, and no
    # neighbouring phase: the parent of a 2-year-old reads about peuters, not babies.
    assert seen["text"].count("Uw peuter (ongeveer 2 tot 4 jaar)") == 1, seen["text"]
    assert "Uw baby of dreumes" not in seen["text"]
    assert keys.count <= MAX_KEYS_SHORTEST_CONSULT
    out = capsys.readouterr().out
    assert "shortest consult" in out


def test_ctrl_shift_p_with_nothing_chosen_says_what_to_fill_in(qtbot, window) -> None:
    main, _services = window
    keys = Keyboard(main)
    texts: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        texts.append(box.text())
        keys.press(Qt.Key.Key_Escape)

    when_shown(QMessageBox, read_and_close)
    keys.press(Qt.Key.Key_P, CTRL | SHIFT)
    assert texts and "leeftijd" in texts[0]


def test_the_scheme_is_walked_and_its_handout_made_by_keyboard(qtbot, window,
                                                               pdf_printer) -> None:
    main, services = window
    keys = Keyboard(main)
    keys.type_digits("2")
    keys.press(Qt.Key.Key_V, ALT)
    keys.press(Qt.Key.Key_G)
    keys.press(Qt.Key.Key_1, CTRL)
    scheme = main.tab("tab-beslisschema").view
    for _ in range(15):
        if scheme.walk.is_finished:
            break
        keys.press(Qt.Key.Key_1)  # the first choice at every step
    assert scheme.walk.is_finished
    main.tab("tab-beslisschema").view.outcome_page.agreements.setFocus()
    qtbot.waitUntil(lambda: scheme.outcome_page.agreements.hasFocus())
    QTest.keyClicks(QApplication.focusWidget(), "Elke avond hetzelfde ritueel")
    keys.press(Qt.Key.Key_Tab)  # leaves the box (D11), no tab character
    assert "\t" not in scheme.outcome_page.agreements.toPlainText()
    assert not scheme.outcome_page.agreements.hasFocus()
    keys.press(Qt.Key.Key_C, CTRL | SHIFT)  # Kopieer samenvatting
    assert QApplication.clipboard().text() == scheme.outcome_page.summary.toPlainText()
    requests = []

    def in_handout(dialog: HandoutDialog) -> None:
        requests.append(dialog.current_request())
        when_shown(QPrintDialog, lambda _print: keys.press(Qt.Key.Key_Return))
        keys.press(Qt.Key.Key_P, CTRL)
        keys.press(Qt.Key.Key_Escape)

    when_shown(HandoutDialog, in_handout)
    keys.press(Qt.Key.Key_P, CTRL | SHIFT)  # on the decision: what "Maak folder" makes
    assert requests and requests[0].outcome_key == scheme.walk.outcome.key
    assert "Elke avond hetzelfde ritueel" in requests[0].agreements
    assert pdf_printer.printed()
    when_shown(HandoutDialog, lambda d: (requests.append(d.current_request()),
                                         keys.press(Qt.Key.Key_Escape)))
    keys.press(Qt.Key.Key_M, CTRL | SHIFT)  # Maak folder voor de ouder
    assert len(requests) == 2 and requests[1].outcome_key == requests[0].outcome_key


@pytest.mark.parametrize("start_in", ["years", "question"])
def test_ctrl_digits_and_ctrl_tab_switch_tabs_from_the_consult_bar(qtbot, window,
                                                                   start_in) -> None:
    main, _services = window
    keys = Keyboard(main)
    getattr(main.consult_bar, start_in).setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is getattr(main.consult_bar, start_in))
    for index in (3, 2, 4, 1):
        getattr(main.consult_bar, start_in).setFocus()
        keys.press(Qt.Key(Qt.Key.Key_0 + index), CTRL)
        assert main.tabs.currentIndex() == index - 1
    getattr(main.consult_bar, start_in).setFocus()
    keys.press(Qt.Key.Key_Tab, CTRL)
    assert main.tabs.currentIndex() == 1
    keys.press(Qt.Key.Key_Backtab, CTRL | SHIFT)
    keys.press(Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert main.tabs.currentIndex() == 3


def test_the_safety_route_is_one_shortcut_from_any_tab(qtbot, window) -> None:
    main, _services = window
    keys = Keyboard(main)
    keys.press(Qt.Key.Key_3, CTRL)
    keys.press(Qt.Key.Key_V, CTRL | SHIFT)
    scheme = main.tab("tab-beslisschema").view
    assert main.tabs.currentIndex() == 0
    assert scheme.walk.is_finished
    assert scheme.walk.outcome.key == scheme.walk.scheme.safety_outcome


def test_f1_opens_a_dutch_help_for_this_program(qtbot, window) -> None:
    main, _services = window
    keys = Keyboard(main)
    texts: list[str] = []

    def read_and_close(dialog: HelpDialog) -> None:
        texts.append(dialog.text.toPlainText())
        keys.press(Qt.Key.Key_Escape)

    when_shown(HelpDialog, read_and_close)
    keys.press(Qt.Key.Key_F1)
    assert texts
    for expected in ("Beslisschema", "Leeftijdsfasen", "Interventies", "Zelfreflectie",
                     "Ctrl+1", "Ctrl+Shift+P", "Ctrl+Shift+V", "Niets over het kind",
                     "geen netwerkverbinding"):
        assert expected in texts[0]


def test_tables_and_text_boxes_do_not_trap_tab(qtbot, window) -> None:
    from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit, QTextEdit

    main, _services = window
    for index in range(4):
        main.go_to_tab(index)
    for index in range(4):
        view = main.tabs.widget(index).view
        for edit in view.findChildren(QPlainTextEdit) + view.findChildren(QTextEdit):
            assert edit.tabChangesFocus(), edit.objectName()
        for table in view.findChildren(QAbstractItemView):
            assert not table.tabKeyNavigation(), table.objectName()


def test_the_tab_bar_and_lists_show_a_focus_ring(qtbot, window) -> None:
    main, _services = window
    bar = main.tabs.tabBar()
    before = bar.grab().toImage()
    bar.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: bar.property("keyboardFocus") is True)
    assert bar.grab().toImage() != before
    main.go_to_tab(1)
    phases = main.tab("tab-leeftijdsfasen").view.list
    phases.clearFocus()
    unfocused = phases.grab().toImage()
    phases.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(phases.hasFocus)
    assert phases.grab().toImage() != unfocused
