"""Content for professionals, faithful to the guideline (review F1, F5, F9, F10)."""

from __future__ import annotations

from opvoedapp.content.evidence import EVIDENCE_LEVELS, at_least
from opvoedapp.search.finder import FinderCriteria


def test_recommendation_one_is_the_advice_to_inform_parents(content) -> None:
    first = content.recommendations[0]
    assert first.text.startswith("Het advies is om ter preventie")
    assert "actief te informeren" in first.text and "Opvoeden.nl" in first.text
    assert not any(r.text.startswith("Tabel 1 geeft") for r in content.recommendations)
    assert len(content.recommendations) == 31  # one per ¢ in the seed


def test_recommendations_five_six_and_fourteen_keep_what_follows_them(content) -> None:
    texts = [r.text for r in content.recommendations]
    assert "Basistakenpakket (BTP), te weten:\n• De algemene anamnese" in texts[4]
    assert "Aanbevolen wordt een instrument te ontwikkelen" in texts[5]
    assert "Het programma VoorZorg is theoretisch goed onderbouwd" in texts[13]


def test_one_label_per_databank_level_in_the_guidelines_words(content) -> None:
    labels = {i.evidence for i in content.interventions if i.evidence}
    assert labels <= set(EVIDENCE_LEVELS)
    assert "in theorie effectief" not in labels and "veelbelovend" not in labels
    by_key = {i.key: i.evidence for i in content.interventions}
    for key in ("home-start", "vht", "k-vht", "veiligheidsinformatiekaarten", "stap-programmas"):
        assert by_key[key] == "aanwijzingen van effectiviteit", key
    assert by_key["triple-p"] == by_key["gordon"] == "theoretisch goed onderbouwd"
    triple_p = content.intervention("triple-p").guideline_qualification
    assert "Triple P is de enige interventie op dit niveau die, in Australië, bewezen " \
           "effectief is" in triple_p


def test_filter_is_at_least_this_level_strongest_first(content) -> None:
    from opvoedapp.search.finder import accepts, finder_entries

    assert at_least("bewezen effectief") == {"bewezen effectief"}
    assert at_least("aanwijzingen van effectiviteit") == {
        "bewezen effectief", "waarschijnlijk effectief", "aanwijzingen van effectiviteit"}
    entries = finder_entries(content)
    criteria = FinderCriteria((), "", "", "waarschijnlijk effectief", "")
    shown = {key for key, entry in entries.items() if accepts(entry, criteria)}
    assert {"vipp-sd", "ouder-baby-interventie", "droogbedtraining"} <= shown
    assert "home-start" not in shown and "triple-p" not in shown


def test_table2_note_on_other_guidelines_is_shown_with_table2(qtbot, content) -> None:
    from opvoedapp.views.interventions.matrix_view import MatrixView

    view = MatrixView(content)
    qtbot.addWidget(view)
    view.show_question("gedrag")
    assert "richtlijnen voor huilen, voedingsgedrag en eetproblemen en zindelijkheid" in \
        view.toPlainText()
