"""The consult bar: age by years/months or date of birth, refusals where typed, band hints."""

from __future__ import annotations

from datetime import date

import pytest

from opvoedapp.consult import ConsultState
from opvoedapp.consult_age import age_from_birth_date, months_between
from opvoedapp.views.consult_bar import ConsultBar

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(("text", "months"), [
    ("23-11-2026", 0), ("22-10-2026", 1), ("24-10-2026", 0), ("23-11-2023", 36),
    ("1/2/2010", 201), ("29-02-2024", 32),
])
def test_birth_dates_give_whole_months(text, months) -> None:
    assert age_from_birth_date(text, TODAY).months == months


@pytest.mark.parametrize(("text", "message"), [
    ("24-11-2026", "in de toekomst"), ("31-02-2020", "bestaat niet"),
    ("2020-01-01", "dd-mm-jjjj"), ("gisteren", "dd-mm-jjjj"),
    ("01-01-1990", "Ouder dan 23 jaar"),
])
def test_impossible_birth_dates_are_refused_in_dutch(text, message) -> None:
    reading = age_from_birth_date(text, TODAY)
    assert reading.months is None and message in reading.message


def test_months_between_counts_completed_months() -> None:
    assert months_between(date(2020, 1, 31), date(2020, 2, 29)) == 0
    assert months_between(date(2020, 1, 31), date(2020, 3, 1)) == 1


@pytest.fixture
def bar(qtbot, content):
    consult = ConsultState()
    widget = ConsultBar(consult)
    widget.set_questions(content.questions)
    widget.set_bands(content.age_phases, content.age_groups)
    qtbot.addWidget(widget)
    widget.consult = consult
    return widget


def test_a_typed_birth_date_sets_the_age(bar) -> None:
    bar.birth_date.setText("01-01-2020")
    bar.birth_date.editingFinished.emit()
    assert bar.consult.age_months == months_between(date(2020, 1, 1), date.today())
    assert bar.years.value() * 12 + bar.months.value() == bar.consult.age_months


def test_a_future_birth_date_is_refused_and_changes_nothing(bar) -> None:
    bar.years.setValue(3)
    bar.birth_date.setText(f"01-01-{date.today().year + 1}")
    bar.birth_date.editingFinished.emit()
    assert bar.consult.age_months == 36
    assert "in de toekomst" in bar.hint.text()


def test_the_gap_between_4_and_5_shows_both_phases_and_why(bar) -> None:
    bar.years.setValue(4)
    bar.months.setValue(6)
    text = bar.hint.text()
    assert "± 2-4 jaar + ± 5-12 jaar" in text and "tussen 4 en 5 jaar" in text
    assert "Schoolkind (4-12)" in text


def test_19_to_23_and_pregnancy_are_named_as_passing_mentions(bar) -> None:
    bar.years.setValue(21)
    assert "19 tot 23 jaar wordt alleen kort genoemd" in bar.hint.text()
    bar.pregnancy.setChecked(True)
    assert bar.consult.age_months is None and "zwangerschap" in bar.hint.text()
    assert not bar.years.isEnabled()


def test_new_consult_clears_everything_and_nothing_is_stored(bar, home) -> None:
    bar.birth_date.setText("17-03-2019")
    bar.birth_date.editingFinished.emit()
    bar.question.setCurrentIndex(2)
    bar.consult.clear()
    assert bar.birth_date.text() == "" and bar.years.value() == -1
    assert bar.question.currentIndex() == 0 and bar.hint.text() == ""
    from PySide6.QtCore import QSettings

    QSettings().sync()
    for path in home.rglob("*"):
        if path.is_file():
            assert b"17-03-2019" not in path.read_bytes(), path


def test_the_bar_follows_changes_made_elsewhere(bar) -> None:
    bar.consult.set_age_months(30)
    bar.consult.set_question("grenzen")
    assert (bar.years.value(), bar.months.value()) == (2, 6)
    assert bar.question.currentData() == "grenzen"
