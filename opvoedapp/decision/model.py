"""The scheme as immutable data: start situations, steps with choices, outcomes, anamnesis.

Named tuples, not frozen dataclasses: the same immutable records with fields, defaults and
methods, made ~4x cheaper (a dataclass compiles six methods for each class when imported,
~30 M instructions for these seven, paid while the Beslisschema's tab is first built:
bench/bench_startup.py). A changed copy is ``record._replace(field=value)``.
"""

from __future__ import annotations

from typing import NamedTuple, Protocol, TypeVar

# "afsluiting" ends a later follow-up contact (steps 7-8), never a first consult.
OUTCOME_KINDS = ("informatie", "advies", "lichte-hulp", "eigen-netwerk", "consultatie",
                 "verwijzing", "afsluiting", "veiligheid")
SAFETY_KIND = "veiligheid"
ANAMNESIS_TOPICS = ("basiszorg", "veiligheid")


class Target(NamedTuple):
    """Where a choice leads: a step or an outcome, by key."""

    kind: str  # "step" or "outcome"
    key: str

    @classmethod
    def parse(cls, text: str) -> Target:
        kind, _, key = text.partition(":")
        return cls(kind, key)

    def __str__(self) -> str:
        return f"{self.kind}:{self.key}"


class Choice(NamedTuple):
    """A conclusion the professional can draw at a step."""

    label: str
    target: Target
    source: str = ""


class Step(NamedTuple):
    """One step of the working method: what to establish and ask, and the choices on."""

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


class Outcome(NamedTuple):
    """A decision the walk ends in."""

    key: str
    title: str
    description: str
    kind: str
    shows_interventions: bool
    sources: tuple[str, ...] = ()


class StartSituation(NamedTuple):
    """How a conversation starts, and the step it starts at."""

    key: str
    label: str
    description: str
    entry_step: str
    source: str = ""


class AnamnesisItem(NamedTuple):
    """An item for a fuller anamnesis on the child's basic care or safety."""

    topic: str  # one of ANAMNESIS_TOPICS
    text: str
    source: str = ""


class Scheme(NamedTuple):
    """The whole scheme; steps, outcomes and start situations looked up by key."""

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
