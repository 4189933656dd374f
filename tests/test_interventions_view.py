"""Interventies: model checks, filters and alias search, Table 2 matrix, detail, instruments."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from opvoedapp.consult import ConsultState
from opvoedapp.search.finder import FinderCriteria, accepts, finder_entries
from opvoedapp.state.handout_basket import HandoutBasket
from opvoedapp.state.offer_state import OfferState
from opvoedapp.views.interventions.interventions_view import InterventionsView
from opvoedapp.views.interventions.models import KEY_ROLE


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
    assert _found(entries, text="australie") == _found(entries, text="AUSTRALIË") == {"triple-p"}


def test_filters_follow_table2(entries) -> None:
    baby_behaviour_light = _found(entries, age_groups=("baby",), question="gedrag",
                                  kind="lichte hulp")
    assert baby_behaviour_light == {"pedagogisch-adviseren", "k-vht", "ouder-baby-interventie"}
    assert "vipp-sd" in _found(entries, evidence="bewezen effectief")
    assert _found(entries, evidence="bewezen effectief") == {"vipp-sd"}
    # Named only in §5.2: found by text, by no Table 2 filter.
    assert "bemoeizorg" in _found(entries, text="bemoeizorg")
    assert "bemoeizorg" not in _found(entries, age_groups=("schoolkind",))
    both = _found(entries, age_groups=("peuter-kleuter", "schoolkind"), question="gedrag")
    assert both == (_found(entries, age_groups=("peuter-kleuter",), question="gedrag")
                    | _found(entries, age_groups=("schoolkind",), question="gedrag"))


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
    light = next(r for r in view.matrix.grid.rows if not r.topic and r.kind == "lichte hulp")
    school = view.matrix.grid.columns.index("schoolkind")
    names = [e.printed_name for cell in light.cells[school] for e in cell.entries]
    assert names.index("Triple P") < names.index("VHT")
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


def test_near_a_boundary_both_age_groups_are_chosen_and_marked(qtbot, view) -> None:
    view.consult.set_age_months(3 * 12 + 11)
    view.consult.set_question("gedrag")
    assert view.criteria().age_groups == ("peuter-kleuter", "schoolkind")
    assert "rond 4 jaar" in view.age_group.currentText()
    listed = set(_listed(view))
    assert {"vipp-sd", "drukke-kinderen"} <= listed  # one from each group's lichte hulp
    view.pages.setCurrentWidget(view.matrix)
    html = view.matrix.toHtml()
    assert html.count("● ") >= 2  # both column headers carry the mark
    view.consult.set_age_months(14 * 12)
    assert view.criteria().age_groups == ("adolescent",)
    assert all("rond" not in view.age_group.itemText(i) for i in range(view.age_group.count()))


def test_the_age_group_from_the_consult_can_be_changed_here(qtbot, view) -> None:
    view.consult.set_age_months(6)
    view.age_group.setCurrentIndex(view.age_group.findData("adolescent"))
    assert view.criteria().age_groups == ("adolescent",)
    assert view.consult.age_months == 6  # the consult itself is not changed by the filter


def test_qualification_filter_offers_only_what_the_content_holds(view, content) -> None:
    offered = {view.evidence.itemData(i) for i in range(1, view.evidence.count())}
    assert offered == {i.evidence for i in content.interventions if i.evidence}
    assert view.evidence.itemData(1) == "bewezen effectief"  # strongest first


def test_matrix_shows_sub_topics_and_unreadable_places_as_gaps(view) -> None:
    view.question.setCurrentIndex(view.question.findData("ontwikkeling"))
    grid = view.matrix.grid
    assert grid.columns[-1] == ""  # "Leeftijd niet af te lezen"
    topics = [(r.topic, r.kind) for r in grid.rows]
    assert ("Zindelijkheid", "lichte hulp") in topics and ("Spraak/taal", "") in topics
    text = view.matrix.toPlainText()
    assert "Leeftijd niet af te lezen" in text and "soort niet vermeld" in text
    assert "uit de bron niet zeker af te lezen" in text
    assert "droogbedtraining" in view.matrix.links()


def test_matrix_links_are_reached_and_opened_with_the_keyboard(qtbot, view) -> None:
    view.consult.set_question("emoties")
    view.pages.setCurrentWidget(view.matrix)
    view.show()
    view.matrix.setFocus()
    with qtbot.waitSignal(view.matrix.intervention_clicked) as opened:
        qtbot.keyClick(view.matrix, Qt.Key.Key_Tab)
        qtbot.keyClick(view.matrix, Qt.Key.Key_Return)
    assert opened.args == [view.matrix.links()[0]]
    assert view.selected_key() == view.matrix.links()[0]


def test_detail_gives_footnote_text_cells_as_a_table_and_readable_sources(view) -> None:
    view.show_intervention("ouder-baby-interventie")
    text = view.detail.toPlainText()
    assert "Voetnoot 4: Waarschijnlijk effectief" in text
    assert "Richtlijn (samenvatting) §5.2" in text and "seed:" not in text
    assert "content:" not in text
    view.show_intervention("triple-p")
    text = view.detail.toPlainText()
    assert "Ook bekend als" in text and "Triple P niveau 3," not in text  # numbered spellings
    assert "Leeftijd niet af te lezen" in text  # the sub-topic cells without a column


def test_offer_column_only_with_an_organisation_profile(view) -> None:
    assert view.table.isColumnHidden(2)
    assert "Geen organisatieprofiel" in view.found.text()
    view.offer.set_offer({"home-start": "Bel 010-1234567"})
    assert not view.table.isColumnHidden(2)
    row = _listed(view).index("home-start")
    assert view.proxy.index(row, 2).data() == "● aangeboden"
    view.show_intervention("home-start")
    assert "Aanbod van uw organisatie: Bel 010-1234567" in view.detail.toPlainText()
    assert "Geen organisatieprofiel" not in view.found.text()


def test_search_jumps_to_an_instrument_even_outside_the_age(view) -> None:
    view.consult.set_age_months(14 * 12)
    assert "BITSEA" not in view.instruments.toPlainText()
    view.show_entry("instrument", "bitsea")
    assert view.pages.currentWidget() is view.instruments
    assert "BITSEA" in view.instruments.toPlainText()


def test_a_user_filters_opens_a_detail_and_adds_it_to_the_handout(qtbot, view) -> None:
    view.show()
    view.consult.set_age_months(8)
    view.consult.set_question("aanpak")
    view.kind.setCurrentIndex(view.kind.findData("lichte hulp"))
    view.search.setFocus()
    qtbot.keyClicks(view.search, "vht")
    assert _listed(view) == ["k-vht"]
    assert "Kortdurende Video-Hometraining" in view.detail.toPlainText()
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert view.basket.request.intervention_keys == ("k-vht",)


# --- hidden matches (issue 13, review D22) -----------------------------------------------------

def test_hidden_matches_are_counted_per_filter(entries) -> None:
    from opvoedapp.search.finder import hidden_matches

    older = FinderCriteria(age_groups=("schoolkind",), text="ouder baby")
    hidden = hidden_matches(entries.values(), older)
    # K-VHT is for parents of babies and listed at school age too; the Ouder-Baby-interventie
    # is not: one match hidden by the age.
    assert _found(entries, age_groups=("schoolkind",), text="ouder baby") == {"k-vht"}
    assert hidden.other_ages == 1 and hidden.other_filters == 0
    assert not hidden_matches(entries.values(), FinderCriteria(text="ouder baby"))
    assert not hidden_matches(entries.values(), FinderCriteria(age_groups=("schoolkind",)))


def test_a_hidden_match_is_announced_and_all_ages_is_one_key_away(qtbot, view) -> None:
    view.show()
    view.consult.set_age_months(10 * 12)
    assert view.age_group.currentData() == "schoolkind"
    view.search.setFocus()
    qtbot.keyClicks(view.search, "ouder baby")
    assert _listed(view) == ["k-vht"]
    hint = view.hidden_hint
    assert hint.isVisible()
    assert hint.label.text() == "1 treffer bij een andere leeftijd verborgen."
    assert hint.all_ages.isVisible()
    hint.all_ages.setFocus()
    qtbot.keyClick(hint.all_ages, Qt.Key.Key_Space)
    assert view.age_group.currentData() == ""
    assert _listed(view)[0] == "ouder-baby-interventie"
    assert view.search.text() == "ouder baby" and not hint.isVisible()


def test_other_filters_hiding_matches_are_named_too(qtbot, view) -> None:
    view.show()
    # DroogBedTraining is in Table 2 under "Algemene ontwikkeling" only.
    view.question.setCurrentIndex(view.question.findData("aanpak"))
    qtbot.keyClicks(view.search, "droogbed")
    assert _listed(view) == []
    assert view.hidden_hint.label.text() == "1 treffer verborgen door de andere filters."
    assert not view.hidden_hint.all_ages.isVisible()
    qtbot.mouseClick(view.hidden_hint.no_filters, Qt.MouseButton.LeftButton)
    assert _listed(view) == ["droogbedtraining"] and view.search.text() == "droogbed"
    assert view.question.currentData() == "" and not view.hidden_hint.isVisible()
