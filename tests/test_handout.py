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

from opvoedapp.documents.handout_data import handout_data
from opvoedapp.documents.handout_pdf import build_handout_pdf
from opvoedapp.documents.save import save_pdf
from opvoedapp.handout_request import HandoutRequest
from opvoedapp.views.handout import printing
from opvoedapp.views.handout.handout_dialog import HandoutDialog
from pdf_pages import page_count, page_texts

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
        assert texts.get(f"parent.phase.{phase.key}.title")
        assert texts.get(f"parent.phase.{phase.key}.normal")
        assert texts.get(f"parent.phase.{phase.key}.tips")
    for general in ("intro", "worry", "offer"):
        assert texts.get(f"parent.{general}"), general
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


def test_every_decision_outcome_but_safety_has_a_parent_text(content) -> None:
    """The safety outcome is left to the professional's own words in the agreements."""
    from opvoedapp.decision.load import scheme_from_content

    texts = _parent_texts(content)
    for outcome in scheme_from_content(content).outcomes:
        has_text = bool(texts.get(f"parent.outcome.{outcome.key}.text"))
        assert has_text == (outcome.key != "veiligheid"), outcome.key


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
    # Every font is an embedded subset of DejaVu: no standard font (ReportLab's default
    # Helvetica) is left for the reader to substitute.
    fonts = re.findall(rb"/BaseFont /([^\s/>]+)", pdf)
    assert fonts and all(re.fullmatch(rb"[A-Z]{6}\+DejaVuSans(-\w+)?", f) for f in fonts), fonts


def test_handout_pages_are_numbered_and_render(content, qtbot) -> None:
    pdf = _pdf(content, age_phase_keys=("2-4",), intervention_keys=tuple(
        i.key for i in content.interventions if i.in_table2)[:12])
    pages = page_texts(pdf)
    assert len(pages) >= 2
    assert f"Pagina {len(pages)}" in pages[-1]


def _text_of(content, profile=None, **request) -> str:
    data = handout_data(content, HandoutRequest(**request), profile, today=date(2026, 11, 23))
    return _pdf_text(build_handout_pdf(data))


def test_outcome_agreements_come_first_and_safety_adds_no_text(content) -> None:
    text = _text_of(content, age_phase_keys=("2-4",), intervention_keys=("triple-p",),
                    outcome_key="lichte-hulp", agreements=("Beloningskaart maken",),
                    follow_up="Over zes weken bellen we")
    decided = content.text("parent.outcome.lichte-hulp.text")
    assert decided and " ".join(decided.split()) in text
    assert text.index("Wat we hebben besproken") < text.index("Uw peuter")
    assert text.index("Beloningskaart maken") < text.index("Hulp en cursussen")
    assert "Vervolg: Over zes weken bellen we" in text
    safety = _text_of(content, outcome_key="veiligheid", agreements=("Morgen terugbellen",))
    assert "Morgen terugbellen" in safety
    assert not any(content.text(f"parent.outcome.{k}.text") in safety
                   for k in ("informatie", "advies", "lichte-hulp", "verwijzing"))


def test_when_to_worry_follows_the_phases(content) -> None:
    worry = " ".join(content.text("parent.worry").split())
    assert worry in _text_of(content, age_phase_keys=("5-12",))
    assert worry not in _text_of(content, intervention_keys=("gordon",))


def test_the_local_offer_note_goes_when_every_intervention_has_local_details(
        content, tmp_path) -> None:
    from opvoedapp.profile.model import OfferedIntervention, OrganisationProfile

    note = " ".join(content.text("parent.offer").split())
    assert note in _text_of(content, intervention_keys=("triple-p", "gordon"))
    profile = OrganisationProfile(tmp_path / "organisatie.toml", "JGZ Test", offered=(
        OfferedIntervention("triple-p", "Bel 012 345"), OfferedIntervention("gordon", "Via ons")))
    local = _text_of(content, profile, intervention_keys=("triple-p", "gordon"))
    assert note not in local
    assert "Aanmelden: Bel 012 345" in local and "Aanmelden: Via ons" in local
    assert "JGZ Test" in local  # contact block and footer


def test_dutch_letters_survive_in_the_pdf(content) -> None:
    """Embedded DejaVu carries ĳ, ë, é and €; the standard PDF fonts would lose ĳ."""
    sample = "Bĳ het ĳsje: ruïne, één café, € 5"
    text = _text_of(content, age_phase_keys=("0-2",), personal_note=sample)
    assert sample in text


