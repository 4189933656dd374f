"""Leeftijdsfasen: the consult's phase opened and marked; normal vs serious; what comes next."""

from __future__ import annotations

from PySide6.QtCore import Qt

import pytest

from opvoedapp.consult import ConsultState
from opvoedapp.views.age_phases.age_phases_view import CURRENT_MARK, AgePhasesView
from opvoedapp.views.handout_basket import HandoutBasket


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


def test_the_gap_and_boundaries_mark_both_phases_with_the_reason(view) -> None:
    view.consult.set_age_months(4 * 12 + 6)
    assert len(_marked(view)) == 2
    assert "geen fase tussen 4 en 5 jaar" in view.detail.toPlainText()
    view.consult.set_age_months(12 * 12 - 1)
    assert len(_marked(view)) == 2
    assert "dicht bij een grens" in view.detail.toPlainText()


def test_normal_and_serious_problems_are_apart_in_words_and_symbols(view, content) -> None:
    view.list.setCurrentRow(1)
    text = view.detail.toPlainText()
    normal = text.index("✓ Hoort bij deze leeftijd")
    serious = text.index("⚠ Ernstig door moment, duur of heftigheid")
    assert normal < text.index("Driftbuien") < serious < text.index("Encopresis")


def test_anticipatory_guidance_shows_the_next_phase(view) -> None:
    view.list.setCurrentRow(0)
    text = view.detail.toPlainText()
    assert "Wat komt er straks? Anticiperende voorlichting (± 2-4 jaar)" in text
    assert "Koppigheid" in text
    view.list.setCurrentRow(3)
    assert "Wat komt er straks" not in view.detail.toPlainText()


def test_add_the_shown_phase_to_the_handout(qtbot, view) -> None:
    view.consult.set_age_months(30)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert view.basket.request.age_phase_keys == ("2-4",)
    with qtbot.waitSignal(view.basket.open_requested):
        qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)


def test_new_consult_removes_the_marks(view) -> None:
    view.consult.set_age_months(30)
    view.consult.clear()
    assert _marked(view) == []
