"""Averages per competency, the card's rule (above 3 is high), and differences between raters.

Werkkaart 3: "Kijk per competentie wat uw gemiddelde score is. U scoort hoog als u gemiddeld
boven de 3 zit." Unanswered items do not count; a competency without answers has no average.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from opvoedapp.content.records import Competency


@dataclass(frozen=True)
class CompetencyResult:
    number: int
    title: str
    average: float | None
    answered: int
    total: int
    high: bool  # above the threshold; False when unanswered

    @property
    def to_develop(self) -> bool:
        """Low: a point to develop with the team leader (only when answered)."""
        return self.average is not None and not self.high


def results(competencies: tuple[Competency, ...], scores: Mapping[str, int],
            threshold: float = 3.0) -> list[CompetencyResult]:
    out = []
    for competency in competencies:
        values = [scores[i.key] for i in competency.items if i.key in scores]
        average = sum(values) / len(values) if values else None
        out.append(CompetencyResult(competency.number, competency.title, average, len(values),
                                    len(competency.items),
                                    average is not None and average > threshold))
    return out


@dataclass(frozen=True)
class Difference:
    label: str  # competency title or item text
    key: str
    mine: float
    theirs: float

    @property
    def size(self) -> float:
        return abs(self.mine - self.theirs)


def competency_differences(mine: list[CompetencyResult],
                           theirs: list[CompetencyResult]) -> list[Difference]:
    pairs = [Difference(a.title, str(a.number), a.average, b.average)
             for a, b in zip(mine, theirs, strict=False)
             if a.average is not None and b.average is not None]
    return sorted(pairs, key=lambda d: (-d.size, int(d.key)))


def item_differences(competencies: tuple[Competency, ...], mine: Mapping[str, int],
                     theirs: Mapping[str, int]) -> list[Difference]:
    items = [i for c in competencies for i in c.items]
    pairs = [Difference(i.text, i.key, mine[i.key], theirs[i.key]) for i in items
             if i.key in mine and i.key in theirs and mine[i.key] != theirs[i.key]]
    order = {i.key: n for n, i in enumerate(items)}
    return sorted(pairs, key=lambda d: (-d.size, order[d.key]))


MIN_PEOPLE = 3  # fewer distinct people and a number could point to one person


@dataclass(frozen=True)
class TeamSpread:
    number: int
    title: str
    mean: float | None  # None for every figure when fewer than MIN_PEOPLE answered
    lowest: float | None
    highest: float | None
    people: int  # distinct people who answered this competency

    @property
    def shown(self) -> bool:
        return self.mean is not None


def team_spread(competencies: tuple[Competency, ...], people: Sequence[Mapping[str, int]],
                threshold: float = 3.0, min_people: int = MIN_PEOPLE) -> list[TeamSpread]:
    """Per competency the team's mean and range of personal averages; no individual shown.

    ``people`` holds one score map per distinct person (see reflection/team.py). A
    competency answered by fewer than ``min_people`` shows nothing, not even lowest/highest.
    """
    per_person = [results(competencies, scores, threshold) for scores in people]
    out = []
    for index, competency in enumerate(competencies):
        averages = [average for r in per_person if (average := r[index].average) is not None]
        if len(averages) < min_people:
            out.append(TeamSpread(competency.number, competency.title, None, None, None,
                                  len(averages)))
            continue
        out.append(TeamSpread(competency.number, competency.title,
                              sum(averages) / len(averages), min(averages), max(averages),
                              len(averages)))
    return out