def test_unidentified_programme_never_reaches_a_parent(content) -> None:
    # F4: nobody could identify Stap voor Stap (interventies.md §4), so no handout offers it,
    # not even when chosen by hand; a known programme without a parent text gets no invented one.
    data = handout_data(content, HandoutRequest(intervention_keys=("stap-voor-stap",)))
    assert data.interventions == ()
    data = handout_data(content, HandoutRequest(intervention_keys=("bemoeizorg",)))
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
    (["--age", "nan", "--question", "gedrag"], "geen getal"),
    (["--age", "3", "--question", "slapen"], "onbekende vraag"),
    (["--age", "3", "--question", "gedrag", "--intervention", "Zwemles"], "onbekende interventie"),
])
def test_cli_refuses_bad_input_with_one_dutch_line(tmp_path, args, message) -> None:
    result = _cli(*args, "-o", str(tmp_path / "x.pdf"), tmp_path=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr


@pytest.mark.parametrize("names", [["--intervention", "Triple P", "K-VHT"],
                                   ["--intervention", "Triple P", "--intervention", "K-VHT"]])
def test_cli_takes_several_interventions_in_either_form(tmp_path, names) -> None:
    out = tmp_path / "folder.pdf"
    result = _cli("--age", "2", "--question", "aanpak", *names, "-o", str(out),
                  tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    text = _pdf_text(out.read_bytes())
    assert "Triple P" in text and "Kortdurende Video-Hometraining" in text
    assert "Gordon" not in text  # named interventions replace the question's list


def test_cli_without_interventions_covers_the_question_for_that_age(tmp_path, content) -> None:
    out = tmp_path / "folder.pdf"
    result = _cli("--age", "15", "--question", "grenzen", "-o", str(out), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    text = _pdf_text(out.read_bytes())
    from opvoedapp.documents.handout_parts import default_intervention_keys

    listed = {e.intervention_key for c in content.matrix_cells
              if c.question_key == "grenzen" and c.age_group_key == "adolescent"
              for e in c.entries}
    expected = set(default_intervention_keys(content, "grenzen", 180))
    assert expected and expected <= listed
    for key in expected:
        shown_as = content.text(f"parent.intervention.{key}.name") or content.intervention(key).name
        assert shown_as in text, key
    assert "Gordon" not in text  # Gordon is for parents of children of 2 to 12
    assert "Uw puber (ongeveer 12 tot 19 jaar)" in text


def _pdf_text(pdf: bytes) -> str:
    return " ".join("\n".join(page_texts(pdf)).split())


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

    dialog.parts.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.refresh()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(1, 1)
    assert dialog.print_to(printer)
    assert page_count(out.read_bytes()) == 1


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


def _holds(path: Path, name: str) -> bool:
    data = path.read_bytes()
    if any(name.encode(codec) in data for codec in ("utf-8", "utf-16-le", "utf-16-be")):
        return True
    if data.startswith(b"%PDF"):  # compressed, font-subset text: read it as a reader would
        return name in _pdf_text(data)
    return False


def test_addressee_name_is_used_once_and_stored_nowhere(qtbot, dialog, home, tmp_path,
                                                        caplog) -> None:
    import logging

    caplog.set_level(logging.DEBUG)
    name = "Zebedeus Quintijn"
    opened: list[Path] = []
    dialog._open_external = lambda path: opened.append(path) or True
    dialog.addressee.setText(name)
    dialog.refresh()
    assert f"Voor de ouders van {name}" in dialog.page_text()
    dialog.save_handout()  # the user's own chosen file: that one carries the name, on purpose
    assert _holds(dialog.saved_path, name)  # so the search below can see a name in a PDF
    dialog.open_in_reader()
    printed = tmp_path / "geprint.pdf"
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    assert dialog.print_to(printer)
    QSettings().sync()
    dialog.close()
    assert opened and not opened[0].parent.exists()
    for folder in (home, tmp_path):
        for path in folder.rglob("*"):
            if path.is_file() and path not in (dialog.saved_path, printed):
                assert not _holds(path, name), path
    settings = QSettings()
    assert not any(name in str(settings.value(key)) for key in settings.allKeys())
    assert not any(name in record.getMessage() for record in caplog.records)
    assert name not in dialog.current_request().personal_note


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


def test_stale_reader_copies_are_swept_and_fresh_ones_kept(tmp_path) -> None:
    import os
    import time

    from opvoedapp.views.handout import temporary_copy

    stale = tmp_path / f"{temporary_copy.PREFIX}oud"
    fresh = tmp_path / f"{temporary_copy.PREFIX}nieuw"
    for folder in (stale, fresh):
        folder.mkdir()
        (folder / "folder.pdf").write_bytes(b"%PDF Voor de ouders van ...")
    long_ago = time.time() - temporary_copy.STALE_AFTER_S - 60
    os.utime(stale, (long_ago, long_ago))
    temporary_copy.sweep_stale(folder=tmp_path)
    assert not stale.exists() and fresh.exists()


def test_the_reader_copy_goes_when_the_program_quits(qtbot, content) -> None:
    from PySide6.QtCore import QCoreApplication

    widget = HandoutDialog(content, HandoutRequest(age_phase_keys=("0-2",)), None,
                           open_external=lambda p: True)
    qtbot.addWidget(widget)
    widget.open_in_reader()
    copy, _error = widget._temporary_copy.write(widget.pdf)
    assert copy is not None and copy.exists()
    QCoreApplication.instance().aboutToQuit.emit()
    assert not copy.parent.exists()
    widget.reject()


def test_parts_are_reordered_by_keyboard_and_the_handout_follows(qtbot, content) -> None:
    from PySide6.QtWidgets import QPushButton

    widget = HandoutDialog(content, HandoutRequest(
        age_phase_keys=("2-4",), intervention_keys=("triple-p", "gordon"),
        outcome_key="lichte-hulp", agreements=("Beloningskaart maken",)), None)
    qtbot.addWidget(widget)
    labels = [widget.parts.item(i).text() for i in range(widget.parts.count())]
    assert labels[0].startswith("Wat we hebben besproken") and labels[2] == "Triple P"
    text = " ".join(widget.page_text().split())
    assert text.index("Wat we hebben besproken") < text.index("Uw peuter") < text.index("Triple P")
    widget.parts.setCurrentRow(3)  # Gordon, moved to the top with Alt+Up three times
    up = widget.findChild(QPushButton, "handout-part-up")
    for _ in range(3):
        up.click()
    widget._refresh_now()
    text = " ".join(widget.page_text().split())
    assert text.index("Gordon") < text.index("Wat we hebben besproken") < text.index("Uw peuter")
    assert text.index("Gordon") < text.index("Triple P")  # within a section: list order


def test_the_agreements_can_be_left_out(qtbot, content) -> None:
    widget = HandoutDialog(content, HandoutRequest(
        age_phase_keys=("0-2",), outcome_key="advies", agreements=("Vaste bedtijd",),
        follow_up="Bellen over twee weken"), None)
    qtbot.addWidget(widget)
    assert "Vaste bedtijd" in widget.page_text()
    widget.parts.item(0).setCheckState(Qt.CheckState.Unchecked)
    widget._refresh_now()
    text = widget.page_text()
    assert "Vaste bedtijd" not in text and "Bellen over twee weken" not in text
    assert "Wat we hebben besproken" not in text


def test_every_field_has_a_label_that_points_to_it(qtbot, dialog) -> None:
    from PySide6.QtWidgets import QLabel

    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    assert {dialog.parts, dialog.addressee, dialog.note} <= buddies


def test_the_note_counts_and_stops_at_its_limit(qtbot, content) -> None:
    from opvoedapp.handout_request import NOTE_MAX_CHARS

    widget = HandoutDialog(content, HandoutRequest(age_phase_keys=("0-2",)), None)
    qtbot.addWidget(widget)
    counter = widget.panel.note_counter
    assert counter.text() == f"0/{NOTE_MAX_CHARS}"
    qtbot.keyClicks(widget.note, "Tot over twee weken. ")
    assert counter.text() == f"21/{NOTE_MAX_CHARS}"
    widget.note.insertPlainText("x" * 5000)  # a paste far over the limit
    assert len(widget.note.toPlainText()) == NOTE_MAX_CHARS
    assert widget.note.toPlainText().startswith("Tot over twee weken. x")
    qtbot.keyClicks(widget.note, "meer")  # typing on at the limit adds nothing
    assert len(widget.note.toPlainText()) == NOTE_MAX_CHARS
    assert counter.text() == f"{NOTE_MAX_CHARS}/{NOTE_MAX_CHARS}"
    widget.reject()


def test_cli_refuses_a_note_over_the_limit(tmp_path: Path) -> None:
    from opvoedapp.handout_request import NOTE_MAX_CHARS

    out = tmp_path / "folder.pdf"
    ok = _cli("--age", "2", "--question", "gedrag", "--note", "n" * NOTE_MAX_CHARS,
              "-o", str(out), tmp_path=tmp_path)
    assert ok.returncode == 0, ok.stderr
    refused = _cli("--age", "2", "--question", "gedrag", "--note", "n" * (NOTE_MAX_CHARS + 1),
                   "-o", str(tmp_path / "te-lang.pdf"), tmp_path=tmp_path)
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1
    assert "de notitie is 2001 tekens lang" in refused.stderr
    assert not (tmp_path / "te-lang.pdf").exists()
