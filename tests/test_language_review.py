"""The organisation marks a handout language as reviewed in its profile: read, checked, written
back, decided into one state; a malformed entry gets a Dutch message and loses nothing."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from opvoedapp.profile.for_content import find_and_load, language_names, offer_names
from opvoedapp.profile.language_review import language_state
from opvoedapp.profile.loader import load_profile
from opvoedapp.profile.model import ProfileError
from opvoedapp.profile.writer import profile_to_toml
from opvoedapp.views.profile_dialog import ProfileDialog

HEAD = 'versie = 1\n[organisatie]\nnaam = "JGZ Voorbeeldregio"\n'
GOOD = HEAD + """
[[vertaling]]
taal = "ar"
nagekeken_op = 2026-11-20
nagekeken_door = "tolk-vertaler Arabisch"

[[vertaling]]
taal = "Pools"
nagekeken_op = "2025-03-01"
nagekeken_door = "  docent Pools, JGZ-team Zuid "
"""


def _load(tmp_path: Path, text: str, content):
    path = tmp_path / "organisatie.toml"
    path.write_text(text, encoding="utf-8")
    return load_profile(path, offer_names(content), language_names(content))


def test_reviews_are_read_by_code_or_name(tmp_path, content) -> None:
    profile = _load(tmp_path, GOOD, content)
    arabic, polish = profile.reviews
    assert (arabic.language, arabic.reviewed_on, arabic.reviewer_role) == (
        "ar", datetime.date(2026, 11, 20), "tolk-vertaler Arabisch")
    assert (polish.language, polish.reviewed_on, polish.reviewer_role) == (
        "pl", datetime.date(2025, 3, 1), "docent Pools, JGZ-team Zuid")


def test_the_state_comes_from_file_and_profile(tmp_path, content) -> None:
    profile = _load(tmp_path, GOOD, content)
    arabic, english = content.language("ar"), content.language("en")
    assert arabic.review == english.review == "unreviewed"  # the files as shipped
    assert not language_state(english, profile).reviewed
    assert language_state(english, profile).label == "nog niet nagekeken"
    assert not language_state(arabic, None).reviewed
    state = language_state(arabic, profile)
    assert state.reviewed and state.by_organisation == profile.reviews[0]
    assert state.label == ("nagekeken door de organisatie op 20-11-2026 "
                           "(tolk-vertaler Arabisch)")
    assert language_state(english._replace(review="reviewed"), None).label == "nagekeken"


def test_written_reviews_read_back_the_same(tmp_path, content) -> None:
    profile = _load(tmp_path, GOOD, content)
    again = _load(tmp_path, profile_to_toml(profile), content)
    assert again.reviews == profile.reviews
    assert "nagekeken_op = 2026-11-20" in profile_to_toml(profile)


TOMORROW = (datetime.date.today() + datetime.timedelta(days=1)).isoformat()


@pytest.mark.parametrize(("block", "expected"), [
    ('vertaling = "ar"', "[[vertaling]] moet een lijst van blokken zijn"),
    ('vertaling = ["ar"]', "vertaling 1 is geen blok"),
    ('[[vertaling]]\nnagekeken_op = 2026-01-02\nnagekeken_door = "tolk"', "'taal' ontbreekt"),
    ('[[vertaling]]\ntaal = "Duits"\nnagekeken_op = 2026-01-02\nnagekeken_door = "tolk"',
     "de taal 'Duits' is onbekend. Bekend zijn: ar, en, pl, tr, uk."),
    ('[[vertaling]]\ntaal = "ar"\nnagekeken_op = "20 november"\nnagekeken_door = "tolk"',
     "'nagekeken_op' moet een datum zijn, zoals 2026-11-20"),
    ('[[vertaling]]\ntaal = "ar"\nnagekeken_op = 2026-01-02T10:00:00\nnagekeken_door = "t"',
     "'nagekeken_op' moet een datum zijn"),
    ('[[vertaling]]\ntaal = "ar"\nnagekeken_door = "tolk"', "'nagekeken_op' moet een datum"),
    (f'[[vertaling]]\ntaal = "ar"\nnagekeken_op = {TOMORROW}\nnagekeken_door = "tolk"',
     "ligt in de toekomst"),
    ('[[vertaling]]\ntaal = "ar"\nnagekeken_op = 2026-01-02', "'nagekeken_door' ontbreekt"),
    ('[[vertaling]]\ntaal = "ar"\nnagekeken_op = 2026-01-02\nnagekeken_door = 3',
     "'nagekeken_door' ontbreekt"),
    ('[[vertaling]]\ntaal = "ar"\nnagekeken_op = 2026-01-02\nnagekeken_door = "' + "x" * 121
     + '"', "korte rol op één regel"),
    ('[[vertaling]]\ntaal = "ar"\nnagekeken_op = 2026-01-02\nnagekeken_door = "a\\nb"',
     "korte rol op één regel"),
    ('[[vertaling]]\ntaal = "ar"\nnagekeken_op = 2026-01-02\nnagekeken_door = "tolk"\n'
     '[[vertaling]]\ntaal = "Arabisch"\nnagekeken_op = 2026-01-03\nnagekeken_door = "tolk"',
     "vertaling 2: de taal 'ar' staat al in een eerder blok"),
])
def test_a_malformed_review_is_one_dutch_message(tmp_path, content, block: str,
                                                 expected: str) -> None:
    # A top-level key goes before [organisatie], a [[vertaling]] block after it.
    text = (HEAD + "\n" + block + "\n" if block.startswith("[[")
            else block + "\n" + HEAD)
    with pytest.raises(ProfileError) as caught:
        _load(tmp_path, text, content)
    assert expected in caught.value.message
    assert caught.value.message.startswith(f"Organisatieprofiel {tmp_path / 'organisatie.toml'}")
    # Nothing lost: the file is left exactly as it was.
    assert (tmp_path / "organisatie.toml").read_text(encoding="utf-8") == text


def test_at_start_up_a_malformed_review_is_reported_and_the_program_goes_on(
        tmp_path, content, monkeypatch) -> None:
    path = tmp_path / "organisatie.toml"
    path.write_text(HEAD + '[[vertaling]]\ntaal = "ar"\n', encoding="utf-8")
    monkeypatch.setenv("OPVOEDAPP_PROFILE", str(path))
    profile, message = find_and_load(content)
    assert profile is None and "'nagekeken_op' moet een datum zijn" in message


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    return shown


def _type_row(qtbot, table, row: int, day: str, role: str) -> None:
    """Tick the language with Space and type date and role, as a keyboard user does: the
    first key opens the cell's editor, the rest goes to it, Return commits."""
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.setCurrentCell(row, 0)
    QTest.keyClick(table, Qt.Key.Key_Space)
    for column, text in ((1, day), (2, role)):
        QTest.keyClick(table, Qt.Key.Key_Right)
        assert table.currentColumn() == column
        QTest.keyClicks(table, text[0])
        qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
        editor = QApplication.focusWidget()
        QTest.keyClicks(editor, text[1:])  # ASCII only: QTest cannot type other keys
        QTest.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is table)


