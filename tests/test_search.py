"""Global search (Ctrl+F): everything is findable, ranked, and a hit jumps to its place."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from conftest import GUIDELINE_DB
from opvoedapp import app
from opvoedapp.consult import ConsultState
from opvoedapp.search.index import build_index, search
from opvoedapp.views.search_dialog import SearchDialog


@pytest.fixture(scope="module")
def index(content):
    return build_index(content)


def test_every_kind_of_content_is_indexed(index, content) -> None:
    kinds = {e.kind for e in index}
    assert kinds == {"phase", "problem", "question", "intervention", "instrument",
                     "competency", "step", "outcome", "recommendation"}
    assert sum(e.kind == "competency" for e in index) == 92
    assert sum(e.kind == "recommendation" for e in index) == len(content.recommendations)


@pytest.mark.parametrize(("query", "kind", "title_part"), [
    ("driftbuien", "problem", "Driftbuien"),
    ("vht", "intervention", "Video-hometraining"),
    ("sdq", "instrument", "SDQ"),
    ("grenzen stellen", "question", "Grenzen stellen"),
    ("signaleren", "step", "Signaleren"),
    ("niet-pluisgevoel", "competency", "niet-pluisgevoel"),
    ("zelfreflectie instrument", "recommendation", "§8.4"),
    ("12-19", "phase", "12-19"),
])
def test_finds_and_ranks(index, query, kind, title_part) -> None:
    hits = search(index, query)
    assert hits, query
    best = next(h for h in hits if h.kind == kind)
    assert title_part.lower() in best.title.lower()
    assert hits.index(best) < 5


def test_a_title_match_ranks_above_a_text_match(index) -> None:
    hits = search(index, "triple p")
    assert hits[0].kind == "intervention" and hits[0].key == "triple-p"


@pytest.fixture
def window(qtbot, tmp_path: Path):
    consult = ConsultState()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    main = app.build_window(settings, consult)
    qtbot.addWidget(main)
    services = app.load_content(main, consult, GUIDELINE_DB, tmp_path / "data")
    return main, services


def _dialog(qtbot, main, services):
    dialog = SearchDialog(build_index(services.content),
                          lambda e: main.jump_to(e.tab, e.kind, e.key), main)
    qtbot.addWidget(dialog)
    return dialog


def test_typing_and_enter_jumps_to_the_problem(qtbot, window) -> None:
    main, services = window
    dialog = _dialog(qtbot, main, services)
    qtbot.keyClicks(dialog.field, "encopresis")
    assert "Probleem (Tabel 1) (± 2-4 jaar, ernstig): Encopresis" in dialog.results.item(0).text()
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    view = main.tabs.currentWidget().view
    assert main.tabs.currentWidget().objectName() == "tab-leeftijdsfasen"
    assert view.selected_key() == "2-4"


def test_jump_to_an_intervention_and_a_step(qtbot, window) -> None:
    main, services = window
    dialog = _dialog(qtbot, main, services)
    dialog.field.setText("ouder baby")
    dialog.open_current()
    assert main.tabs.currentWidget().view.selected_key() == "ouder-baby-interventie"
    dialog = _dialog(qtbot, main, services)
    dialog.field.setText("zorgbehoefte vaststellen")
    dialog.open_current()
    scheme = main.tabs.currentWidget().view
    assert scheme.walk.current_step.key == "zorgbehoefte"


def test_recommendations_are_shown_in_the_preview(qtbot, window) -> None:
    main, services = window
    dialog = _dialog(qtbot, main, services)
    dialog.field.setText("Signaleren mag nooit gebeuren")
    assert "Aanbeveling" in dialog.results.item(0).text()
    assert "delen van de signalen met de ouders" in dialog.preview.toPlainText()


def test_ctrl_f_is_the_search_action(window) -> None:
    main, _ = window
    from PySide6.QtGui import QAction, QKeySequence

    action = main.findChild(QAction, "action-search")
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)


def test_arrow_keys_in_the_field_move_through_the_results(qtbot, window) -> None:
    main, services = window
    dialog = _dialog(qtbot, main, services)
    qtbot.keyClicks(dialog.field, "angst")
    assert dialog.results.count() > 2 and dialog.results.currentRow() == 0
    qtbot.keyClick(dialog.field, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Down)
    assert dialog.results.currentRow() == 2
    assert dialog.field.text() == "angst"  # the keys did not land in the field
    chosen = dialog.results.currentItem().text()
    assert chosen.split(": ", 1)[1] in dialog.preview.toPlainText()


def test_a_problem_hit_says_normal_or_serious_and_marks_it_in_its_phase(qtbot, window) -> None:
    main, services = window
    dialog = _dialog(qtbot, main, services)
    qtbot.keyClicks(dialog.field, "encopresis")
    assert "ernstig probleem (voorbeeld), ± 2-4 jaar" in dialog.preview.toPlainText()
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert "Encopresis ◀" in main.tab("tab-leeftijdsfasen").view.detail.toPlainText()


@pytest.mark.parametrize(("query", "keys"), [
    ("vht", {"vht", "k-vht"}), ("ouder baby", {"ouder-baby-interventie"}),
    ("triple p 3", {"triple-p"}), ("TRIPLE-P", {"triple-p"}),
])
def test_intervention_spellings_rank_first(index, query, keys) -> None:
    top = search(index, query)[: len(keys)]
    assert {h.key for h in top} == keys and all(h.kind == "intervention" for h in top)


def test_diacritics_and_case_do_not_matter(index) -> None:
    plain = search(index, "coordineren")
    assert plain and plain == search(index, "coördineren") == search(index, "COÖRDINEREN")
    assert search(index, "Australie") == search(index, "australië") != []


# --- issue 13: Dutch forms, the safety outcome, partial hits ------------------------------------

def test_meldcode_and_enter_open_the_safety_outcome(qtbot, window) -> None:
    main, services = window
    dialog = _dialog(qtbot, main, services)
    qtbot.keyClicks(dialog.field, "meldcode")
    assert dialog.results.item(0).text() == ("Besluit (Beslisschema): De veiligheid van het "
                                             "kind is in het geding")
    assert "Enter opent: Beslisschema › besluit" in dialog.preview.toPlainText()
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert main.tabs.currentWidget().objectName() == "tab-beslisschema"
    scheme = main.tabs.currentWidget().view
    assert scheme.walk.outcome.key == "veiligheid"
    assert scheme.pages.currentWidget() is scheme.outcome_page
    assert "Meldcode" in scheme.outcome_page.decision.text()


def test_slapen_finds_the_sleep_problems_and_counts_in_dutch(qtbot, window) -> None:
    main, services = window
    dialog = _dialog(qtbot, main, services)
    qtbot.keyClicks(dialog.field, "slapen")
    texts = [dialog.results.item(r).text() for r in range(dialog.results.count())]
    assert texts[0].endswith(": Slaap-problemen") and texts[1].endswith(": Eet-/slaapproblemen")
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, "driftbui")
    assert dialog.count.text() == "1 resultaat"


def test_words_that_occur_together_nowhere_give_a_marked_partial_list(qtbot, window) -> None:
    main, services = window
    dialog = _dialog(qtbot, main, services)
    qtbot.keyClicks(dialog.field, "ruzie broertjes")
    note = dialog.results.item(0)
    assert note.text() == "Met alleen „ruzie”:" and not note.flags() & Qt.ItemFlag.ItemIsEnabled
    assert dialog.results.currentRow() == 1
    assert dialog.results.currentItem().text().endswith(": Ruzies")
    assert dialog.count.text() == "0 resultaten met alle woorden, 2 met een deel"
    qtbot.keyClick(dialog.field, Qt.Key.Key_Up)  # the note cannot be chosen
    assert dialog.results.currentRow() == 1
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert main.tabs.currentWidget().objectName() == "tab-leeftijdsfasen"
    assert main.tabs.currentWidget().view.selected_key() == "5-12"


def test_previews_separate_the_fields(index) -> None:
    sdq = next(e for e in search(index, "sdq") if e.kind == "instrument")
    assert sdq.text.startswith("Ook: SDQ, Strengths and Difficulties Questionnaire, ")
    assert ". " in sdq.text
