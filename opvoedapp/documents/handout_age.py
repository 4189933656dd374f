"""Which parts of the guideline fit the child in front of the nurse (no Qt, no ReportLab).

The tables' bands are approximate (±) and Table 1 leaves a gap between 4 and 5 years. The
professional views show both neighbouring bands (content.age_mapping); a parent's handout
instead starts with the one phase the child is in, and says in plain words when the next one
is near. Programmes are offered only when their own age range (content:interventies.md)
holds the child's age; a programme nobody could identify is never offered to a parent.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from opvoedapp.content.age_mapping import BOUNDARY_MONTHS, GUIDELINE_MAX_MONTHS, Band
from opvoedapp.content.records import AgeGroup, Intervention

B = TypeVar("B", bound=Band)

NEXT_PHASE_NEAR_MONTHS = 12  # "Wat komt er straks?" is on by default only this close to the next
# Interventions the sources could not identify (content:interventies.md §4 [NIET GEVONDEN]).
UNIDENTIFIED = frozenset({"stap-voor-stap", "stap-programmas"})


@dataclass(frozen=True)
class OwnBand(Generic[B]):
    band: B | None       # the band the child is in (nearest one in a gap)
    following: B | None  # the next band, if any
    months_to_next: int | None


def own_band(bands: tuple[B, ...], age_months: int | None) -> OwnBand[B]:
    """The band holding the age; in a gap the nearest band (ties: the earlier one)."""
    if age_months is None or not bands or not 0 <= age_months <= GUIDELINE_MAX_MONTHS:
        return OwnBand(None, None, None)
    inside = [b for b in bands if b.age_from * 12 <= age_months < b.age_to * 12]
    if not inside and age_months == bands[-1].age_to * 12:
        inside = [bands[-1]]
    if inside:
        band = inside[0]
    else:  # Table 1's 4-5 gap: the nearer side
        before = [b for b in bands if b.age_to * 12 <= age_months]
        after = [b for b in bands if b.age_from * 12 > age_months]
        band = before[-1] if before else after[0]
        if before and after and (after[0].age_from * 12 - age_months
                                 < age_months - before[-1].age_to * 12):
            band = after[0]
    index = bands.index(band)
    following = bands[index + 1] if index + 1 < len(bands) else None
    to_next = following.age_from * 12 - age_months if following else None
    return OwnBand(band, following, to_next)


def next_is_near(own: OwnBand[B]) -> bool:
    """Within the tables' ± margin of the end of this band or the start of the next one, or
    past the end of this band (Table 1's 4-5 gap)."""
    if own.band is None or own.following is None or own.months_to_next is None:
        return False  # months_to_next is None exactly when following is
    age = own.following.age_from * 12 - own.months_to_next
    return (own.months_to_next <= BOUNDARY_MONTHS
            or own.band.age_to * 12 - age <= BOUNDARY_MONTHS)


def show_next_by_default(own: OwnBand[B]) -> bool:
    """'Wat komt er straks?' is optional and off by default unless the next phase begins within
    a year. A parent of a 2-year-old read about school refusal, of a 5-year-old about alcohol
    (ux-walkthrough D5): a phase years away is irrelevant and alarming; the nurse can still
    tick it."""
    return (own.months_to_next is not None
            and 0 <= own.months_to_next < NEXT_PHASE_NEAR_MONTHS)


def fits_age(intervention: Intervention, age_months: int,
             cell_group: AgeGroup | None = None) -> bool:
    """The programme's own age range holds the age. Without a known range, the Table 2
    column it is listed in must hold the age itself (not only a neighbouring column)."""
    if intervention.key in UNIDENTIFIED:
        return False
    low, high = intervention.age_from_months, intervention.age_to_months
    if low is not None and high is not None:
        return low <= age_months <= high
    if cell_group is None:
        return False
    top = cell_group.age_to * 12
    return cell_group.age_from * 12 <= age_months < top or age_months == top == 228


def is_selective(intervention: Intervention | None) -> bool:
    return intervention is not None and intervention.universal_or_selective == "selectief"
