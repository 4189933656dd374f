"""The decision engine over data/source/decision_scheme.toml: every path ends in an outcome."""

from __future__ import annotations

from pathlib import Path

import pytest

from opvoedapp.decision.check import enumerate_paths, validate
from opvoedapp.decision.load import load_scheme, load_scheme_from_toml, scheme_from_content
from opvoedapp.decision.model import OUTCOME_KINDS, Choice, Target
from opvoedapp.decision.summary import summary_text
from opvoedapp.decision.walk import SAFETY_CONCLUSION, DecisionWalk

SCHEME_TOML = Path(__file__).parents[1] / "data" / "source" / "decision_scheme.toml"
SCHEME = load_scheme_from_toml(SCHEME_TOML)
PATHS = enumerate_paths(SCHEME)


def _replace_step(scheme, key, **changes):
    steps = tuple(s._replace(**changes) if s.key == key else s for s in scheme.steps)
    return scheme._replace(steps=steps)


def _walk_to(step_key: str) -> DecisionWalk:
    """A walk standing at ``step_key``, reached along the first path through it."""
    path = next(p for p in PATHS if f"step:{step_key}" in p)
    walk = DecisionWalk(SCHEME)
    walk.start(path[0].removeprefix("start:"))
    while walk.current_step.key != step_key:
        there = path[path.index(f"step:{walk.current_step.key}") + 1]
        walk.choose(next(i for i, c in enumerate(walk.current_step.choices)
                         if str(c.target) == there))
    return walk


# --- the data -------------------------------------------------------------------------------

def test_scheme_is_valid() -> None:
    assert validate(SCHEME) == []


def test_scheme_shape() -> None:
    assert [s.number for s in SCHEME.steps] == list(range(1, 9))
    assert {o.kind for o in SCHEME.outcomes} == set(OUTCOME_KINDS)
    assert SCHEME.outcome(SCHEME.safety_outcome).kind == "veiligheid"
    assert {s.key for s in SCHEME.start_situations} == {
        "vraag-ouder", "zorg-professional", "signaal-collega", "vervolg"}


def test_the_scheme_says_it_is_not_the_card() -> None:
    assert "geen weergave van werkkaart 2" in SCHEME.label
    assert "werkkaart 3" in SCHEME.label and "samenvatting" in SCHEME.label


def test_everything_names_its_source() -> None:
    assert all(s.source for s in SCHEME.start_situations)
    assert all(s.sources and all(c.source for c in s.choices) for s in SCHEME.steps)
    assert all(o.sources for o in SCHEME.outcomes)
    assert all(a.source for a in SCHEME.anamnesis_items)


def test_anamnesis_items_are_left_out_because_they_were_not_found() -> None:
    assert SCHEME.anamnesis_items == ()


def test_a_worry_of_the_professional_enters_through_signalling() -> None:
    for key in ("zorg-professional", "signaal-collega"):
        assert SCHEME.start(key).entry_step == "signaleren"
    text = SCHEME.start("zorg-professional").description
    assert "regie" in text and "veiligheid" in text


def test_panels_are_shown_where_they_belong() -> None:
    flags = {s.key: (s.shows_age_norms, s.shows_balance, s.shows_interventions)
             for s in SCHEME.steps}
    assert flags["signaleren"][0] and flags["informatie"][1] and flags["zorgbehoefte"] == (
        True, True, True)
    assert flags["ondersteuning"][2] and flags["volgen"][1]
    assert SCHEME.outcome("lichte-hulp").shows_interventions


def test_safety_points_to_the_meldcode_without_its_steps() -> None:
    text = SCHEME.outcome("veiligheid").description
    assert "Meldcode huiselijk geweld en kindermishandeling" in text
    assert "Veilig Thuis" not in text and "stap 1" not in text.lower()


def test_exploring_questions_are_only_the_six_that_were_found() -> None:
    assert len(SCHEME.step("informatie").exploring_questions) == 6
    assert SCHEME.step("informatie").exploring_questions[0] == "Waar gaat het over?"


