"""A working day in one fresh process: the real program, driven by real key events.

    python tests/endurance_driver.py [--consults 200] [--answers 1000] [--report out.json]

Starts Opvoedapp through its own entry point (``opvoedapp.__main__.main``), waits for the
content, then plays a script with QTest key events on the real window: per consult the age
typed in years, a date of birth typed, a question chosen with the arrow keys, every tab
visited with Ctrl+Tab, the phase put in the handout, the handout built (Ctrl+Shift+P, the
preview rendered, Escape) and Ctrl+N. Then the Zelfreflectie answers as digits 1-4, and
Bestand → Afsluiten. The process's exit status is the program's: a binding bug such as
PySide6 6.12.0's none_dealloc aborts it (134), which is what ``tests/test_endurance.py``
looks for, since a pytest process holds too many references to None to ever abort.

The report (JSON) gives the run's time, peak memory and the memory after the first consult,
for ``bench/bench_endurance.py``. Nothing typed here is about a real child.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

WAIT_LIMIT_S = 60.0
CTRL = Qt.KeyboardModifier.ControlModifier


class EnduranceFailure(Exception):  # noqa: N818 — the test run's verdict, not an error
    pass


def wait_until(condition: Callable[[], object], what: str) -> None:
    """Let the event loop run until ``condition`` holds (the program works meanwhile)."""
    deadline = time.monotonic() + WAIT_LIMIT_S
    while not condition():
        if time.monotonic() > deadline:
            raise EnduranceFailure(f"waited {WAIT_LIMIT_S:.0f} s for {what}")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main_window():
    from opvoedapp.views.main_window import MainWindow

    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, MainWindow) and w.isVisible()), None)


def birth_date(index: int) -> str:
    """A different date of birth for each consult, 0 to 17 years before today."""
    today = date.today()
    return f"{1 + index % 28:02d}-{1 + index % 12:02d}-{today.year - 1 - index % 17}"


class Script:
    def __init__(self, consults: int, answers: int) -> None:
        self.consults, self.answers = consults, answers
        self.figures: dict[str, float] = {}

    def run(self) -> None:
        wait_until(main_window, "the main window")
        self.window = main_window()
        self.window.activateWindow()
        wait_until(lambda: self.window._services is not None, "the guideline content")
        wait_until(self.window.isActiveWindow, "an active window")
        self.figures["none_refs_start"] = sys.getrefcount(None)
        start = time.perf_counter()
        for index in range(self.consults):
            self.consult(index)
            if index == 0:
                self.figures["first_consult_mib"] = peak_mib()
        self.figures["consults_s"] = time.perf_counter() - start
        self.figures["after_consults_mib"] = peak_mib()
        start = time.perf_counter()
        self.reflection_answers()
        self.figures["answers_s"] = time.perf_counter() - start
        self.figures["peak_mib"] = peak_mib()
        self.figures["none_refs_end"] = sys.getrefcount(None)
        self.window.activateWindow()
        wait_until(self.window.isActiveWindow, "the window active before quitting")
        # Bestand → Afsluiten by its mnemonics (Alt+B, A): Ctrl+Q is not bound on every
        # platform (Windows, offscreen), the menu is.
        QTest.keyClick(self.window, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
        wait_until(QApplication.activePopupWidget, "the Bestand menu")
        QTest.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_A)
        if self.window.isVisible():
            raise EnduranceFailure("Bestand → Afsluiten did not close the window")

    def consult(self, index: int) -> None:
        bar, consult = self.window.consult_bar, self.window._services.consult
        QTest.keyClick(bar.years, Qt.Key.Key_A, CTRL)
        QTest.keyClicks(bar.years, str(index % 18))
        QTest.keyClick(bar.years, Qt.Key.Key_Tab)
        wait_until(lambda: consult.age_months is not None, "the typed age")
        bar.birth_date.setFocus()
        QTest.keyClicks(bar.birth_date, birth_date(index))
        QTest.keyClick(bar.birth_date, Qt.Key.Key_Return)
        for _ in range(1 + index % 5):
            QTest.keyClick(bar.question, Qt.Key.Key_Down)
        if not consult.question_key or consult.age_months is None:
            raise EnduranceFailure(f"consult {index}: age or question not taken")
        for _ in range(self.window.tabs.count()):
            QTest.keyClick(self.window.tabs, Qt.Key.Key_Tab, CTRL)
            wait_until(lambda: self.window.tabs.currentWidget().view is not None, "a tab")
        phases = self.window.show_tab("tab-leeftijdsfasen")
        QTest.keyClick(phases.add_button, Qt.Key.Key_Space)
        self.build_handout()
        self.window.activateWindow()
        wait_until(self.window.isActiveWindow, "the window active again after the handout")
        QTest.keyClick(self.window, Qt.Key.Key_N, CTRL)
        if consult.age_months is not None or consult.question_key:
            raise EnduranceFailure(f"consult {index}: Ctrl+N did not clear the consult")

    def build_handout(self) -> None:
        from opvoedapp.views.handout.handout_dialog import HandoutDialog

        seen: list[HandoutDialog] = []

        def close_when_built() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, HandoutDialog) and dialog.pdf.startswith(b"%PDF") \
                    and dialog.document.pageCount() > 0:
                seen.append(dialog)
                poll.stop()
                QTest.keyClick(dialog, Qt.Key.Key_Escape)

        # The dialog runs its own event loop inside the key press: a timer closes it.
        poll = QTimer(interval=10)
        poll.timeout.connect(close_when_built)
        poll.start()
        QTest.keyClick(self.window, Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.ShiftModifier)
        poll.stop()
        if not seen:
            raise EnduranceFailure("Ctrl+Shift+P built no handout")

    def reflection_answers(self) -> None:
        view = self.window.show_tab("tab-zelfreflectie")
        items = view.items
        items.setFocus()
        given: list[str] = []
        items.scored.connect(lambda key, _value: given.append(key))
        keys = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)
        answered_last = False
        for index in range(self.answers):
            if answered_last or not items.current_key():
                # A new pass over werkkaart 3: Home lands on the first competency's heading.
                QTest.keyClick(items, Qt.Key.Key_Home)
                while not items.current_key():
                    QTest.keyClick(items, Qt.Key.Key_Down)
            answered_last = items.current_key() == items._order[-1]
            QTest.keyClick(items, keys[index % 4])
        if len(given) != self.answers:
            raise EnduranceFailure(f"{len(given)} of {self.answers} answers were taken")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--consults", type=int, default=200)
    parser.add_argument("--answers", type=int, default=1000)
    parser.add_argument("--report", type=Path)
    args = parser.parse_args(argv)
    app = QApplication([sys.argv[0]])
    script = Script(args.consults, args.answers)
    failure: list[str] = []

    def play() -> None:
        try:
            script.run()
        except Exception as exc:
            failure.append(f"{type(exc).__name__}: {exc}")
            app.exit(1)

    QTimer.singleShot(0, play)
    started = time.perf_counter()
    from opvoedapp.__main__ import main as opvoedapp_main

    code = opvoedapp_main([])
    script.figures["total_s"] = time.perf_counter() - started
    if failure:
        sys.stderr.write(f"endurance: {failure[0]}\n")
        return code or 1
    if args.report is not None:
        args.report.write_text(json.dumps(script.figures), encoding="utf-8")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
