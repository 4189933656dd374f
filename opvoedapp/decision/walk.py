"""A walk through the scheme during one consult: where we are, what was concluded, the end."""

from __future__ import annotations

from typing import NamedTuple

from opvoedapp.decision.model import Outcome, Scheme, Step


class TrailEntry(NamedTuple):
    """One step taken: the step and the conclusion drawn there (a pair, unpackable)."""

    step: Step
    conclusion: str  # the chosen choice's label, or the safety route


SAFETY_CONCLUSION = "De veiligheid van het kind is in het geding"


class DecisionWalk:
    """Where a consult is in the scheme. Pure state, no Qt: the view only renders it."""

    def __init__(self, scheme: Scheme) -> None:
        self.scheme = scheme
        self.start_key = ""
        self._current: Step | None = None
        self._trail: list[TrailEntry] = []
        self._outcome: Outcome | None = None

    def start(self, start_key: str) -> Step:
        self.start_key = start_key
        self._trail.clear()
        self._outcome = None
        self._current = self.scheme.step(self.scheme.start(start_key).entry_step)
        return self._current

    @property
    def current_step(self) -> Step | None:
        return None if self._outcome else self._current

    @property
    def outcome(self) -> Outcome | None:
        return self._outcome

    @property
    def is_finished(self) -> bool:
        return self._outcome is not None

    @property
    def trail(self) -> tuple[TrailEntry, ...]:
        return tuple(self._trail)

    @property
    def allowed_choices(self) -> tuple[str, ...]:
        step = self.current_step
        return tuple(c.label for c in step.choices) if step else ()

    def choose(self, index: int) -> None:
        step = self._require_step()
        if not 0 <= index < len(step.choices):
            raise IndexError(f"step {step.key} has no choice {index}")
        choice = step.choices[index]
        self._trail.append(TrailEntry(step, choice.label))
        if choice.target.kind == "outcome":
            self._outcome = self.scheme.outcome(choice.target.key)
        else:
            self._current = self.scheme.step(choice.target.key)

    def to_safety(self) -> None:
        """Always possible, from every step: the child's safety goes before everything."""
        step = self._require_step()
        self._trail.append(TrailEntry(step, SAFETY_CONCLUSION))
        self._outcome = self.scheme.outcome(self.scheme.safety_outcome)

    def back(self) -> bool:
        """Undo the last conclusion; False at the first step of the walk."""
        if not self._trail:
            return False
        last = self._trail.pop()
        self._outcome = None
        self._current = last.step
        return True

    def open_step(self, step_key: str) -> Step:
        """Look at one step directly (from search): no start situation, the trail starts here."""
        self.reset()
        self._current = self.scheme.step(step_key)
        return self._current

    def open_outcome(self, outcome_key: str) -> Outcome:
        """Look at one outcome directly (from search, e.g. the safety route for "meldcode"):
        no start situation and no steps, so a summary records no conclusion drawn."""
        self.reset()
        self._outcome = self.scheme.outcome(outcome_key)
        return self._outcome

    def reset(self) -> None:
        """Forget the walk entirely (new consult): no start, no steps, no outcome."""
        self.start_key = ""
        self._current = None
        self._trail.clear()
        self._outcome = None

    def restart(self) -> None:
        """Back to the entry step of the same start situation, with an empty trail."""
        if self.start_key:
            self.start(self.start_key)

    def _require_step(self) -> Step:
        if self._current is None or self._outcome is not None:
            raise RuntimeError("no step to decide at")
        return self._current
