"""Importing a feedback file cannot hurt: special files, nesting, long numbers, fuzz (1,000+).

Every input either gives a FeedbackResult or a Dutch FeedbackFileError; nothing else escapes,
nothing blocks (a FIFO), nothing is read whole (``/dev/zero``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from import_cases import is_dutch, nested, outcome
from opvoedapp.reflection.feedback_file import (
    MAX_BYTES,
    FeedbackFileError,
    FeedbackResult,
    read_result,
    read_result_file,
)
from special_files import SPECIAL_KINDS, make_special


def _valid(item_keys: set[str]) -> dict:
    keys = sorted(item_keys)[:5]
    return {"format": "opvoedapp-zelfreflectie", "version": 1, "kind": "resultaat",
            "label": "Najaar", "rater": "collega", "day": "2026-11-02", "edition": "2013",
            "scores": {key: 1 + n % 4 for n, key in enumerate(keys)}}


def _outcome(call) -> str:
    """'accepted' or 'refused'; anything else raised fails the test. Also fails on a hang."""
    return outcome(call, FeedbackFileError, FeedbackResult)


@pytest.mark.parametrize("kind", SPECIAL_KINDS)
def test_a_special_file_is_refused_in_dutch_before_it_is_read(tmp_path: Path, item_keys,
                                                             kind: str) -> None:
    path = make_special(tmp_path / "resultaat.json", kind, MAX_BYTES)
    assert _outcome(lambda: read_result_file(path, item_keys)) == "refused"


@pytest.mark.parametrize("depth", [33, 1000, 100_000, 400_000])
@pytest.mark.parametrize("where", ["top", "scores", "label", "rater"])
def test_deep_nesting_is_refused_in_dutch(item_keys, depth: int, where: str) -> None:
    deep = nested(depth)
    document = json.dumps(_valid(item_keys))
    if where == "top":
        text = deep
    else:
        text = document.replace(f'"{where}": ', f'"{where}": {deep[:depth]}1{deep[depth:]}, '
                                f'"x{where}": ', 1)
    with pytest.raises(FeedbackFileError) as caught:
        read_result(text.encode(), item_keys)
    assert is_dutch(caught.value.message)


def test_a_bracket_inside_a_label_is_not_nesting(item_keys) -> None:
    document = _valid(item_keys) | {"label": "[" * 500 + "{" * 500}
    assert read_result(json.dumps(document).encode(), item_keys).label.startswith("[[[")


@pytest.mark.parametrize("digits", [31, 4301, 5000, 100_000])
def test_a_huge_integer_is_refused_in_dutch(item_keys, digits: int) -> None:
    document = json.dumps(_valid(item_keys)).replace('"version": 1', '"version": ' + "9" * digits)
    with pytest.raises(FeedbackFileError) as caught:
        read_result(document.encode(), item_keys)
    assert is_dutch(caught.value.message)


def test_a_valid_file_is_read(tmp_path: Path, item_keys) -> None:
    path = tmp_path / "resultaat.json"
    path.write_text(json.dumps(_valid(item_keys)), encoding="utf-8")
    result = read_result_file(path, item_keys)
    assert result.rater == "collega" and len(result.scores) == 5


_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
                     lambda inner: st.lists(inner, max_size=4)
                     | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)
_FIELDS = ("format", "version", "kind", "label", "rater", "day", "edition", "scores")


@st.composite
def _inputs(draw, known_items: list[str]):
    """One hostile input: (special kind or None, bytes)."""
    choice = draw(st.sampled_from(["special", "bytes", "mutated", "nested", "number"]))
    if choice == "special":
        return draw(st.sampled_from(SPECIAL_KINDS)), b""
    if choice == "bytes":
        return None, draw(st.binary(max_size=600))
    document = _valid(set(known_items))
    if choice == "mutated":
        for field in draw(st.lists(st.sampled_from(_FIELDS), min_size=1, max_size=3)):
            document[field] = draw(_JSON)
        return None, json.dumps(document, allow_nan=True).encode()
    if choice == "nested":
        depth = draw(st.integers(1, 5000))
        field = draw(st.sampled_from(_FIELDS))
        document[field] = "@"
        return None, json.dumps(document).replace('"@"', nested(depth)).encode()
    digits = draw(st.integers(1, 6000))
    field = draw(st.sampled_from(("version", "scores", "day")))
    document[field] = "@"
    return None, json.dumps(document).replace('"@"', "7" * digits).encode()


@settings(max_examples=1200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_fuzzed_feedback_files_are_read_or_refused_in_dutch(tmp_path_factory, item_keys,
                                                            data) -> None:
    kind, raw = data.draw(_inputs(sorted(item_keys)))
    folder = tmp_path_factory.mktemp("fb")
    if kind is None:
        path = folder / "resultaat.json"
        path.write_bytes(raw)
    else:
        path = make_special(folder / "resultaat.json", kind, MAX_BYTES)
    outcome = _outcome(lambda: read_result_file(path, item_keys))
    event(f"{kind or 'file'}: {outcome}")
