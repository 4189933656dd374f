"""Start the real program on a real X server, walk it, and report what the X server sees.

Run by ``tests/test_screen_fit_x11.py`` under Xvfb and openbox (never by pytest directly).
The program starts as ``opvoedapp`` does (``app.run``); this script only adds a driver on the
event loop that presses keys on the real window (QTest key events go through the program's
own shortcuts) and clicks the buttons a nurse would click. After every step it asks the X
server, from outside Qt, for the geometry of each visible top-level window of this process
(``xdotool``, ``xwininfo``) and records, for the buttons that act, where they are on the screen.

Usage: walk_program.py walk|restart OUT.jsonl [SHOT_DIR]
Output: one JSON object a line: {"step", "kind": "window"|"widget", "name", "x", "y", "w",
"h", "visible"}; a last line {"kind": "done"} when the walk ended.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

MAIN_TITLE = "Opvoedapp — richtlijn Opvoedingsondersteuning"
STEP_TIMEOUT_S = 30
LONG_LABEL = ("Feedback van collega jeugdverpleegkundige team Hollands Midden, locatie "
              "Alphen aan den Rijn, consultatiebureau De Zuidpoolster, ronde november 2026")
# Buttons that act: they must be on screen, whole, whenever their window is.
ACTING = ("scheme-safety", "scheme-back", "consult-new", "consult-handout", "handout-print",
          "handout-save", "pdf-print", "pdf-save")

SHOT_STEPS = ("handout", "handout in Arabic", "report", "scheme decision",
              "help")  # also kept as PNG
Step = tuple[str, object]


def x_windows() -> list[dict]:
    """Every visible top-level window of this process as the X server has it.

    ``xdotool`` finds the windows; ``xwininfo`` gives their absolute position (xdotool's own
    geometry counts the window manager's title bar twice under a reparenting manager).
    """
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(os.getpid()),
                            "--name", "."], capture_output=True, text=True,
                           check=False).stdout.split()  # exit 1: no window yet
    windows = []
    for wid in found:
        info = subprocess.run(["xwininfo", "-id", wid], capture_output=True, text=True,
                              check=False).stdout
        fields = {}
        for line in info.splitlines():
            key, _, value = line.strip().partition(":")
            fields[key] = value.strip()
        if "Width" not in fields:
            continue  # gone between the search and the question
        name = subprocess.run(["xdotool", "getwindowname", wid], capture_output=True,
                              text=True, check=False).stdout.strip()
        w, h = int(fields["Width"]), int(fields["Height"])
        if w > 50 and h > 50:  # Qt's helper windows are 1x1 or tiny
            windows.append({"name": name, "x": int(fields["Absolute upper-left X"]),
                            "y": int(fields["Absolute upper-left Y"]), "w": w, "h": h})
    return windows


class Walker(QObject):
    def __init__(self, out: Path, shots: Path | None, mode: str) -> None:
        super().__init__()
        self._out = out.open("w", encoding="utf-8")
        self._shots = shots
        self._mode = mode
        self._steps = self._walk() if mode == "walk" else self._restart()
        self._waiting: Callable[[], bool] | None = None
        self._deadline = 0.0
        self._last_seen: dict[str, tuple] = {}
        self._timer = QTimer(self, interval=60)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    # -- the machinery: a generator of ("do", action) and ("until", condition) ----------
    def _tick(self) -> None:
        if self._waiting is not None:
            if not self._waiting():
                if time.monotonic() > self._deadline:
                    self._write({"kind": "timeout", "step": getattr(self, "_step_name", "")})
                    self._finish()
                return
            self._waiting = None
        try:
            kind, value = next(self._steps)
        except StopIteration:
            self._finish()
            return
        if kind == "do":  # later, so a modal dialog's own event loop does not block us
            QTimer.singleShot(0, value)
        else:
            self._waiting = value
            self._deadline = time.monotonic() + STEP_TIMEOUT_S

    def _finish(self) -> None:
        self._timer.stop()
        self._write({"kind": "done"})
        self._out.close()
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget is not self.window and widget.isModal():
                widget.close()
        self.window.close()  # saves the geometry, as quitting does
        QApplication.quit()

    def _write(self, record: dict) -> None:
        self._out.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._out.flush()

    # -- helpers ------------------------------------------------------------------------
    @property
    def window(self) -> QWidget:
        from opvoedapp.views.main_window import MainWindow

        return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))

    def settled(self, title: str) -> Callable[[], bool]:
        """True once the X server shows a window with this title at the same place twice."""
        def check() -> bool:
            match = [w for w in x_windows() if w["name"] == title]
            if not match:
                return False
            now = tuple(match[0].values())
            before = self._last_seen.get(title)
            self._last_seen[title] = now
            return before == now
        return check

    def key(self, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> Step:
        def press() -> None:
            target = QApplication.focusWidget() or QApplication.activeWindow() or self.window
            QTest.keyClick(target, key, modifier)
        return ("do", press)

    def record(self, step: str) -> None:
        self._step_name = step
        for window in x_windows():
            self._write({"step": step, "kind": "window", **window})
        for top in QApplication.topLevelWidgets():
            if not top.isVisible():
                continue
            for button in top.findChildren(QAbstractButton):
                if button.objectName() in ACTING and button.isVisible():
                    self._write({"step": step, "kind": "widget", **self._on_screen(button)})
        if self._shots is not None and (step.startswith("tab ") or step in SHOT_STEPS):
            screen = QApplication.primaryScreen()
            screen.grabWindow(0).save(str(self._shots / f"{step.replace(' ', '')}.png"))

    @staticmethod
    def _on_screen(widget: QWidget) -> dict:
        """Where the widget is in physical screen pixels, and whether all of it shows."""
        ratio = widget.devicePixelRatioF()
        top_left = widget.mapToGlobal(widget.rect().topLeft())
        shown = widget.visibleRegion().boundingRect() == widget.rect()
        return {"name": widget.objectName(), "x": round(top_left.x() * ratio),
                "y": round(top_left.y() * ratio), "w": round(widget.width() * ratio),
                "h": round(widget.height() * ratio), "visible": shown}

    def view(self, tab: str) -> QWidget | None:
        return self.window.tab(tab).view

    def modal_shows(self, title: str) -> Callable[[], bool]:
        settled = self.settled(title)

        def check() -> bool:
            modal = QApplication.activeModalWidget()
            return modal is not None and modal.windowTitle() == title and settled()
        return check

    def open_and_close(self, step: str, open_it: Callable[[], None], title: str,
                       inside: Iterator[Step] | None = None) -> Iterator[Step]:
        yield ("do", open_it)
        yield ("until", self.modal_shows(title))
        self.record(step)
        if inside is not None:
            yield from inside
        modal = QApplication.activeModalWidget
        yield ("do", lambda: QTest.keyClick(modal(), Qt.Key.Key_Escape))
        yield ("until", lambda: QApplication.activeModalWidget() is None)

    def trigger(self, action_name: str) -> Callable[[], None]:
        from PySide6.QtGui import QAction

        return lambda: self.window.findChild(QAction, action_name).trigger()

    def click(self, tab: str, button_name: str) -> Callable[[], None]:
        def press() -> None:
            button = self.view(tab).findChild(QAbstractButton, button_name)
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        return press

    # -- the walks ----------------------------------------------------------------------
    def _started(self) -> Iterator[Step]:
        yield ("until", lambda: self.window.isVisible()
               and self.window.tabs.currentWidget().view is not None)
        yield ("until", self.settled(MAIN_TITLE))

    def _restart(self) -> Iterator[Step]:
        yield from self._started()
        self.record("restart")
        screen = QApplication.primaryScreen()
        if self._shots is not None:
            screen.grabWindow(0).save(str(self._shots / "restart.png"))
        if os.environ.get("WALK_GROW"):
            # As if the nurse made the window big on a big screen: the next start must clamp.
            self.window.setGeometry(screen.geometry())
            yield ("until", lambda: self.window.width() >= screen.geometry().width() - 1)

    def _walk(self) -> Iterator[Step]:
        yield from self._started()
        self.record("start")
        for index in range(4):
            yield self.key(Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
            yield ("until", lambda i=index: self.window.tabs.currentIndex() == i
                   and self.window.tabs.currentWidget().view is not None)
            yield ("until", self.settled(MAIN_TITLE))
            self.record(f"tab {index + 1}")
        yield from self._reflection_dialogs()
        yield from self._consult_handout()
        yield from self._scheme_walk()
        yield from self.open_and_close("help", self.key(Qt.Key.Key_F1)[1], "Hulp bij Opvoedapp")
        yield from self.open_and_close("about", self.trigger("action-about"), "Over Opvoedapp")
        yield from self.open_and_close("search", self.trigger("action-search"),
                                       "Zoeken in de richtlijn")
        yield from self.open_and_close("profile", self.trigger("action-profile"),
                                       "Organisatieprofiel")
        yield self.key(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        yield self.key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)
        yield ("until", lambda: self.window.tabs.currentIndex() == 0
               and self.view("tab-beslisschema").walk.is_finished)
        self.record("safety route")

    def _reflection_dialogs(self) -> Iterator[Step]:
        view = self.view("tab-zelfreflectie")
        # A colleague's result with a long label (D33), imported through the view's own file
        # question (its choose_file seam) and the real Feedback → "Resultaat importeren…"
        # action; the label it proposes is accepted with Enter, as a nurse would.
        if self._shots is not None:
            from opvoedapp.reflection.feedback_file import FeedbackResult, result_json

            item = view.session.competencies[0].items[0].key
            source = self._shots / "long-label-result.json"
            source.write_text(result_json(FeedbackResult(LONG_LABEL, "collega", "2026-11-28",
                                                         {item: 3}), ""), encoding="utf-8")
            view.choose_file = lambda saving, suggested: str(source)
            yield ("do", self.trigger_in("tab-zelfreflectie", "reflection-import"))
            yield ("until", self.modal_shows("Resultaat importeren"))
            yield self.key(Qt.Key.Key_Return)
            yield ("until", lambda: view.round.findText(LONG_LABEL, Qt.MatchFlag.MatchContains)
                   >= 0 or view.compare.findText(LONG_LABEL, Qt.MatchFlag.MatchContains) >= 0)
            yield ("until", self.settled(MAIN_TITLE))
            self.record("after long-label import")
        # The report first asks for her name (optional, never stored): Enter leaves it empty.
        yield ("do", self.click("tab-zelfreflectie", "reflection-report"))
        yield ("until", self.modal_shows("Rapport"))
        yield self.key(Qt.Key.Key_Return)
        yield from self.open_and_close("report", lambda: None, "Rapport zelfreflectie")
        yield from self.open_and_close("team view",
                                       self.trigger_in("tab-zelfreflectie", "reflection-team"),
                                       "Teamoverzicht zelfreflectie")

    def trigger_in(self, tab: str, action_name: str) -> Callable[[], None]:
        from PySide6.QtGui import QAction

        return lambda: self.view(tab).findChild(QAction, action_name).trigger()

    def _consult_handout(self) -> Iterator[Step]:
        alt = Qt.KeyboardModifier.AltModifier
        yield self.key(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        yield self.key(Qt.Key.Key_K, alt)
        yield self.key(Qt.Key.Key_2)
        yield self.key(Qt.Key.Key_V, alt)
        yield self.key(Qt.Key.Key_G)
        yield ("until", lambda: self.window.consult_bar.question.currentIndex() > 0)

        def save_dialog() -> Iterator[Step]:
            yield self.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
            yield ("until", self.modal_shows("Folder opslaan als PDF"))
            self.record("file dialog")
            yield self.key(Qt.Key.Key_Escape)
            yield ("until", lambda: QApplication.activeModalWidget() is not None
                   and QApplication.activeModalWidget().windowTitle() == "Folder voor ouders")

        def in_arabic() -> Iterator[Step]:
            # The parent's language by keyboard (Alt+T, then down to Arabisch): the side panel
            # is taller and the preview bilingual; the dialog must still fit.
            dialog = QApplication.activeModalWidget()
            yield self.key(Qt.Key.Key_T, alt)
            yield ("until", lambda: QApplication.focusWidget() is not None
                   and QApplication.focusWidget().objectName() == "handout-language")
            before = dialog.pdf
            yield self.key(Qt.Key.Key_Down)
            yield ("until", lambda: dialog.pdf != before and dialog.document.pageCount() > 0)
            yield ("until", self.settled("Folder voor ouders"))
            self.record("handout in Arabic")

        def inside() -> Iterator[Step]:
            yield from save_dialog()
            yield from in_arabic()

        shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        yield from self.open_and_close("handout", self.key(Qt.Key.Key_P, shift_ctrl)[1],
                                       "Folder voor ouders", inside())

    def _scheme_walk(self) -> Iterator[Step]:
        scheme = self.view("tab-beslisschema")
        yield self.key(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        yield ("until", lambda: scheme.isVisible())
        for depth in range(12):
            yield self.key(Qt.Key.Key_1)
            if depth == 2:
                yield ("until", self.settled(MAIN_TITLE))
                self.record("scheme step")
            if scheme.walk.is_finished:
                break
        yield ("until", lambda: scheme.walk.is_finished)
        self.record("scheme decision")
        shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        yield from self.open_and_close("handout from decision",
                                       self.key(Qt.Key.Key_P, shift_ctrl)[1],
                                       "Folder voor ouders")


def main() -> int:
    mode, out = sys.argv[1], Path(sys.argv[2])
    shots = Path(sys.argv[3]) if len(sys.argv) > 3 else None
    QApplication([sys.argv[0]])
    from opvoedapp import app as program

    walker: list[Walker] = []
    QTimer.singleShot(0, lambda: walker.append(Walker(out, shots, mode)))
    return program.run([])


if __name__ == "__main__":
    sys.exit(main())
