"""The consult bar: age by years/months or date of birth, refusals where typed, band hints."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from opvoedapp.consult import ConsultState
from opvoedapp.consult_age import age_from_birth_date, age_text, months_between
from opvoedapp.views.consult_bar import ConsultBar

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(("text", "months"), [
    ("23-11-2026", 0), ("22-10-2026", 1), ("24-10-2026", 0), ("23-11-2023", 36),
    ("1/2/2010", 201), ("29-02-2024", 32), ("23.11.2003", 276),
    # as nurses type them (D17): digits only, two-digit years, year first
    ("15082024", 27), ("15-8-24", 27), ("15-08-2024", 27), ("2024-08-15", 27),
    ("150824", 27), ("2020-01-01", 82), ("01-01-05", 262),
])
def test_birth_dates_give_whole_months(text, months) -> None:
    assert age_from_birth_date(text, TODAY).months == months


@pytest.mark.parametrize(("text", "message"), [
    ("24-11-2026", "in de toekomst"), ("31-02-2020", "bestaat niet"),
    ("2020-1301", "dd-mm-jjjj"), ("gisteren", "dd-mm-jjjj"), ("1508202", "dd-mm-jjjj"),
    ("15-13-24", "bestaat niet"),
    ("01-01-1990", "Ouder dan 23 jaar"), ("23-10-2002", "Ouder dan 23 jaar"),
])
def test_impossible_birth_dates_are_refused_in_dutch(text, message) -> None:
    reading = age_from_birth_date(text, TODAY)
    assert reading.months is None and message in reading.message


def test_months_between_counts_completed_months() -> None:
    assert months_between(date(2020, 1, 31), date(2020, 2, 29)) == 0
    assert months_between(date(2020, 1, 31), date(2020, 3, 1)) == 1


@pytest.mark.parametrize(("months", "text"), [
    (0, "0 maanden"), (1, "1 maand"), (12, "1 jaar"), (47, "3 jaar en 11 maanden")])
def test_age_text(months, text) -> None:
    assert age_text(months) == text


@pytest.fixture
def bar(qtbot, content):
    consult = ConsultState()
    widget = ConsultBar(consult)
    widget.set_questions(content.questions)
    widget.set_bands(content.age_phases, content.age_groups)
    qtbot.addWidget(widget)
    widget.show()
    widget.consult = consult
    return widget


def _type(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_a_typed_birth_date_sets_the_age(qtbot, bar) -> None:
    _type(qtbot, bar.birth_date, "01-01-2020")
    qtbot.keyClick(bar.birth_date, Qt.Key.Key_Return)
    assert bar.consult.age_months == months_between(date(2020, 1, 1), date.today())
    assert bar.years.value() * 12 + bar.months.value() == bar.consult.age_months


def test_typing_the_age_by_hand_drops_a_stale_birth_date(qtbot, bar) -> None:
    _type(qtbot, bar.birth_date, "01-01-2020")
    qtbot.keyClick(bar.birth_date, Qt.Key.Key_Return)
    _type(qtbot, bar.years, "3")
    assert bar.birth_date.text() == ""
    assert bar.consult.age_months == 36 + bar.months.value()


def test_a_refused_birth_date_clears_the_previous_childs_age(qtbot, bar) -> None:
    bar.years.setValue(3)
    assert bar.consult.age_months == 36
    _type(qtbot, bar.birth_date, f"01-01-{date.today().year + 1}")
    qtbot.keyClick(bar.birth_date, Qt.Key.Key_Return)
    assert bar.consult.age_months is None  # no tab keeps showing the previous child (D18)
    assert bar.years.value() == -1
    assert "in de toekomst" in bar.hint.text()
    assert "b71c1c" in bar.birth_date.styleSheet()
    _type(qtbot, bar.birth_date, "15-8-24")
    qtbot.keyClick(bar.birth_date, Qt.Key.Key_Return)
    assert bar.consult.age_months is not None
    assert bar.birth_date.styleSheet() == ""  # no red border lingers


def test_the_first_digit_typed_from_a_fresh_start_is_the_age(qtbot, bar) -> None:
    bar.years.setFocus()
    qtbot.keyClick(bar.years, Qt.Key.Key_2)  # over the "—" that means "no age" (D3)
    assert bar.years.value() == 2
    assert bar.consult.age_months == 24
    assert "⚠" not in bar.hint.text()


def test_letters_get_their_own_message(qtbot, bar) -> None:
    bar.years.setFocus()
    qtbot.keyClicks(bar.years, "a")
    qtbot.waitUntil(lambda: "in cijfers" in bar.hint.text())
    assert "Hoogstens" not in bar.hint.text()
    assert bar.consult.age_months is None


def test_months_above_11_are_refused_as_a_whole(qtbot, bar) -> None:
    bar.years.setValue(2)
    _type(qtbot, bar.months, "14")
    qtbot.waitUntil(lambda: "14 maanden kan niet" in bar.hint.text())
    assert "0 tot en met 11" in bar.hint.text()
    assert bar.months.value() == 0  # not a silent "1"
    assert bar.consult.age_months == 24
    assert "b71c1c" in bar.months.styleSheet()


def test_years_above_23_are_refused_as_a_whole(qtbot, bar) -> None:
    bar.years.setFocus()
    qtbot.keyClicks(bar.years, "30")
    qtbot.waitUntil(lambda: "30 jaar kan niet" in bar.hint.text())
    assert "Hoogstens 23 jaar" in bar.hint.text()
    assert bar.years.value() == -1  # not a silent "3" (D19)
    assert bar.consult.age_months is None


def test_3_years_11_months_names_both_tables_and_the_edge(bar) -> None:
    bar.years.setValue(3)
    bar.months.setValue(11)
    text = bar.hint.text()
    assert "Tabel 1: ± 2-4 jaar én ± 5-12 jaar (dicht bij 4 jaar; tussen 4 en 5 jaar" in text
    assert "Tabel 2: Peuter/kleuter (1-4) én Schoolkind (4-12) (dicht bij de grens van 4" in text
    assert "bij benadering" in text


def test_the_gap_between_4_and_5_shows_both_phases_and_why(bar) -> None:
    bar.years.setValue(4)
    bar.months.setValue(6)
    text = bar.hint.text()
    assert "± 2-4 jaar én ± 5-12 jaar" in text and "tussen 4 en 5 jaar heeft Tabel 1" in text
    assert "Tabel 2: Schoolkind (4-12)" in text


def test_14_years_is_one_band_in_each_table(bar) -> None:
    bar.years.setValue(14)
    assert bar.hint.text() == "Tabel 1: ± 12-19 jaar   ·   Tabel 2: Adolescent (12-19)"


def test_19_to_23_and_pregnancy_are_named_as_passing_mentions(bar) -> None:
    bar.years.setValue(21)
    assert "19 tot 23 jaar wordt alleen kort genoemd" in bar.hint.text()
    bar.pregnancy.setChecked(True)
    assert bar.consult.age_months is None and "zwangerschap" in bar.hint.text()
    assert "-9 maanden" in bar.hint.text()
    assert not bar.years.isEnabled()


def test_the_bar_follows_changes_made_elsewhere(bar) -> None:
    bar.consult.set_age_months(30)
    bar.consult.set_question("grenzen")
    assert (bar.years.value(), bar.months.value()) == (2, 6)
    assert bar.question.currentData() == "grenzen"


def test_labels_move_the_focus_with_alt_letters(bar) -> None:
    from PySide6.QtWidgets import QLabel

    buddies = {label.buddy() for label in bar.findChildren(QLabel) if label.buddy()}
    assert {bar.years, bar.birth_date, bar.question} <= buddies


def test_a_long_question_ends_in_an_ellipsis_when_the_bar_is_narrow(qtbot, bar) -> None:
    long_index = max(range(bar.question.count()), key=lambda i: len(bar.question.itemText(i)))
    bar.question.setCurrentIndex(long_index)
    bar.resize(700, bar.height())
    combo = bar.question
    qtbot.waitUntil(lambda: combo.fontMetrics().horizontalAdvance(combo.currentText())
                    > combo.width())
    shown = bar.question.shown_text()
    assert shown.endswith("…") and shown[:-1] in bar.question.currentText()
    assert bar.question.toolTip() == bar.question.currentText()  # the whole text on hover


def test_the_hint_line_never_makes_the_window_jump_at_1366x768(qtbot, tmp_path) -> None:
    """D20: at a band edge the hint wrapped to a second line and the window content moved
    down while the age was typed. The line keeps one height; a long hint is elided."""
    from PySide6.QtCore import QEvent, QPoint, QSettings
    from PySide6.QtWidgets import QApplication

    from conftest import GUIDELINE_DB
    from opvoedapp.app import build_window, load_content

    consult = ConsultState()
    window = build_window(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                          consult)
    qtbot.addWidget(window)
    load_content(window, consult, GUIDELINE_DB, tmp_path / "data")
    window.show()
    qtbot.waitExposed(window)
    # The test screen is smaller: the window opens maximised there. A 1366×768 laptop's size:
    window.showNormal()
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: not window.isMaximized() and (window.width(), window.height())
                    == (1366, 768))
    window.activateWindow()  # as the window system does; shortcuts need an active window
    qtbot.waitUntil(window.isActiveWindow)
    bar = window.consult_bar

    def layout() -> tuple[int, int, int]:
        # Layouts are redone from posted events: hand them out (nested layouts: a few rounds)
        # so what is measured is what the nurse would see next, not the layout before.
        for _ in range(5):
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        tabs_top = window.tabs.mapTo(window, QPoint(0, 0)).y()
        return bar.height(), bar.hint.height(), tabs_top

    before = layout()
    assert bar.hint.text() == ""
    bar.years.setFocus()
    qtbot.keyClicks(bar.years, "4")  # 4 years 0 months: the longest hint, at two band edges
    qtbot.waitUntil(lambda: bar.hint.text().startswith("Tabel 1: ± 2-4 jaar én ± 5-12 jaar"))
    assert layout() == before
    whole = bar.hint.text()
    assert "bij een grens gelden beide" in whole
    shown = QLabel.text(bar.hint)  # what is painted: one line, ending in "…"
    assert shown.endswith("…") and whole.startswith(shown[:-1])
    assert bar.hint.toolTip() == whole and bar.hint.accessibleDescription() == whole
    assert bar.hint.fontMetrics().horizontalAdvance(shown) <= bar.hint.contentsRect().width()
    qtbot.keyClick(bar.years, Qt.Key.Key_Backspace)
    qtbot.keyClicks(bar.years, "14")  # a short hint: shown whole, no tooltip needed
    qtbot.waitUntil(lambda: bar.hint.text().startswith("Tabel 1: ± 12-19 jaar"))
    assert layout() == before
    assert QLabel.text(bar.hint) == bar.hint.text() and bar.hint.toolTip() == ""
    qtbot.keyClick(bar.years, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Nieuw consult
    qtbot.waitUntil(lambda: bar.hint.text() == "")
    assert layout() == before