def test_database_rows_give_the_same_scheme(tmp_path: Path) -> None:
    from opvoedapp.content.build import build_database
    from opvoedapp.content.database import open_guideline_database
    from opvoedapp.content.repository import ContentRepository

    build_database(SCHEME_TOML.parent, tmp_path / "guideline.sqlite")
    repo = ContentRepository(open_guideline_database(tmp_path / "guideline.sqlite"))
    try:
        assert scheme_from_content(repo) == SCHEME
    finally:
        repo.close()


# --- paths ----------------------------------------------------------------------------------

@pytest.mark.parametrize("path", PATHS, ids=[" > ".join(p) for p in PATHS])
def test_every_path_can_be_walked_to_its_outcome(path) -> None:
    assert path[0].startswith("start:") and path[-1].startswith("outcome:")
    walk = DecisionWalk(SCHEME)
    walk.start(path[0].removeprefix("start:"))
    for here, there in zip(path[1:-1], path[2:], strict=True):
        step = walk.current_step
        assert step is not None and f"step:{step.key}" == here
        walk.choose(next(i for i, c in enumerate(step.choices) if str(c.target) == there))
    assert walk.is_finished and f"outcome:{walk.outcome.key}" == path[-1]
    assert len(walk.trail) == len(path) - 2


def test_every_outcome_kind_is_reachable() -> None:  # "afsluiting" only from a follow-up
    reached = {SCHEME.outcome(p[-1].removeprefix("outcome:")).kind for p in PATHS}
    assert reached | {"veiligheid"} == set(OUTCOME_KINDS)


def test_every_step_lies_on_a_path() -> None:
    on_paths = {part for p in PATHS for part in p}
    assert all(f"step:{s.key}" in on_paths for s in SCHEME.steps)


@pytest.mark.parametrize("step", SCHEME.steps, ids=lambda s: s.key)
def test_safety_is_reachable_from_every_step(step) -> None:
    walk = _walk_to(step.key)
    walk.to_safety()
    assert walk.is_finished and walk.outcome.kind == "veiligheid"
    assert walk.trail[-1] == (step, SAFETY_CONCLUSION)


# --- the walk -------------------------------------------------------------------------------

def test_back_and_restart() -> None:
    walk = DecisionWalk(SCHEME)
    first = walk.start("vraag-ouder")
    assert not walk.back()
    walk.choose(0)
    second = walk.current_step
    assert second.key != first.key
    assert walk.back() and walk.current_step == first and walk.trail == ()
    walk.choose(0)
    walk.to_safety()
    assert walk.is_finished and walk.current_step is None and walk.allowed_choices == ()
    assert walk.back() and not walk.is_finished and walk.current_step == second
    walk.restart()
    assert walk.current_step == first and walk.trail == () and walk.start_key == "vraag-ouder"


def test_trail_holds_step_and_choice_label() -> None:
    walk = DecisionWalk(SCHEME)
    step = walk.start("zorg-professional")
    assert walk.allowed_choices == tuple(c.label for c in step.choices)
    walk.choose(0)
    ((taken, label),) = walk.trail
    assert taken == step and label == step.choices[0].label


def test_a_loop_back_can_still_finish() -> None:
    walk = _walk_to("zorgbehoefte")
    ambivalence = next(i for i, c in enumerate(walk.current_step.choices)
                       if str(c.target) == "step:informatie")
    walk.choose(ambivalence)
    assert walk.current_step.key == "informatie"
    walk.choose(0)
    walk.choose(1)  # advice is enough
    assert walk.outcome.kind == "advies"


def test_no_choice_after_the_end_or_out_of_range() -> None:
    walk = DecisionWalk(SCHEME)
    with pytest.raises(RuntimeError):
        walk.choose(0)
    walk.start("vraag-ouder")
    with pytest.raises(IndexError):
        walk.choose(len(walk.current_step.choices))
    with pytest.raises(IndexError):
        walk.choose(-1)
    walk.to_safety()
    with pytest.raises(RuntimeError):
        walk.to_safety()


