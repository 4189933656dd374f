"""Werkkaart 3 arithmetic and the feedback file (fuzzed)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from opvoedapp.reflection.feedback_file import (
    FeedbackFileError,
    FeedbackResult,
    read_result,
    result_json,
)
from opvoedapp.reflection.scoring import (
    competency_differences,
    item_differences,
    results,
    team_spread,
)


def test_average_counts_only_answered_items_and_high_is_above_3(content) -> None:
    first = content.competencies[0]
    scores = {first.items[0].key: 4, first.items[1].key: 3}
    result = results(content.competencies, scores)
    assert result[0].average == 3.5 and result[0].answered == 2 and result[0].total == 15
    assert result[0].high and not result[0].to_develop
    assert result[1].average is None and not result[1].to_develop
    exactly_3 = results(content.competencies, {first.items[0].key: 3})[0]
    assert not exactly_3.high and exactly_3.to_develop  # "boven de 3": 3.0 is not high


def test_differences_largest_first(content) -> None:
    comps = content.competencies
    mine = {comps[0].items[0].key: 4, comps[1].items[0].key: 2, comps[2].items[0].key: 3}
    theirs = {comps[0].items[0].key: 1, comps[1].items[0].key: 3, comps[2].items[0].key: 3}
    by_competency = competency_differences(results(comps, mine), results(comps, theirs))
    assert [d.size for d in by_competency] == [3, 1, 0]
    by_item = item_differences(comps, mine, theirs)
    assert [d.key for d in by_item] == [comps[0].items[0].key, comps[1].items[0].key]


def test_team_view_shows_spread_not_people(content) -> None:
    key = content.competencies[0].items[0].key
    spread = team_spread(content.competencies, [{key: 2}, {key: 4}, {key: 3}])
    assert (spread[0].mean, spread[0].lowest, spread[0].highest, spread[0].people) == (3, 2, 4, 3)
    assert spread[1].mean is None and spread[1].people == 0


def test_result_round_trips(item_keys) -> None:
    result = FeedbackResult("Najaar", "collega", "2026-11-23", {"1.01": 3, "8.01": 4})
    assert read_result(result_json(result, "NCJ 2013").encode(), item_keys) == result


@pytest.mark.parametrize(("change", "message"), [
    ({"format": "iets-anders"}, "niet van Opvoedapp"),
    ({"version": 3}, "versie 3"),
    ({"kind": "formulier"}, "leeg formulier"),
    ({"rater": "buurman"}, "wie het invulde"),
    ({"day": "23-11-2026"}, "datum"),
    ({"scores": {"1.01": 5}}, "ongeldige score"),
    ({"scores": {"99.99": 2}}, "onbekende"),
])
def test_malformed_results_are_refused_in_dutch(item_keys, change, message) -> None:
    data = json.loads(result_json(FeedbackResult("x", "collega", "2026-11-23", {"1.01": 3}), "e"))
    data.update(change)
    with pytest.raises(FeedbackFileError, match=message):
        read_result(json.dumps(data).encode(), item_keys)


def test_truncated_file_is_refused(item_keys) -> None:
    text = result_json(FeedbackResult("x", "collega", "2026-11-23", {"1.01": 3}), "e").encode()
    with pytest.raises(FeedbackFileError, match="afgebroken"):
        read_result(text[: len(text) // 2], item_keys)


@settings(max_examples=300)
@given(st.one_of(st.binary(max_size=600),
                 st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                              lambda inner: st.lists(inner, max_size=4)
                              | st.dictionaries(st.text(max_size=10), inner, max_size=6),
                              max_leaves=20).map(lambda v: json.dumps(v).encode())))
def test_fuzzed_files_never_crash_the_importer(data: bytes) -> None:
    known = {"1.01", "2.01"}
    try:
        result = read_result(data, known)
    except FeedbackFileError as exc:
        assert exc.message
    else:
        assert set(result.scores) <= known
