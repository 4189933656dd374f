"""What the consult's age and question select from the tables (no widgets).

Table 1 phases and Table 2 age groups are matched separately (different bands); the matrix
cells for the question and the matched age groups are returned in the guideline's order.
"""

from __future__ import annotations

from dataclasses import dataclass

from opvoedapp.content.age_mapping import BandMatch, match_bands
from opvoedapp.content.records import AgePhase, MatrixCell
from opvoedapp.content.repository import ContentRepository


@dataclass(frozen=True)
class ConsultContext:
    phases: BandMatch
    groups: BandMatch
    cells: tuple[MatrixCell, ...]

    @property
    def phase_list(self) -> tuple[AgePhase, ...]:
        return tuple(self.phases.bands)


def consult_context(content: ContentRepository, age_months: int | None,
                    question_key: str) -> ConsultContext:
    if age_months is None:
        empty = BandMatch((), "")
        return ConsultContext(empty, empty, ())
    phases = match_bands(content.age_phases, age_months)
    groups = match_bands(content.age_groups, age_months)
    keys = {g.key for g in groups.bands}
    cells = tuple(c for c in content.matrix_cells
                  if question_key and c.question_key == question_key and c.age_group_key in keys)
    return ConsultContext(phases, groups, cells)


def age_text(age_months: int | None) -> str:
    if age_months is None:
        return ""
    years, months = divmod(age_months, 12)
    parts = [f"{years} jaar"] if years else []
    if months or not years:
        parts.append(f"{months} maand" + ("en" if months != 1 else ""))
    return " en ".join(parts)
