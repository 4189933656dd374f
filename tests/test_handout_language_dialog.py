"""The nurse picks the parent's language in the handout dialog with the keyboard; the preview
holds the bilingual PDF, and exactly that PDF is saved and printed. Nothing about the choice
is kept: the next dialog starts at "Alleen Nederlands"."""

from __future__ import annotations

import datetime
import io
import re

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox

from opvoedapp.handout_request import HandoutRequest
from opvoedapp.profile.model import LanguageReview, OrganisationProfile
from opvoedapp.views.handout.handout_dialog import HandoutDialog

REQUEST = HandoutRequest(question_key="gedrag", age_months=30)
ARABIC = re.compile(r"[\u0600-\u06FF]")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
UNREVIEWED_NL = "Deze vertaling is nog niet nagekeken"


def _text(pdf: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _open(qtbot, content, profile=None, saved: list[str] | None = None) -> HandoutDialog:
    target = iter(saved or [])
    dialog = HandoutDialog(content, REQUEST, profile, ask_save_path=lambda: next(target))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # (waitActive outside `with` does not wait)
    return dialog


def _pick(qtbot, dialog: HandoutDialog, name_nl: str) -> None:
    """Alt+T (the label's mnemonic) to the combo, then arrow keys down to the language."""
    combo = dialog.findChild(QComboBox, "handout-language")
    # Keys go where the focus is, as the window system sends them.
    QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is combo)
    before = dialog.pdf
    for _ in range(combo.count()):
        if combo.currentText().startswith(name_nl):
            break
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText().startswith(name_nl)
    qtbot.waitUntil(lambda: dialog.pdf != before, timeout=10_000)


def test_the_choice_is_keyboard_reachable_and_named(qtbot, content) -> None:
    dialog = _open(qtbot, content)
    combo = dialog.findChild(QComboBox, "handout-language")
    assert combo.accessibleName() == "Taal van de ouder"
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels[0] == "Alleen Nederlands"
    assert labels[1:] == ["Arabisch – العربية", "Engels – English", "Oekraïens – Українська",
                          "Pools – Polski", "Turks – Türkçe"]
    assert combo.currentIndex() == 0 and not ARABIC.search(_text(dialog.pdf))


def test_arabic_is_previewed_saved_and_printed_as_one_pdf(qtbot, content, tmp_path) -> None:
    saved = tmp_path / "folder-ar.pdf"
    dialog = _open(qtbot, content, saved=[str(saved)])
    _pick(qtbot, dialog, "Arabisch")
    text = _text(dialog.pdf)
    assert ARABIC.search(text), "no Arabic in the handout"
    assert content.text("handout.label.title") in text  # the Dutch beside it
    assert UNREVIEWED_NL in text  # the shipped translation is not reviewed yet
    state = dialog.findChild(type(dialog.language_choice.state), "handout-language-state")
    assert "nog niet nagekeken" in state.text()
    # The preview holds this very PDF (QtPdf's own text of it, Arabic included).
    assert ARABIC.search(dialog.page_text())
    QTest.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved.read_bytes() == dialog.pdf
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert dialog.print_to(printer)
    from pypdf import PdfReader

    assert len(PdfReader(printed).pages) == dialog.document.pageCount() >= 1


def test_back_to_dutch_only_and_ukrainian(qtbot, content) -> None:
    dialog = _open(qtbot, content)
    _pick(qtbot, dialog, "Oekraïens")
    assert CYRILLIC.search(_text(dialog.pdf))
    combo = dialog.findChild(QComboBox, "handout-language")
    before = dialog.pdf
    QTest.keyClick(combo, Qt.Key.Key_Home)
    assert combo.currentText() == "Alleen Nederlands"
    qtbot.waitUntil(lambda: dialog.pdf != before, timeout=10_000)
    text = _text(dialog.pdf)
    assert not CYRILLIC.search(text) and UNREVIEWED_NL not in text


def test_a_language_the_organisation_reviewed_has_no_unreviewed_line(qtbot, content,
                                                                    tmp_path) -> None:
    profile = OrganisationProfile(tmp_path / "organisatie.toml", "JGZ Zuid", phone="012 345",
                                  reviews=(LanguageReview("ar", datetime.date(2026, 1, 5),
                                                          "tolk-vertaler Arabisch"),))
    dialog = _open(qtbot, content, profile)
    _pick(qtbot, dialog, "Arabisch")
    assert ARABIC.search(_text(dialog.pdf)) and UNREVIEWED_NL not in _text(dialog.pdf)
    assert "nagekeken door de organisatie op 05-01-2026" in \
        dialog.language_choice.state.text()


def test_the_choice_is_not_kept(qtbot, content, tmp_path) -> None:
    dialog = _open(qtbot, content)
    _pick(qtbot, dialog, "Turks")
    dialog.close()
    again = _open(qtbot, content)
    assert again.findChild(QComboBox, "handout-language").currentText() == "Alleen Nederlands"
    settings = QSettings()
    everything = " ".join(f"{k}={settings.value(k)}" for k in settings.allKeys())
    assert "Turks" not in everything and "tr" not in re.findall(r"\b\w+\b", everything)


@pytest.mark.parametrize("name_nl", ["Engels", "Pools", "Turks"])
def test_every_language_can_be_chosen(qtbot, content, name_nl: str) -> None:
    dialog = _open(qtbot, content)
    _pick(qtbot, dialog, name_nl)
    code = dialog.language_choice.language()
    title = content.translation("handout.label.title", code)
    assert title and title.split()[0] in _text(dialog.pdf)
