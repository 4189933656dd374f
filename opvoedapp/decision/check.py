"""Structural checks and every path through the scheme, so a data change cannot strand a consult."""

from __future__ import annotations

from opvoedapp.decision.model import ANAMNESIS_TOPICS, OUTCOME_KINDS, SAFETY_KIND, Scheme

Path_ = tuple[str, ...]  # "start:k", "step:k", ..., "outcome:k"


def enumerate_paths(scheme: Scheme) -> list[Path_]:
    """Every route from each start situation to an outcome, visiting a step at most once.

    Loops back (ambivalence → gather information again; plan adjusted → support again) are real
    but add nothing new to a route, so a route stops where it would revisit a step. The safety
    outcome, which the walk offers at every step, is not listed as a route of its own.
    """
    steps = {s.key for s in scheme.steps}
    paths: list[Path_] = []
    for start in scheme.start_situations:
        if start.entry_step in steps:
            _extend(scheme, start.entry_step, (f"start:{start.key}",), paths, steps)
    return paths


def _extend(scheme: Scheme, step_key: str, trail: Path_, paths: list[Path_],
            steps: set[str]) -> None:
    here = f"step:{step_key}"
    if here in trail:
        return
    trail = (*trail, here)
    for choice in scheme.step(step_key).choices:
        if choice.target.kind == "outcome":
            paths.append((*trail, f"outcome:{choice.target.key}"))
        elif choice.target.key in steps:
            _extend(scheme, choice.target.key, trail, paths, steps)


def validate(scheme: Scheme) -> list[str]:
    """Every problem with the scheme's structure (messages for developers); [] if sound."""
    problems = _references(scheme)
    if problems:
        return problems
    return _graph(scheme)


def _references(scheme: Scheme) -> list[str]:
    problems: list[str] = []
    for what, keys in (("step", [s.key for s in scheme.steps]),
                       ("outcome", [o.key for o in scheme.outcomes]),
                       ("start situation", [s.key for s in scheme.start_situations])):
        problems += [f"{what} {k}: key used twice" for k in sorted({k for k in keys
                                                                      if keys.count(k) > 1})]
    steps = {s.key for s in scheme.steps}
    outcomes = {o.key: o for o in scheme.outcomes}
    safety = outcomes.get(scheme.safety_outcome)
    if safety is None:
        problems.append(f"safety outcome {scheme.safety_outcome!r} does not exist")
    elif safety.kind != SAFETY_KIND:
        problems.append(f"safety outcome {safety.key}: kind is {safety.kind!r}, "
                        f"not {SAFETY_KIND!r}")
    if not scheme.start_situations:
        problems.append("no start situation")
    for outcome in scheme.outcomes:
        if outcome.kind not in OUTCOME_KINDS:
            problems.append(f"outcome {outcome.key}: unknown kind {outcome.kind!r}")
        if not outcome.sources:
            problems.append(f"outcome {outcome.key}: no source")
    for start in scheme.start_situations:
        if start.entry_step not in steps:
            problems.append(f"start {start.key}: no step {start.entry_step!r}")
        if not start.source:
            problems.append(f"start {start.key}: no source")
    for step in scheme.steps:
        if not step.choices:
            problems.append(f"step {step.key}: no way on")
        if not step.sources:
            problems.append(f"step {step.key}: no source")
        for choice in step.choices:
            known = steps if choice.target.kind == "step" else outcomes
            if choice.target.kind not in ("step", "outcome") or choice.target.key not in known:
                problems.append(f"step {step.key}: choice {choice.label!r} leads nowhere")
            if not choice.source:
                problems.append(f"step {step.key}: choice {choice.label!r} has no source")
    for n, item in enumerate(scheme.anamnesis_items, 1):
        if item.topic not in ANAMNESIS_TOPICS:
            problems.append(f"anamnesis item {n}: unknown topic {item.topic!r}")
        if not item.source:
            problems.append(f"anamnesis item {n}: no source")
    return problems


def _graph(scheme: Scheme) -> list[str]:
    """Reachability both ways: from a start to each step, and from each step to an outcome."""
    forward = {s.key: [c.target.key for c in s.choices if c.target.kind == "step"]
               for s in scheme.steps}
    ends = {s.key for s in scheme.steps if any(c.target.kind == "outcome" for c in s.choices)}
    reached = _closure([s.entry_step for s in scheme.start_situations], forward)
    backward: dict[str, list[str]] = {key: [] for key in forward}
    for key, targets in forward.items():
        for target in targets:
            backward[target].append(key)
    finishing = _closure(sorted(ends), backward)

    problems: list[str] = []
    for step in scheme.steps:
        if step.key not in reached:
            problems.append(f"step {step.key}: unreachable from every start situation")
        elif step.key not in finishing:
            loop = step.key in _closure(forward[step.key], forward)
            problems.append(f"step {step.key}: " + ("caught in a cycle that cannot end"
                                                    if loop else "no way to an outcome"))
    led_to = {c.target.key for s in scheme.steps if s.key in reached for c in s.choices
              if c.target.kind == "outcome"}
    for outcome in scheme.outcomes:
        if outcome.key != scheme.safety_outcome and outcome.key not in led_to:
            problems.append(f"outcome {outcome.key}: no path leads to it")
    return problems


def _closure(seeds: list[str], edges: dict[str, list[str]]) -> set[str]:
    seen: set[str] = set()
    todo = list(seeds)
    while todo:
        key = todo.pop()
        if key not in seen:
            seen.add(key)
            todo.extend(edges.get(key, ()))
    return seen