# --- validation catches broken data ----------------------------------------------------------

def test_a_dangling_choice_fails_validation() -> None:
    broken = _replace_step(SCHEME, SCHEME.steps[0].key,
                           choices=(Choice("nergens", Target("step", "weg"), "x"),))
    assert any("leads nowhere" in p for p in validate(broken))


def test_a_stranded_step_fails_validation() -> None:
    # Cut the only way into "coordineren": it becomes unreachable.
    support = SCHEME.step("ondersteuning")
    scheme = _replace_step(SCHEME, "ondersteuning", choices=support.choices[:1])
    assert any(p.startswith("step coordineren: unreachable") for p in validate(scheme))


def test_a_step_without_a_way_to_an_outcome_fails_validation() -> None:
    step = SCHEME.step("anticiperen")
    scheme = _replace_step(SCHEME, "anticiperen",
                           choices=(Choice("rondje", Target("step", "volgen"), "x"),))
    scheme = _replace_step(scheme, "volgen", choices=SCHEME.step("volgen").choices[:1])
    problems = validate(scheme)
    assert any("cycle that cannot end" in p for p in problems), problems
    assert step.key in " ".join(problems)


def test_a_missing_safety_outcome_fails_validation() -> None:
    scheme = SCHEME._replace(safety_outcome="bestaat-niet")
    assert any("safety outcome" in p for p in validate(scheme))
    outcomes = tuple(o for o in SCHEME.outcomes if o.kind != "veiligheid")
    assert validate(SCHEME._replace(outcomes=outcomes))


def test_the_loader_takes_a_plain_dict() -> None:
    scheme = load_scheme({
        "scheme": {"title": "t", "label_own": "l", "safety_outcome": "v"},
        "start_situation": [{"key": "s", "label": "S", "entry_step": "a", "source": "x"}],
        "step": [{"key": "a", "number": 1, "title": "A", "sources": ["x"],
                  "choice": [{"label": "klaar", "next": "outcome:i", "source": "x"}]}],
        "outcome": [{"key": "i", "title": "I", "kind": "informatie", "sources": ["x"]},
                    {"key": "v", "title": "V", "kind": "veiligheid", "sources": ["x"]}],
        "anamnesis_item": [{"topic": "basiszorg", "text_own": "t", "source": "x"}],
    })
    assert validate(scheme) == []
    assert enumerate_paths(scheme) == [("start:s", "step:a", "outcome:i")]
    assert scheme.anamnesis("basiszorg")[0].text == "t"


# --- summary --------------------------------------------------------------------------------

def test_summary_names_question_steps_and_decision() -> None:
    walk = DecisionWalk(SCHEME)
    walk.start("vraag-ouder")
    while not walk.is_finished:
        walk.choose(0)
    text = summary_text(walk, "Grenzen stellen en corrigeren en straffen", "3 jaar en 2 maanden",
                        agreements=["Over 6 weken telefonisch contact"], follow_up="Evaluatie",
                        interventions=["Triple P"])
    assert "Vraag: Grenzen stellen en corrigeren en straffen" in text
    assert "Leeftijd kind: 3 jaar en 2 maanden" in text
    for entry in walk.trail:
        assert f"{entry.step.number}. {entry.step.title}: {entry.conclusion}" in text
    assert f"Besluit: {walk.outcome.title}" in text
    assert "  - Over 6 weken telefonisch contact" in text and "Vervolg: Evaluatie" in text
    assert "Triple P" in text


def test_summary_of_an_unfinished_or_safety_walk() -> None:
    walk = DecisionWalk(SCHEME)
    walk.start("signaal-collega")
    assert "Besluit: nog geen besluit genomen" in summary_text(walk, "", "")
    walk.to_safety()
    text = summary_text(walk, "", "")
    assert SAFETY_CONCLUSION in text and SCHEME.outcome("veiligheid").title in text


