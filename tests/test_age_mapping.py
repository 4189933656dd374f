"""An age maps to Table 1 and Table 2 separately; edges and the 4-5 gap show both neighbours."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from opvoedapp.content.age_mapping import match_bands


@dataclass(frozen=True)
class B:
    age_from: int
    age_to: int


TABLE1 = (B(0, 2), B(2, 4), B(5, 12), B(12, 19))
TABLE2 = (B(0, 1), B(1, 4), B(4, 12), B(12, 19))


def spans(match) -> list[tuple[int, int]]:
    return [(b.age_from, b.age_to) for b in match.bands]


@pytest.mark.parametrize(("months", "expected", "reason"), [
    (6, [(0, 2)], ""),
    (23, [(0, 2), (2, 4)], "grens"),
    (24, [(0, 2), (2, 4)], "grens"),
    (36, [(2, 4)], ""),
    (50, [(2, 4), (5, 12)], "tussen"),
    (61, [(2, 4), (5, 12)], "grens"),
    (100, [(5, 12)], ""),
    (228, [(12, 19)], ""),
])
def test_table1(months: int, expected, reason: str) -> None:
    match = match_bands(TABLE1, months)
    assert spans(match) == expected and match.reason == reason


@pytest.mark.parametrize(("months", "expected"), [
    (3, [(0, 1)]), (12, [(0, 1), (1, 4)]), (30, [(1, 4)]), (50, [(1, 4), (4, 12)]),
    (60, [(4, 12)]), (200, [(12, 19)])])
def test_table2(months: int, expected) -> None:
    assert spans(match_bands(TABLE2, months)) == expected


def test_outside_the_guideline() -> None:
    assert match_bands(TABLE1, 20 * 12).reason == "buiten"
    assert match_bands(TABLE1, -1).bands == ()


@given(st.integers(min_value=0, max_value=19 * 12))
def test_every_guideline_age_maps_to_one_or_two_adjacent_bands(months: int) -> None:
    for table in (TABLE1, TABLE2):
        match = match_bands(table, months)
        assert 1 <= len(match.bands) <= 2
        if len(match.bands) == 2:
            first, second = (table.index(b) for b in match.bands)
            assert second == first + 1 and match.reason in ("grens", "tussen")
