"""Parent handouts: content, PDF properties, parent-text language, CLI, dialog, privacy."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrinter

from conftest import GUIDELINE_DB
from opvoedapp.documents.handout_data import handout_data
from opvoedapp.documents.handout_pdf import build_handout_pdf
from opvoedapp.handout_request import HandoutRequest
from opvoedapp.views.handout import printing
from opvoedapp.views.handout.handout_dialog import HandoutDialog
from opvoedapp.views.handout.save import save_pdf

# Words a parent should not meet in our texts (professional jargon of the guideline).
JARGON = ("interventie", "pedagogisch", "draagkracht", "draaglast", "signalering", "taxatie",
          "geïndiceerd", "selectief", "universeel", "evidence", "effectief", "preventie",
          "lichte hulp", "psychosociaal", "JGZ", "competentie", "anamnese")
MAX_WORDS_PER_SENTENCE = 22


def _parent_texts(content):
    return {k: b.text for k, b in content.text_blocks.items() if k.startswith("parent.")}


def test_every_phase_and_every_table2_intervention_has_parent_text(content) -> None:
    texts = _parent_texts(content)
    for phase in content.age_phases:
        assert texts.get(f"parent.phase.{phase.key}.normal")
        assert texts.get(f"parent.phase.{phase.key}.tips")
    described = {i.key for i in content.interventions if i.description_own}
    in_matrix = {e.intervention_key for c in content.matrix_cells for e in c.entries}
    for key in in_matrix & described:
        assert texts.get(f"parent.intervention.{key}.what"), key
    assert all(content.text_blocks[k].own_words and content.text_blocks[k].sources
               for k in texts)


def test_parent_texts_are_plain_language(content) -> None:
    for key, text in _parent_texts(content).items():
        for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
            assert len(sentence.split()) <= MAX_WORDS_PER_SENTENCE, (key, sentence)
        lowered = text.lower()
        for word in JARGON:
            assert word.lower() not in lowered, (key, word)


def _pdf(content, **request) -> bytes:
    data = handout_data(content, HandoutRequest(**request), addressee="",
                        today=date(2026, 11, 23))
    return build_handout_pdf(data)


@pytest.mark.parametrize("phase", ["0-2", "2-4", "5-12", "12-19"])
def test_handout_for_each_phase(content, phase) -> None:
    pdf = _pdf(content, age_phase_keys=(phase,), intervention_keys=("triple-p",))
    assert pdf.startswith(b"%PDF")
    assert b"/Lang (nl)" in pdf
    assert b"/Title (Informatie over opvoeden)" in pdf
    assert b"/FontFile2" in pdf and b"DejaVuSans" in pdf  # embedded: ĳ, ë, é, € render


def test_handout_pages_are_numbered_and_render(content, qtbot) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtPdf import QPdfDocument

    pdf = _pdf(content, age_phase_keys=("2-4",), intervention_keys=tuple(
        i.key for i in content.interventions if i.in_table2)[:12])
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    assert document.pageCount() >= 2
    last = document.pageCount()
    assert f"Pagina {last}" in document.getAllText(last - 1).text()
    document.close()


def test_unknown_programme_gets_no_invented_description(content) -> None:
    data = handout_data(content, HandoutRequest(intervention_keys=("stap-voor-stap",)))
    assert data.interventions[0].what.startswith("Meer informatie hierover krijgt u")


def _cli(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "XDG_DATA_HOME": str(tmp_path)}
    return subprocess.run([sys.executable, "-m", "opvoedapp", "handout", *args], env=env,
                          capture_output=True, text=True, check=False, timeout=120)


def test_cli_builds_a_handout(tmp_path: Path) -> None:
    out = tmp_path / "folder.pdf"
    result = _cli("--age", "1.5", "--question", "gedrag", "-o", str(out), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(("args", "message"), [
    (["--age", "20", "--question", "gedrag"], "buiten de richtlijn"),
    (["--age", "-1", "--question", "gedrag"], "buiten de richtlijn"),
    (["--age", "twee", "--question", "gedrag"], "geen getal"),
    (["--age", "3", "--question", "slapen"], "onbekende vraag"),
    (["--age", "3", "--question", "gedrag", "--intervention", "Zwemles"], "onbekende interventie"),
])
def test_cli_refuses_bad_input_with_one_dutch_line(tmp_path, args, message) -> None:
    result = _cli(*args, "-o", str(tmp_path / "x.pdf"), tmp_path=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr


def test_cli_unwritable_output(tmp_path: Path) -> None:
    result = _cli("--age", "3", "--question", "gedrag", "-o", "/proc/folder.pdf",
                  tmp_path=tmp_path)
    assert result.returncode == 2 and result.stderr.startswith("opvoedapp: ")


def test_save_to_a_read_only_or_missing_folder_gives_dutch_message(tmp_path: Path) -> None:
    assert "bestaat niet" in save_pdf(tmp_path / "weg" / "f.pdf", b"%PDF")
    assert save_pdf(Path("/proc/f.pdf"), b"%PDF")
    target = tmp_path / "f.pdf"
    target.write_bytes(b"old")
    assert save_pdf(target, b"%PDF-new") == "" and target.read_bytes() == b"%PDF-new"


@pytest.fixture
def dialog(qtbot, content, tmp_path):
    saved = tmp_path / "opgeslagen.pdf"
    widget = HandoutDialog(content, HandoutRequest(age_phase_keys=("2-4",),
                                                    intervention_keys=("triple-p", "k-vht")),
                           None, ask_save_path=lambda: str(saved))
    qtbot.addWidget(widget)
    widget.saved_path = saved
    return widget


def test_dialog_previews_the_exact_pdf_and_saves_it(qtbot, dialog) -> None:
    assert dialog.document.pageCount() >= 1
    assert "Kortdurende Video-Hometraining" in dialog.page_text()
    dialog.parts.item(2).setCheckState(Qt.CheckState.Unchecked)  # 0: phase, 1: Triple P
    dialog.refresh()
    assert "Kortdurende Video-Hometraining" not in dialog.page_text()
    from PySide6.QtGui import QKeySequence, QShortcut

    # Offscreen windows never become active, so fire the Ctrl+S shortcut object itself.
    save = next(sc for sc in dialog.findChildren(QShortcut)
                if sc.key() == QKeySequence(QKeySequence.StandardKey.Save))
    save.activated.emit()
    assert dialog.saved_path.read_bytes() == dialog.pdf


def test_no_printer_disables_print_with_an_explanation(qtbot, content, monkeypatch) -> None:
    monkeypatch.setattr(printing, "printers_available", lambda: False)
    widget = HandoutDialog(content, HandoutRequest(age_phase_keys=("0-2",)), None)
    qtbot.addWidget(widget)
    assert not widget.print_button.isEnabled()
    assert "Geen printer gevonden" in widget.status.text()
    assert widget.save_button.isEnabled()


def test_printing_respects_the_page_range(qtbot, dialog, tmp_path) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtPdf import QPdfDocument

    dialog.parts.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.refresh()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(1, 1)
    assert dialog.print_to(printer)
    buffer = QBuffer()
    buffer.setData(QByteArray(out.read_bytes()))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    assert document.pageCount() == 1


@pytest.mark.qt_log_ignore("QPainter::begin")  # the failure this test provokes
def test_printer_error_gives_a_dutch_message_and_offers_saving(qtbot, dialog, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Save)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName("/proc/geen-printer/uit.pdf")  # cannot be opened
    assert not dialog.print_to(printer)
    assert asked and "kon niet worden afgedrukt" in asked[0]
    assert dialog.saved_path.exists()  # the PDF was offered for saving, and saved


def test_addressee_name_is_used_once_and_stored_nowhere(qtbot, dialog, home, tmp_path) -> None:
    name = "Zebedeus Quintijn"
    dialog.addressee.setText(name)
    dialog.refresh()
    assert f"Voor de ouders van {name}" in dialog.page_text()
    QSettings().sync()
    dialog.close()
    for folder in (home, tmp_path):
        for path in folder.rglob("*"):
            if path.is_file() and path != dialog.saved_path:
                assert name.encode() not in path.read_bytes(), path


def test_open_in_reader_uses_a_temporary_copy_removed_on_close(qtbot, content) -> None:
    opened: list[Path] = []
    widget = HandoutDialog(content, HandoutRequest(age_phase_keys=("0-2",)), None,
                           open_external=lambda p: opened.append(p) or True)
    qtbot.addWidget(widget)
    widget.addressee.setText("Tijdelijk Naampje")
    widget.open_in_reader()
    assert opened and opened[0].read_bytes() == widget.pdf
    widget.reject()
    assert not opened[0].exists() and not opened[0].parent.exists()


def test_no_pdf_reader_gives_a_dutch_message(qtbot, content, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    widget = HandoutDialog(content, HandoutRequest(age_phase_keys=("0-2",)), None,
                           open_external=lambda p: False)
    qtbot.addWidget(widget)
    widget.open_in_reader()
    assert shown and "geen programma om PDF-bestanden te openen" in shown[0]
    widget.reject()