# --- the scheme records what happened (issue 13) ---------------------------------------------

FIRST_CONSULT = ("start:vraag-ouder", "start:zorg-professional", "start:signaal-collega")
FOLLOW_UP_STEPS = ("step:volgen", "step:anticiperen")


def _walk_path(path) -> DecisionWalk:
    walk = DecisionWalk(SCHEME)
    walk.start(path[0].removeprefix("start:"))
    for there in path[2:]:
        step = walk.current_step
        walk.choose(next(i for i, c in enumerate(step.choices) if str(c.target) == there))
    return walk


def test_a_first_consult_never_passes_following_up_or_closing() -> None:
    first = [p for p in PATHS if p[0] in FIRST_CONSULT]
    assert first and not any(step in p for p in first for step in FOLLOW_UP_STEPS)
    # Light help is decided in the consult itself, straight after choosing the intervention.
    assert ("step:zorgbehoefte", "step:ondersteuning", "outcome:lichte-hulp") in {
        p[-3:] for p in first}


def test_closing_is_its_own_later_step() -> None:
    closing = [p for p in PATHS if p[-1] == "outcome:afgesloten"]
    assert closing == [("start:vervolg", "step:volgen", "step:anticiperen", "outcome:afgesloten")]
    assert SCHEME.start("vervolg").entry_step == "volgen"


@pytest.mark.parametrize("path", PATHS, ids=[" > ".join(p) for p in PATHS])
def test_every_path_summary_states_only_what_was_chosen(path) -> None:
    walk = _walk_path(path)
    text = summary_text(walk, "Slapen", "1 jaar en 2 maanden", interventions=["Triple P"])
    lines = text.splitlines()
    start = SCHEME.start(path[0].removeprefix("start:"))
    assert f"Aanleiding: {start.label}" in lines
    steps = [line.strip() for line in lines[lines.index("Doorlopen stappen:") + 1:]
             if line.startswith("  ")]
    # Exactly the steps walked, each with the conclusion the nurse chose there, in order.
    assert steps == [f"{e.step.number}. {e.step.title}: {e.conclusion}" for e in walk.trail]
    assert [e.step.key for e in walk.trail] == [p.removeprefix("step:") for p in path[1:-1]]
    assert f"Besluit: {walk.outcome.title}" in lines
    reached = "Gewenste situatie bereikt" in text
    assert reached == ("step:anticiperen" in path), text
    if path[0] in FIRST_CONSULT:
        assert not any(line.startswith(("7. ", "8. ")) for line in steps), text


def test_light_help_at_a_first_consult_summary() -> None:
    walk = _walk_path(next(p for p in PATHS if p[0] == "start:vraag-ouder"
                           and p[-2:] == ("step:ondersteuning", "outcome:lichte-hulp")))
    text = summary_text(walk, "Grenzen stellen en corrigeren en straffen", "2 jaar en 6 maanden",
                        agreements=["Over 6 weken bellen"], interventions=["Triple P (niveau 3)"])
    assert "  5. Ondersteuning bieden: Interventie gekozen en plan van aanpak gemaakt" in text
    assert "Besluit: Lichte pedagogische ondersteuning" in text
    assert "Interventie(s): Triple P (niveau 3)" in text
    for never in ("Gewenste situatie", "draagkracht en draaglast in balans", "afsluiten",
                  "De zorg volgen", "Anticiperen"):
        assert never not in text, never


def test_an_outcome_opened_from_search_records_no_steps() -> None:
    walk = DecisionWalk(SCHEME)
    walk.open_outcome("veiligheid")
    assert walk.is_finished and walk.trail == () and walk.start_key == ""
    text = summary_text(walk, "", "")
    # Looking the safety route up is not deciding it: the file must not say so.
    assert "(nog geen stap afgerond)" in text and "Besluit: De veiligheid" not in text
    assert ("Besluit: nog geen besluit genomen (alleen opgezocht: De veiligheid van het kind is "
            "in het geding)") in text
    assert not walk.back()
