"""The Beslisschema tab: keyboard walk, safety from every step, summary, offer marking."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

from opvoedapp.consult import ConsultState
from opvoedapp.state.offer_state import OfferState
from opvoedapp.views.scheme.scheme_view import SchemeView


@pytest.fixture
def view(qtbot, content):
    consult = ConsultState()
    offer = OfferState()
    widget = SchemeView(content, consult, offer)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    widget.consult, widget.offer = consult, offer
    return widget


def _panel_text(view, name: str) -> str:
    panel = view.step_page.widget().findChild(QLabel, name) if name else None
    return panel.text() if panel else ""


def test_keyboard_walk_to_a_decision_and_back(qtbot, view) -> None:
    assert view.pages.currentWidget() is view.start_page
    qtbot.keyClick(view, Qt.Key.Key_1)  # the parent has a question
    assert view.walk.current_step.key == "voorwaarden"
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert view.walk.current_step.key == "signaleren"
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.walk.current_step.key == "voorwaarden"
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_1)
    assert view.walk.current_step.key == "zorgbehoefte"
    qtbot.keyClick(view, Qt.Key.Key_2)  # advice is enough
    assert view.pages.currentWidget() is view.outcome_page
    assert "Advies" in view.outcome_page.decision.text()
    assert "Vraag: geen vraag uit Tabel 2 gekozen" in view.outcome_page.summary.toPlainText()


def test_escape_does_not_hide_or_reset_the_flow(qtbot, view) -> None:
    view.begin("vraag-ouder")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.isVisible() and view.walk.current_step.key == "voorwaarden"


def _keys_to(view, path) -> list[Qt.Key]:
    """The digit keys that walk ``path`` (start, steps, then a step or outcome) from the start."""
    scheme = view.walk.scheme
    starts = [s.key for s in scheme.start_situations]
    keys = [Qt.Key(Qt.Key.Key_1 + starts.index(path[0].removeprefix("start:")))]
    for here, there in zip(path[1:-1], path[2:], strict=True):
        step = scheme.step(here.removeprefix("step:"))
        keys.append(Qt.Key(Qt.Key.Key_1 + next(i for i, c in enumerate(step.choices)
                                               if str(c.target) == there)))
    return keys


def test_safety_is_one_click_from_every_step(qtbot, view) -> None:
    from opvoedapp.decision.check import enumerate_paths

    paths = enumerate_paths(view.walk.scheme)
    for step in view.walk.scheme.steps:
        path = next(p for p in paths if f"step:{step.key}" in p)
        qtbot.mouseClick(view.restart_button, Qt.MouseButton.LeftButton)
        for key in _keys_to(view, path[:path.index(f"step:{step.key}") + 1]):
            qtbot.keyClick(view, key)
        assert view.walk.current_step.key == step.key
        qtbot.mouseClick(view.safety_button, Qt.MouseButton.LeftButton)
        assert view.walk.outcome.kind == "veiligheid"
        assert "Meldcode" in view.outcome_page.decision.text()


def test_age_norms_and_interventions_follow_the_consult(qtbot, view) -> None:
    view.consult.set_age_months(30)
    view.consult.set_question("grenzen")
    view.begin("vraag-ouder")
    view.choose(0)  # to signalling: shows what is normal at this age
    text = _panel_text(view, "age-norms-text")
    assert "Driftbuien" in text and "Hoort bij deze leeftijd" in text and "Ernstig" in text
    view.choose(0)
    view.choose(0)  # to deciding the need: Table 2 for 2;6 years and "grenzen"
    panel = view.step_page.widget().findChild(QLabel, "age-norms-text")
    labels = [w.text() for w in view.step_page.widget().findChildren(QLabel)]
    joined = " ".join(labels)
    assert panel is not None and "VIPP-SD" in joined and "Peuter in Zicht!" in joined
    assert "geen organisatieprofiel" in joined


def test_offered_interventions_are_marked_only_with_a_profile(qtbot, view) -> None:
    view.consult.set_age_months(30)
    view.consult.set_question("grenzen")
    view.offer.set_offer({"vipp-sd": "Bel het consultatiebureau"})
    view.begin("vraag-ouder")
    for _ in range(3):
        view.choose(0)
    view.choose(3)  # light pedagogical support
    joined = " ".join(w.text() for w in view.step_page.widget().findChildren(QLabel))
    assert "VIPP-SD</b> ● aanbod van uw organisatie" in joined
    assert "Triple P (niveau 3) ● aanbod" not in joined


FIRST_CONSULT_LIGHT_HELP = "1 1 1 1 4 1"  # parent's question … light help, intervention chosen


def _type_digits(qtbot, widget, digits: str) -> None:
    for digit in digits.split():
        qtbot.keyClick(widget, Qt.Key(Qt.Key.Key_0 + int(digit)))


def test_summary_is_copied_to_the_clipboard(qtbot, view) -> None:
    view.consult.set_age_months(30)
    view.consult.set_question("grenzen")
    _type_digits(qtbot, view, FIRST_CONSULT_LIGHT_HELP)
    page = view.outcome_page
    assert page.interventions.count() > 0
    page.interventions.item(0).setCheckState(Qt.CheckState.Checked)
    page.agreements.setPlainText("Over 6 weken bellen")
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "Besluit: Lichte pedagogische ondersteuning" in copied
    assert "Leeftijd kind: 2 jaar en 6 maanden" in copied
    assert "  - Over 6 weken bellen" in copied
    assert "Interventie(s): Triple P (niveau 3)" in copied
    # Light help decided at a first consult: nothing about following up or closing (D14).
    assert "5. Ondersteuning bieden: Interventie gekozen en plan van aanpak gemaakt" in copied
    assert "Gewenste situatie" not in copied and "7. " not in copied and "8. " not in copied


def test_follow_up_contact_closes_with_its_own_record(qtbot, view) -> None:
    qtbot.keyClick(view, Qt.Key.Key_4)  # a later contact: follow the help that was agreed
    assert view.walk.current_step.key == "volgen"
    _type_digits(qtbot, view, "1 1")  # desired situation reached; agreements for what comes
    assert view.walk.outcome.key == "afgesloten"
    summary = view.outcome_page.summary.toPlainText()
    assert "Aanleiding: Vervolgcontact" in summary
    assert "7. De zorg volgen en afsluiten: Gewenste situatie bereikt" in summary
    assert "Besluit: Zorg afgesloten" in summary
    assert not view.outcome_page.interventions.isVisible()


def test_follow_up_can_adjust_the_plan_and_choose_light_help_again(qtbot, view) -> None:
    view.consult.set_age_months(30)
    view.consult.set_question("grenzen")
    _type_digits(qtbot, view, "4 2 1")  # not reached yet: adjust the plan, intervention chosen
    assert view.walk.outcome.key == "lichte-hulp"
    summary = view.outcome_page.summary.toPlainText()
    assert "7. De zorg volgen en afsluiten: Nog niet bereikt" in summary
    assert "Gewenste situatie" not in summary and view.outcome_page.interventions.count() > 0


def test_new_consult_resets_the_flow(qtbot, view) -> None:
    view.begin("zorg-professional")
    assert view.walk.current_step.key == "signaleren"
    view.balance.strengths.setPlainText("grootouders helpen")
    view.consult.clear()
    assert view.pages.currentWidget() is view.start_page
    assert view.balance.strengths.toPlainText() == ""


def _route_to(view, outcome_key: str) -> tuple[str, list[int]]:
    from opvoedapp.decision.check import enumerate_paths

    scheme = view.walk.scheme
    path = min((p for p in enumerate_paths(scheme) if p[-1] == f"outcome:{outcome_key}"),
               key=len)
    choices = []
    for here, there in zip(path[1:-1], path[2:], strict=True):
        step = scheme.step(here.removeprefix("step:"))
        choices.append(next(i for i, c in enumerate(step.choices)
                            if f"{c.target.kind}:{c.target.key}" == there))
    return path[0].removeprefix("start:"), choices


OUTCOMES = ["informatie", "advies", "eigen-netwerk", "lichte-hulp", "consultatie", "verwijzing",
            "afgesloten"]


@pytest.mark.parametrize("outcome", OUTCOMES)
def test_each_outcome_by_keyboard(qtbot, view, outcome) -> None:
    start, choices = _route_to(view, outcome)
    starts = [s.key for s in view.walk.scheme.start_situations]
    qtbot.keyClick(view, Qt.Key(Qt.Key.Key_1 + starts.index(start)))
    for index in choices:
        qtbot.keyClick(view, Qt.Key(Qt.Key.Key_1 + index))
    assert view.walk.outcome.key == outcome


@pytest.mark.parametrize("outcome", OUTCOMES)
def test_each_outcome_by_mouse_then_back_and_restart(qtbot, view, outcome) -> None:
    start, choices = _route_to(view, outcome)
    qtbot.mouseClick(view.start_page.findChild(QWidget, f"scheme-start-{start}"),
                     Qt.MouseButton.LeftButton)
    for index in choices:
        qtbot.mouseClick(view.step_page.choice_buttons[index], Qt.MouseButton.LeftButton)
    assert view.walk.outcome.key == outcome
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert not view.walk.is_finished and view.pages.currentWidget() is view.step_page
    qtbot.mouseClick(view.restart_button, Qt.MouseButton.LeftButton)
    assert view.pages.currentWidget() is view.start_page and view.walk.trail == ()


def test_maak_folder_prefills_the_handout(qtbot, content) -> None:
    from opvoedapp.state.handout_basket import HandoutBasket

    consult, basket = ConsultState(), HandoutBasket()
    widget = SchemeView(content, consult, OfferState(), basket)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    with qtbot.waitActive(widget):  # the digit keys are shortcuts of the active window
        widget.activateWindow()
    consult.set_age_months(30)
    consult.set_question("grenzen")
    _type_digits(qtbot, widget, FIRST_CONSULT_LIGHT_HELP)
    page = widget.outcome_page
    page.interventions.item(0).setCheckState(Qt.CheckState.Checked)
    page.agreements.setPlainText("Beloningskaart maken")
    with qtbot.waitSignal(basket.open_requested):
        qtbot.mouseClick(page.handout_button, Qt.MouseButton.LeftButton)
    request = basket.request
    # The child's own Table 1 phase comes from the age, as in the command line (issue 14).
    from opvoedapp.documents.handout_data import handout_data

    assert request.age_months == 30 and request.question_key == "grenzen"
    assert [p.key for p in handout_data(content, request).phases] == ["2-4"]
    assert request.intervention_keys == ("triple-p",)
    assert request.agreements == ("Beloningskaart maken",)
    assert request.outcome_key == widget.walk.outcome.key == "lichte-hulp"


def test_the_walk_is_stored_nowhere(qtbot, view, home) -> None:
    secret = "Afspraakje-Xq7-geheim"
    view.consult.set_age_months(30)
    view.consult.set_question("grenzen")
    view.begin("vraag-ouder")
    view.balance.strengths.setPlainText(secret)
    for index in (0, 0, 0, 1):
        view.choose(index)
    view.outcome_page.agreements.setPlainText(secret)
    view.consult.clear()
    view.close()
    from PySide6.QtCore import QSettings

    QSettings().sync()
    for path in home.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path


def test_only_the_start_page_is_built_until_a_walk_begins(qtbot, view) -> None:
    # The tab opens on the start page (bench/: startup_ratio); the pages a walk needs come
    # with its first key, the rest on the idle turn after it, before the next key.
    def built(name: str) -> bool:
        return view.findChild(QWidget, name) is not None

    assert built("scheme-start-page")
    assert not built("scheme-step-page") and not built("scheme-outcome-page")
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert built("scheme-step-page") and view.pages.currentWidget() is view.step_page
    qtbot.waitUntil(lambda: built("scheme-outcome-page"))
    # The text boxes built later pass Tab on like those built with the view.
    assert view.outcome_page.agreements.tabChangesFocus()
    assert view.balance.strengths.tabChangesFocus()