def test_the_dialog_marks_a_language_reviewed(qtbot, content, tmp_path, warnings) -> None:
    target = tmp_path / "user" / "organisatie.toml"
    dialog = ProfileDialog(content, None, target, choose_file=lambda _saving: "")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # (waitActive outside `with` does not wait)
    dialog.fields["name"].setText("JGZ Zuid")
    table = dialog.language_reviews
    assert table.objectName() == "profile-language-reviews" and table.accessibleName()
    _type_row(qtbot, table, table.row_of("uk"), "05-10-2026", "tolk-vertaler Oekraiens")
    assert table.item(table.row_of("uk"), 0).checkState() == Qt.CheckState.Checked
    dialog.save()
    assert not warnings, warnings
    loaded = load_profile(target, offer_names(content), language_names(content))
    assert [(r.language, r.reviewed_on, r.reviewer_role) for r in loaded.reviews] == [
        ("uk", datetime.date(2026, 10, 5), "tolk-vertaler Oekraiens")]
    # And the saved review is shown again when the dialog opens on that profile.
    again = ProfileDialog(content, loaded, target, choose_file=lambda _saving: "")
    qtbot.addWidget(again)
    row = again.language_reviews.row_of("uk")
    assert again.language_reviews.item(row, 1).text() == "05-10-2026"


@pytest.mark.parametrize(("day", "role", "expected"), [
    ("31-02-2026", "tolk", "'31-02-2026' is geen datum"),
    ("", "tolk", "'' is geen datum"),
    ("05-10-2026", "", "vul bij 'Door' de rol in"),
    ("05-10-2999", "tolk", "ligt in de toekomst"),
])
def test_a_bad_row_in_the_dialog_is_refused_and_nothing_is_lost(
        qtbot, content, tmp_path, warnings, day: str, role: str, expected: str) -> None:
    target = tmp_path / "user" / "organisatie.toml"
    dialog = ProfileDialog(content, None, target, choose_file=lambda _saving: "")
    qtbot.addWidget(dialog)
    dialog.fields["name"].setText("JGZ Zuid")
    table = dialog.language_reviews
    row = table.row_of("ar")
    table.item(row, 0).setCheckState(Qt.CheckState.Checked)
    table.item(row, 1).setText(day)
    table.item(row, 2).setText(role)
    dialog.save()
    assert len(warnings) == 1 and expected in warnings[0]
    assert "Arabisch" in warnings[0] or "vertaling 1" in warnings[0]
    assert dialog.saved is None and not target.exists()
    assert (table.item(row, 1).text(), table.item(row, 2).text()) == (day, role)
    assert dialog.fields["name"].text() == "JGZ Zuid"


def test_help_over_lists_the_five_languages_and_their_states(qtbot, tmp_path,
                                                             monkeypatch) -> None:
    """Through the real window: the profile at start-up, Help → Over as the menu opens it."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QLabel

    from conftest import GUIDELINE_DB
    from opvoedapp import app
    from opvoedapp.consult import ConsultState
    from opvoedapp.views import about_dialog

    path = tmp_path / "organisatie.toml"
    path.write_text(GOOD, encoding="utf-8")
    monkeypatch.setenv("OPVOEDAPP_PROFILE", str(path))
    consult = ConsultState()
    window = app.build_window(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                              consult)
    qtbot.addWidget(window)
    app.load_content(window, consult, GUIDELINE_DB, tmp_path / "data")
    shown: list[str] = []
    monkeypatch.setattr(about_dialog.AboutDialog, "exec", lambda self: shown.append(
        self.findChild(QLabel, "about-text").text()) or 0)
    window.about_requested.emit()
    assert shown
    text = shown[0]
    for line in ("Arabisch (<span dir='rtl'>العربية</span>): nagekeken door de organisatie op "
                 "20-11-2026 (tolk-vertaler Arabisch)",
                 "Engels (<span dir='ltr'>English</span>): nog niet nagekeken",
                 "Oekraïens (<span dir='ltr'>Українська</span>): nog niet nagekeken",
                 "Pools (<span dir='ltr'>Polski</span>): nagekeken door de organisatie op "
                 "01-03-2025 (docent Pools, JGZ-team Zuid)",
                 "Turks (<span dir='ltr'>Türkçe</span>): nog niet nagekeken"):
        assert line in text
