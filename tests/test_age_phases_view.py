"""Leeftijdsfasen: the consult phase opened and marked; normal vs serious; what comes next."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from opvoedapp.consult import ConsultState
from opvoedapp.search.index import problem_key
from opvoedapp.state.handout_basket import HandoutBasket
from opvoedapp.views.age_phases.age_phases_view import CURRENT_MARK, AgePhasesView
from opvoedapp.views.age_phases.phase_html import phase_html
from opvoedapp.views.style import NORMAL, SERIOUS


@pytest.fixture
def view(qtbot, content):
    consult, basket = ConsultState(), HandoutBasket()
    widget = AgePhasesView(content, consult, basket)
    qtbot.addWidget(widget)
    widget.consult, widget.basket = consult, basket
    return widget


def _marked(view) -> list[str]:
    return [view.list.item(r).text() for r in range(view.list.count())
            if view.list.item(r).text().startswith(CURRENT_MARK)]


def test_the_consult_age_opens_and_marks_its_phase(view) -> None:
    view.consult.set_age_months(8 * 12)
    assert _marked(view) == [CURRENT_MARK + "± 5-12 jaar"]
    assert view.selected_key() == "5-12"
    assert view.list.currentItem().font().bold()
    assert "Het kind in dit consult: 8 jaar" in view.detail.toPlainText()


def test_3_years_11_months_marks_both_phases_and_names_the_edge(view) -> None:
    view.consult.set_age_months(3 * 12 + 11)
    assert _marked(view) == [CURRENT_MARK + "± 2-4 jaar", CURRENT_MARK + "± 5-12 jaar"]
    assert view.selected_key() == "2-4"
    text = view.detail.toPlainText()
    assert "3 jaar en 11 maanden" in text
    assert "Dicht bij 4 jaar; tussen 4 en 5 jaar heeft Tabel 1 geen fase" in text
    assert "bij benadering" in text


def test_the_gap_and_boundaries_mark_both_phases_with_the_reason(view) -> None:
    view.consult.set_age_months(4 * 12 + 6)
    assert len(_marked(view)) == 2
    assert "Tussen 4 en 5 jaar heeft Tabel 1 geen fase" in view.detail.toPlainText()
    view.consult.set_age_months(12 * 12 - 1)
    assert len(_marked(view)) == 2
    assert "Dicht bij de grens van 12 jaar" in view.detail.toPlainText()
    view.consult.set_age_months(14 * 12)
    assert _marked(view) == [CURRENT_MARK + "± 12-19 jaar"]


def test_normal_and_serious_problems_are_apart_in_words_symbols_and_colour(view, content) -> None:
    view.list.setCurrentRow(1)
    text = view.detail.toPlainText()
    normal = text.index("✓ Hoort bij deze leeftijd")
    serious = text.index("⚠ Ernstig door moment, duur of heftigheid")
    assert normal < text.index("Driftbuien") < serious < text.index("Encopresis")
    html = phase_html(content.age_phases[1], None)
    assert NORMAL.background in html and SERIOUS.background in html
    assert NORMAL != SERIOUS


def test_anticipatory_guidance_shows_the_next_phase(view) -> None:
    view.list.setCurrentRow(0)
    text = view.detail.toPlainText()
    assert "Wat komt er straks? Anticiperende voorlichting (± 2-4 jaar)" in text
    assert "Koppigheid" in text
    view.list.setCurrentRow(3)
    assert "Wat komt er straks" not in view.detail.toPlainText()


def test_the_phases_are_picked_with_the_keyboard(qtbot, view) -> None:
    view.list.setFocus()
    view.list.setCurrentRow(0)
    qtbot.keyClick(view.list, Qt.Key.Key_Right)
    assert view.selected_key() == "2-4"
    assert "± 2-4 jaar" in view.detail.toPlainText().splitlines()[0]


def test_add_the_shown_phase_to_the_handout(qtbot, view) -> None:
    view.consult.set_age_months(30)
    assert view.add_button.text() == "Neem ‘± 2-4 jaar’ op in folder"
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert view.basket.request.age_phase_keys == ("2-4",)
    with qtbot.waitSignal(view.basket.open_requested):
        qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)


def test_a_problem_found_by_search_is_marked_until_another_phase_is_picked(view) -> None:
    view.show_entry("problem", problem_key("2-4", "Encopresis"))
    assert view.selected_key() == "2-4"
    assert "Encopresis ◀" in view.detail.toPlainText()
    view.list.setCurrentRow(2)
    view.list.setCurrentRow(1)
    assert "◀" not in view.detail.toPlainText()


def test_new_consult_removes_the_marks(view) -> None:
    view.consult.set_age_months(30)
    view.consult.clear()
    assert _marked(view) == []
    assert "Vul de leeftijd in" in view.legend.text()
