"""No trace of a child next to the program: Qt's file-dialog memory, a killed run's reader
copy, the print job's title."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from conftest import ROOT
from opvoedapp.handout_request import HandoutRequest
from pdf_pages import open_pdf

CHILD = "Xylofiena Quackenbosch"


def _files_naming(root: Path, needle: str) -> list[Path]:
    found = []
    for path in root.rglob("*"):
        if needle in str(path) or path.is_file() and needle.encode() in path.read_bytes():
            found.append(path)
    return found


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen completer popup
def test_saving_into_a_childs_folder_leaves_no_trace_in_qt_settings(qtbot, content, home,
                                                                     tmp_path) -> None:
    from opvoedapp.views import app_events, file_dialog_privacy
    from opvoedapp.views.handout.handout_dialog import HandoutDialog

    file_dialog_privacy.install(QApplication.instance())
    folder = tmp_path / CHILD
    folder.mkdir()
    target = folder / "folder.pdf"
    dialog = HandoutDialog(content, HandoutRequest(age_phase_keys=("0-2",)), None)
    qtbot.addWidget(dialog)
    # As in the program, where the dialog is found over the main window (app_events): the
    # file dialog shown over it, and closed, is seen through it.
    dialog.show()
    qtbot.waitExposed(dialog)
    app_events.guard_window(dialog)
    typed: list[str] = []

    def answer_the_file_dialog() -> None:
        chooser = QApplication.activeModalWidget()
        if not isinstance(chooser, QFileDialog):
            return
        poll.stop()
        # Typed into the name field as a user does; accepted through the dialog itself (on
        # the offscreen platform Return reaches the field but not the default button).
        name = chooser.findChild(QLineEdit, "fileNameEdit")
        name.selectAll()
        qtbot.keyClicks(name, str(target))
        typed.append(name.text())
        chooser.selectFile(name.text())
        chooser.accept()

    poll = QTimer(interval=10)
    poll.timeout.connect(answer_the_file_dialog)
    poll.start()
    dialog.save_handout()  # Qt's own file dialog, answered by typing as a user does
    poll.stop()
    assert typed and target.read_bytes().startswith(b"%PDF")
    qt_conf = Path(os.environ["XDG_CONFIG_HOME"]) / "QtProject.conf"
    first_name = CHILD.split(maxsplit=1)[0]  # Qt writes the folder as a URL: "Xylofiena%20Quack…"
    qtbot.waitUntil(lambda: not qt_conf.exists() or first_name not in qt_conf.read_text())
    assert _files_naming(home, first_name) == []
    dialog.reject()


def test_a_killed_runs_reader_copy_is_gone_after_the_next_start(tmp_path: Path) -> None:
    env = dict(os.environ, TMPDIR=str(tmp_path / "tmp"), QT_QPA_PLATFORM="offscreen",
               HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "home" / "config"),
               XDG_DATA_HOME=str(tmp_path / "home" / "data"))
    (tmp_path / "tmp").mkdir()
    killed = textwrap.dedent(f"""
        import os, signal
        from opvoedapp.views.handout.temporary_copy import TemporaryCopy
        path, error = TemporaryCopy().write(b"%PDF Voor de ouders van {CHILD}")
        print(path, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    first = subprocess.run([sys.executable, "-c", killed], env=env, cwd=ROOT,
                           capture_output=True, text=True, timeout=60, check=False)
    assert first.returncode == -signal.SIGKILL
    copy = Path(first.stdout.strip())
    assert copy.is_file() and copy.parent.parent == tmp_path / "tmp"
    env["OPVOEDAPP_EXIT_AFTER"] = "ready"  # start the real program, then quit
    second = subprocess.run([sys.executable, "-m", "opvoedapp"], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=120, check=False)
    assert second.returncode == 0, second.stderr
    assert not copy.parent.exists()
    assert _files_naming(tmp_path / "tmp", CHILD) == []


def test_the_print_job_title_carries_no_name(qapp, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from opvoedapp.selftest.checks import build_probe_pdf
    from opvoedapp.views.handout import printing

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "afdruk.pdf"))
    printer.setDocName(f"Folder voor {CHILD}")  # as a careless caller might
    with open_pdf(build_probe_pdf()) as document:
        printing.print_document(document, printer)
    assert printer.docName() == printing.JOB_TITLE == "Opvoedapp folder"
    assert CHILD.encode() not in (tmp_path / "afdruk.pdf").read_bytes()
