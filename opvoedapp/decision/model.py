"""The scheme as immutable data: steps with choices, outcomes, start situations."""

from __future__ import annotations

from dataclasses import dataclass

OUTCOME_KINDS = ("informatie", "advies", "lichte-hulp", "eigen-netwerk", "consultatie",
                 "verwijzing", "veiligheid")


@dataclass(frozen=True)
class Target:
    kind: str  # "step" or "outcome"
    key: str

    @classmethod
    def parse(cls, text: str) -> Target:
        kind, _, key = text.partition(":")
        return cls(kind, key)


@dataclass(frozen=True)
class Choice:
    label: str
    target: Target
    source: str = ""


@dataclass(frozen=True)
class Step:
    key: str
    number: int
    title: str
    purpose: str
    establish: tuple[str, ...]
    exploring_questions: tuple[str, ...]
    communication: tuple[str, ...]
    shows_age_norms: bool
    shows_balance: bool
    shows_interventions: bool
    choices: tuple[Choice, ...]
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Outcome:
    key: str
    title: str
    description: str
    kind: str
    shows_interventions: bool
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class StartSituation:
    key: str
    label: str
    description: str
    entry_step: str


@dataclass(frozen=True)
class Scheme:
    title: str
    label: str
    safety_outcome: str
    start_situations: tuple[StartSituation, ...]
    steps: tuple[Step, ...]
    outcomes: tuple[Outcome, ...]

    def step(self, key: str) -> Step:
        return next(s for s in self.steps if s.key == key)

    def outcome(self, key: str) -> Outcome:
        return next(o for o in self.outcomes if o.key == key)

    def start(self, key: str) -> StartSituation:
        return next(s for s in self.start_situations if s.key == key)
