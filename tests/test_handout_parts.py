"""The handout dialog's parts: the answer and the child's own phase stay when something is
added; a programme that does not fit is shown to the nurse but not printed; profile e-mail."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from opvoedapp.handout_request import HandoutRequest


def _parts(dialog) -> list[tuple[str, str, bool]]:
    items = [dialog.panel.parts.item(i) for i in range(dialog.panel.parts.count())]
    return [(*i.data(Qt.ItemDataRole.UserRole), i.checkState() == Qt.CheckState.Checked)
            for i in items]


def test_adding_a_programme_keeps_the_question_and_the_age_parts(qtbot, content) -> None:
    from opvoedapp.state.handout_basket import HandoutBasket
    from opvoedapp.views.handout.handout_dialog import HandoutDialog

    basket = HandoutBasket()
    basket.replace(HandoutRequest(question_key="grenzen", age_months=30))
    basket.add_intervention("vipp-sd")  # "Neem op in folder" in Interventies
    basket.add_phase("5-12")            # "Neem op in folder" in Leeftijdsfasen
    dialog = HandoutDialog(content, basket.request, None)
    qtbot.addWidget(dialog)
    parts = _parts(dialog)
    assert parts[0] == ("question", "", True)
    assert ("phase", "2-4", True) in parts and ("phase", "5-12", True) in parts
    assert [k for kind, k, _c in parts if kind == "intervention"] == ["vipp-sd"]
    text = dialog.page_text()
    assert "Uw vraag: grenzen stellen" in text and "Uw peuter" in text
    assert "Voor sommige gezinnen" in text  # VIPP-SD is for families with a specific need


def test_unticking_the_question_part_leaves_it_out(qtbot, content) -> None:
    from opvoedapp.views.handout.handout_dialog import HandoutDialog

    dialog = HandoutDialog(content, HandoutRequest(question_key="grenzen", age_months=30), None)
    qtbot.addWidget(dialog)
    dialog.panel.parts.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.refresh()
    assert "Uw vraag: grenzen stellen" not in dialog.page_text()
    assert "Uw peuter" in dialog.page_text()


def test_a_programme_outside_its_age_range_is_shown_greyed_not_printed(qtbot, content) -> None:
    from opvoedapp.views.handout.handout_dialog import HandoutDialog

    request = HandoutRequest(question_key="aanpak", age_months=36,
                             intervention_keys=("voorzorg", "triple-p"))
    dialog = HandoutDialog(content, request, None)
    qtbot.addWidget(dialog)
    voorzorg = next(dialog.panel.parts.item(i) for i in range(dialog.panel.parts.count())
                    if dialog.panel.parts.item(i).data(Qt.ItemDataRole.UserRole)[1] == "voorzorg")
    assert "past niet bij de leeftijd" in voorzorg.text()
    assert not voorzorg.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "VoorZorg" not in dialog.page_text() and "Triple P" in dialog.page_text()


def test_the_basket_follows_the_consult(qtbot) -> None:
    from opvoedapp.consult import ConsultState
    from opvoedapp.state.handout_basket import HandoutBasket

    consult, basket = ConsultState(), HandoutBasket()
    basket.follow(consult)
    consult.set_age_months(62)
    consult.set_question("emoties")
    assert basket.request.age_months == 62 and basket.request.question_key == "emoties"


def test_profile_email_is_read_written_and_printed(tmp_path: Path, content) -> None:
    from opvoedapp.documents.handout_data import handout_data
    from opvoedapp.profile.loader import load_profile
    from opvoedapp.profile.model import OrganisationProfile
    from opvoedapp.profile.writer import profile_to_toml

    path = tmp_path / "organisatie.toml"
    path.write_text(profile_to_toml(OrganisationProfile(path, "JGZ Test",
                                                        email="jgz@test.nl")), encoding="utf-8")
    profile = load_profile(path, {})
    assert profile.email == "jgz@test.nl"
    data = handout_data(content, HandoutRequest(question_key="gedrag", age_months=40), profile)
    assert data.organisation.email == "jgz@test.nl" and data.organisation.reachable


def test_every_phase_part_prints_once_in_the_dialog(qtbot, content) -> None:
    # "Wat komt er straks?" and the phase parts both belong to the phases section; listing that
    # section twice printed every phase twice in the preview and on paper.
    from opvoedapp.views.handout.handout_dialog import HandoutDialog

    for months in (24, 46, 62, 140):
        dialog = HandoutDialog(content, HandoutRequest(question_key="grenzen",
                                                       age_months=months), None)
        qtbot.addWidget(dialog)
        order = dialog.panel.section_order()
        assert len(order) == len(set(order)), order
        text = dialog.page_text()
        titles = [line for line in text.splitlines() if line.startswith("Uw ")
                  and "(ongeveer" in line]
        assert titles and len(titles) == len(set(titles)), (months, titles)
