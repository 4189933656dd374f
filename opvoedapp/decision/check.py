"""Structural checks and every path through the scheme, so a data change cannot strand one."""

from __future__ import annotations

from opvoedapp.decision.model import OUTCOME_KINDS, Scheme

Path_ = tuple[str, ...]  # "start:k", "step:k", ..., "outcome:k"


def enumerate_paths(scheme: Scheme) -> list[Path_]:
    """Every route from each start situation to an outcome, visiting a step at most once.

    Loops back (ambivalence → gather information again) are real but add nothing new to a
    route, so a route ends when it would revisit a step.
    """
    paths: list[Path_] = []
    for start in scheme.start_situations:
        _walk(scheme, start.entry_step, (f"start:{start.key}",), paths)
    return paths


def _walk(scheme: Scheme, step_key: str, trail: Path_, paths: list[Path_]) -> None:
    here = f"step:{step_key}"
    if here in trail:
        return
    trail = (*trail, here)
    for choice in scheme.step(step_key).choices:
        if choice.target.kind == "outcome":
            paths.append((*trail, f"outcome:{choice.target.key}"))
        else:
            _walk(scheme, choice.target.key, trail, paths)


def validate(scheme: Scheme) -> list[str]:
    problems: list[str] = []
    steps = {s.key for s in scheme.steps}
    outcomes = {o.key for o in scheme.outcomes}
    if scheme.safety_outcome not in outcomes:
        problems.append(f"safety outcome {scheme.safety_outcome!r} does not exist")
    for outcome in scheme.outcomes:
        if outcome.kind not in OUTCOME_KINDS:
            problems.append(f"outcome {outcome.key}: unknown kind {outcome.kind!r}")
    for start in scheme.start_situations:
        if start.entry_step not in steps:
            problems.append(f"start {start.key}: no step {start.entry_step!r}")
    for step in scheme.steps:
        if not step.choices:
            problems.append(f"step {step.key}: no way on")
        for choice in step.choices:
            known = steps if choice.target.kind == "step" else outcomes
            if choice.target.kind not in ("step", "outcome") or choice.target.key not in known:
                problems.append(f"step {step.key}: choice {choice.label!r} leads nowhere")
    if problems:
        return problems
    reached = {part for path in enumerate_paths(scheme) for part in path}
    for step in scheme.steps:
        if f"step:{step.key}" not in reached:
            problems.append(f"step {step.key}: unreachable or cannot reach an outcome")
    for outcome in scheme.outcomes:
        if outcome.key != scheme.safety_outcome and f"outcome:{outcome.key}" not in reached:
            problems.append(f"outcome {outcome.key}: no path leads to it")
    return problems
