"""The scheme as immutable data: start situations, steps with choices, outcomes, anamnesis."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, TypeVar

# "afsluiting" ends a later follow-up contact (steps 7-8), never a first consult.
OUTCOME_KINDS = ("informatie", "advies", "lichte-hulp", "eigen-netwerk", "consultatie",
                 "verwijzing", "afsluiting", "veiligheid")
SAFETY_KIND = "veiligheid"
ANAMNESIS_TOPICS = ("basiszorg", "veiligheid")


@dataclass(frozen=True)
class Target:
    kind: str  # "step" or "outcome"
    key: str

    @classmethod
    def parse(cls, text: str) -> Target:
        kind, _, key = text.partition(":")
        return cls(kind, key)

    def __str__(self) -> str:
        return f"{self.kind}:{self.key}"


@dataclass(frozen=True)
class Choice:
    """A conclusion the professional can draw at a step."""

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
    source: str = ""


@dataclass(frozen=True)
class AnamnesisItem:
    """An item for a fuller anamnesis on the child's basic care or safety."""

    topic: str  # one of ANAMNESIS_TOPICS
    text: str
    source: str = ""


@dataclass(frozen=True)
class Scheme:
    title: str
    label: str
    safety_outcome: str
    start_situations: tuple[StartSituation, ...]
    steps: tuple[Step, ...]
    outcomes: tuple[Outcome, ...]
    anamnesis_items: tuple[AnamnesisItem, ...] = ()

    def step(self, key: str) -> Step:
        return _find(self.steps, key, "step")

    def outcome(self, key: str) -> Outcome:
        return _find(self.outcomes, key, "outcome")

    def start(self, key: str) -> StartSituation:
        return _find(self.start_situations, key, "start situation")

    def target(self, target: Target) -> Step | Outcome:
        return self.step(target.key) if target.kind == "step" else self.outcome(target.key)

    def anamnesis(self, topic: str) -> tuple[AnamnesisItem, ...]:
        return tuple(item for item in self.anamnesis_items if item.topic == topic)


class _Keyed(Protocol):
    @property
    def key(self) -> str: ...


_K = TypeVar("_K", bound=_Keyed)


def _find(items: tuple[_K, ...], key: str, what: str) -> _K:
    for item in items:
        if item.key == key:
            return item
    raise KeyError(f"no {what} {key!r} in the decision scheme")
