"""The decision engine over the scheme in data/source: every path ends in an outcome."""

from __future__ import annotations

import dataclasses

import pytest

from conftest import SOURCE_DIR
from opvoedapp.decision.check import enumerate_paths, validate
from opvoedapp.decision.load import load_scheme_from_toml, scheme_from_content
from opvoedapp.decision.model import OUTCOME_KINDS, Choice, Target
from opvoedapp.decision.summary import summary_text
from opvoedapp.decision.walk import SAFETY_CONCLUSION, DecisionWalk

SCHEME = load_scheme_from_toml(SOURCE_DIR / "decision_scheme.toml")
PATHS = enumerate_paths(SCHEME)


def test_scheme_is_valid() -> None:
    assert validate(SCHEME) == []


def test_database_holds_the_same_scheme(content) -> None:
    assert scheme_from_content(content) == SCHEME


@pytest.mark.parametrize("path", PATHS, ids=[" > ".join(p) for p in PATHS])
def test_every_path_can_be_walked_to_its_outcome(path) -> None:
    walk = DecisionWalk(SCHEME)
    walk.start(path[0].removeprefix("start:"))
    for here, there in zip(path[1:-1], path[2:]):
        step = walk.current_step
        assert step is not None and f"step:{step.key}" == here
        index = next(i for i, c in enumerate(step.choices)
                     if f"{c.target.kind}:{c.target.key}" == there)
        walk.choose(index)
    assert walk.is_finished and f"outcome:{walk.outcome.key}" == path[-1]


def test_every_outcome_kind_is_reachable() -> None:
    reached = {SCHEME.outcome(p[-1].removeprefix("outcome:")).kind for p in PATHS}
    assert reached | {"veiligheid"} == set(OUTCOME_KINDS)


@pytest.mark.parametrize("step", SCHEME.steps, ids=lambda s: s.key)
def test_safety_is_reachable_from_every_step(step) -> None:
    walk = DecisionWalk(SCHEME)
    # Walk to this step along the first path that contains it.
    path = next(p for p in PATHS if f"step:{step.key}" in p)
    walk.start(path[0].removeprefix("start:"))
    while walk.current_step.key != step.key:
        nxt = path[path.index(f"step:{walk.current_step.key}") + 1]
        walk.choose(next(i for i, c in enumerate(walk.current_step.choices)
                         if f"{c.target.kind}:{c.target.key}" == nxt))
    walk.to_safety()
    assert walk.outcome.kind == "veiligheid"
    assert walk.trail[-1].conclusion == SAFETY_CONCLUSION


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
    assert walk.is_finished and walk.current_step is None
    assert walk.back() and not walk.is_finished and walk.current_step == second
    walk.restart()
    assert walk.current_step == first and walk.trail == ()


def test_a_worry_of_the_professional_enters_through_signalling() -> None:
    assert SCHEME.start("zorg-professional").entry_step == "signaleren"
    text = SCHEME.start("zorg-professional").description
    assert "regie" in text and "veiligheid" in text


def test_the_scheme_says_it_is_not_the_card() -> None:
    assert "geen weergave van werkkaart 2" in SCHEME.label


def test_a_dangling_choice_fails_validation() -> None:
    step = SCHEME.steps[0]
    broken = dataclasses.replace(step, choices=(Choice("nergens", Target("step", "weg")),))
    scheme = dataclasses.replace(SCHEME, steps=(broken, *SCHEME.steps[1:]))
    assert any("leads nowhere" in p for p in validate(scheme))


def test_a_stranded_step_fails_validation() -> None:
    # Cut the only way into "coordineren": it becomes unreachable.
    steps = []
    for step in SCHEME.steps:
        if step.key == "ondersteuning":
            step = dataclasses.replace(step, choices=step.choices[:1])
        steps.append(step)
    scheme = dataclasses.replace(SCHEME, steps=tuple(steps))
    assert any("coordineren" in p for p in validate(scheme))


def test_summary_names_question_steps_and_decision() -> None:
    walk = DecisionWalk(SCHEME)
    walk.start("vraag-ouder")
    while not walk.is_finished:
        walk.choose(0)
    text = summary_text(walk, "Grenzen stellen en corrigeren en straffen", "3 jaar en 2 maanden",
                        agreements=["Over 6 weken telefonisch contact"], follow_up="Evaluatie",
                        interventions=["Triple P"])
    assert "Vraag: Grenzen stellen en corrigeren en straffen" in text
    assert "1. Voorwaarden scheppen:" in text
    assert f"Besluit: {walk.outcome.title}" in text
    assert "  - Over 6 weken telefonisch contact" in text and "Triple P" in text
