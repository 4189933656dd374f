"""Interventies: model checks, filters and alias search, Table 2 matrix, detail, instruments."""

from __future__ import annotations

import pytest

from opvoedapp.consult import ConsultState
from opvoedapp.search.finder import FinderCriteria, accepts, finder_entries
from opvoedapp.views.handout_basket import HandoutBasket
from opvoedapp.views.interventions.interventions_view import InterventionsView
from opvoedapp.views.interventions.models import KEY_ROLE
from opvoedapp.views.offer_state import OfferState


@pytest.fixture(scope="module")
def entries(content):
    return finder_entries(content)


def _found(entries, **criteria) -> set[str]:
    wanted = FinderCriteria(**criteria)
    return {key for key, entry in entries.items() if accepts(entry, wanted)}


@pytest.mark.parametrize(("text", "expected"), [
    ("vht", {"vht", "k-vht"}),
    ("VHT", {"vht", "k-vht"}),
    ("ouder baby", {"ouder-baby-interventie"}),
    ("moeder-baby", {"ouder-baby-interventie"}),
    ("opvoeden & zo", {"opvoeden-en-zo"}),
    ("peuter in zicht", {"peuter-in-zicht"}),
])
def test_text_search_ignores_case_and_finds_aliases(entries, text, expected) -> None:
    assert expected <= _found(entries, text=text)
    assert "gordon" not in _found(entries, text=text)


def test_triple_p_3_finds_niveau_3(entries) -> None:
    assert _found(entries, text="triple p 3") == {"triple-p"}
    assert _found(entries, text="triple p pubers") == {"triple-p"}


def test_diacritics_are_ignored(entries) -> None:
    assert _found(entries, text="aanbeveling") == _found(entries, text="aanbevéling")


def test_filters_follow_table2(entries) -> None:
    baby_behaviour_light = _found(entries, age_group="baby", question="gedrag", kind="lichte hulp")
    assert baby_behaviour_light == {"pedagogisch-adviseren", "k-vht", "ouder-baby-interventie"}
    assert "vipp-sd" in _found(entries, evidence="bewezen effectief")
    assert _found(entries, evidence="bewezen effectief") == {"vipp-sd"}
    # Named only in §5.2: found by text, by no Table 2 filter.
    assert "bemoeizorg" in _found(entries, text="bemoeizorg")
    assert "bemoeizorg" not in _found(entries, age_group="schoolkind")


def test_models_pass_qtmodeltester(qtmodeltester, qtbot, content) -> None:
    view = InterventionsView(content, ConsultState(), OfferState(), HandoutBasket())
    qtbot.addWidget(view)
    qtmodeltester.check(view.model)
    view.search.setText("vht")
    qtmodeltester.check(view.proxy)


@pytest.fixture
def view(qtbot, content):
    consult, offer, basket = ConsultState(), OfferState(), HandoutBasket()
    widget = InterventionsView(content, consult, offer, basket)
    qtbot.addWidget(widget)
    widget.consult, widget.offer, widget.basket = consult, offer, basket
    return widget


def _listed(view) -> list[str]:
    return [view.proxy.index(r, 0).data(KEY_ROLE) for r in range(view.proxy.rowCount())]


def test_the_consult_sets_age_group_and_question(qtbot, view) -> None:
    view.consult.set_age_months(6)
    view.consult.set_question("emoties")
    assert view.age_group.currentData() == "baby"
    assert view.question.currentData() == "emoties"
    assert set(_listed(view)) == {"triple-p", "pedagogisch-adviseren", "gordon",
                                  "stap-voor-stap", "k-vht", "ouder-baby-interventie"}
    view.kind.setCurrentIndex(view.kind.findData("lichte hulp"))
    assert set(_listed(view)) == {"pedagogisch-adviseren", "k-vht", "ouder-baby-interventie"}


def test_typing_filters_and_the_detail_follows(qtbot, view) -> None:
    qtbot.keyClicks(view.search, "ouder baby")
    assert _listed(view)[0] == "ouder-baby-interventie"  # name first, descriptions after
    view.table.selectRow(0)
    text = view.detail.toPlainText()
    assert "Oordeel in de richtlijn (2013)" in text and "waarschijnlijk effectief" in text
    assert "Later, na de richtlijn" in text and "2016" in text
    assert "voetnoot 4" in text and "Moeder-Baby-interventie" in text


def test_matrix_lists_cells_in_order_and_links_open_the_detail(qtbot, view, content) -> None:
    view.question.setCurrentIndex(view.question.findData("ontwikkeling"))
    label = view.matrix.cellWidget(1, 2)  # lichte hulp, schoolkind
    assert label.text().index("Triple P") < label.text().index("VHT")
    view.matrix.intervention_clicked.emit("armoede-en-gezondheid")
    assert view.selected_key() == "armoede-en-gezondheid"
    assert "Armoede en gezondheid" in view.detail.toPlainText()


def test_gaps_are_shown_as_gaps(qtbot, view) -> None:
    view.show_intervention("stap-voor-stap")
    text = view.detail.toPlainText()
    assert "Niet bekend (gat in de bronnen)" in text and "niet gevonden" in text


def test_instruments_follow_the_age_with_the_caution(qtbot, view) -> None:
    view.consult.set_age_months(14 * 12)
    text = view.instruments.toPlainText()
    assert "validatieonderzoek" in text
    assert "KIVPA" in text and "BITSEA" not in text
    assert "SPARK" in text  # no age in the guideline: always listed
    view.consult.set_age_months(26)
    assert "BITSEA" in view.instruments.toPlainText()


def test_add_selected_to_handout(qtbot, view) -> None:
    view.show_intervention("home-start")
    view.add_button.click()
    assert view.basket.request.intervention_keys == ("home-start",)
