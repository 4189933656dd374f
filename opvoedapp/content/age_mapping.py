"""Map a child's age to the guideline's age bands.

Table 1 (development phases ±0-2, ±2-4, ±5-12, ±12-19) and Table 2 (0-1, 1-4, 4-12, 12-19) use
different, approximate bands. An age maps to each table separately; near a boundary, or in the
gap between 4 and 5 years that Table 1 leaves, both neighbouring bands are returned with the
reason, so the view can say why it shows two.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

BOUNDARY_MONTHS = 3  # the bands are approximate (±): within 3 months of an edge, show both
GUIDELINE_MAX_MONTHS = 19 * 12
OUTER_MAX_MONTHS = 23 * 12  # 19-23 is named in passing only


class Band(Protocol):
    # Read-only, so the frozen record dataclasses satisfy it.
    @property
    def age_from(self) -> int: ...
    @property
    def age_to(self) -> int: ...


B = TypeVar("B", bound=Band)


@dataclass(frozen=True)
class BandMatch:
    bands: tuple[Any, ...]  # one or two bands (AgePhase or AgeGroup), in table order
    reason: str  # "" for a plain match; "grens", "tussen", "buiten" otherwise


def match_bands(bands: tuple[B, ...], age_months: int) -> BandMatch:
    """Bands containing the age; neighbours near an edge; both sides of a gap."""
    if age_months < 0:
        return BandMatch((), "buiten")
    if age_months > GUIDELINE_MAX_MONTHS:
        return BandMatch((), "buiten")
    inside = [b for b in bands if b.age_from * 12 <= age_months < b.age_to * 12]
    if not inside and bands and age_months == bands[-1].age_to * 12:
        inside = [bands[-1]]  # the last band includes its upper edge (19 years)
    if not inside:
        before = [b for b in bands if b.age_to * 12 <= age_months]
        after = [b for b in bands if b.age_from * 12 > age_months]
        pair = tuple(x for x in (before[-1] if before else None, after[0] if after else None) if x)
        return BandMatch(pair, "tussen")
    band = inside[0]
    index = bands.index(band)
    near = []
    if index > 0 and age_months - band.age_from * 12 < BOUNDARY_MONTHS:
        near.append(bands[index - 1])
    if index + 1 < len(bands) and band.age_to * 12 - age_months <= BOUNDARY_MONTHS:
        near.append(bands[index + 1])
    if not near:
        return BandMatch((band,), "")
    ordered = tuple(sorted({band, *near}, key=bands.index))
    return BandMatch(ordered, "grens")
