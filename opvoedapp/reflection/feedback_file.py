"""The feedback file: an empty form to send to a colleague, and the filled-in result back.

Versioned JSON (docs/feedback-format.md). Reading refuses anything malformed, truncated,
foreign or from a future version with one Dutch message, and returns plain data only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from opvoedapp.errors import OpvoedappError
from opvoedapp.safe_read import MAX_NESTING, ReadRefused, nesting_depth, read_limited
from opvoedapp.userdata.models import RATERS

FORMAT = "opvoedapp-zelfreflectie"
VERSION = 1
MAX_BYTES = 1024 * 1024
MAX_DIGITS = 30  # a score is one digit; no honest field needs a longer number


class FeedbackFileError(OpvoedappError):
    """The feedback file is refused; ``message`` is Dutch."""


@dataclass(frozen=True)
class FeedbackResult:
    label: str
    rater: str
    day: str
    scores: dict[str, int]


def form_json(label: str, item_keys: list[str], edition: str) -> str:
    return json.dumps({"format": FORMAT, "version": VERSION, "kind": "formulier",
                       "label": label, "edition": edition, "items": item_keys},
                      ensure_ascii=False, indent=1)


def result_json(result: FeedbackResult, edition: str) -> str:
    return json.dumps({"format": FORMAT, "version": VERSION, "kind": "resultaat",
                       "label": result.label, "rater": result.rater, "day": result.day,
                       "edition": edition, "scores": result.scores},
                      ensure_ascii=False, indent=1, sort_keys=True)


def read_file(path: Path) -> bytes:
    """The bytes of a feedback file, refused in Dutch before reading when it is not a
    regular file of at most MAX_BYTES (a FIFO, ``/dev/zero``, a folder, a symlink loop)."""
    try:
        return read_limited(path, MAX_BYTES)
    except ReadRefused as exc:
        raise FeedbackFileError(f"Het bestand {path} {exc.message}.") from exc


def read_result_file(path: Path, known_items: set[str]) -> FeedbackResult:
    return read_result(read_file(path), known_items)


def _short_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_DIGITS:  # before int(): Python refuses 4,300 digits
        raise ValueError("te lang getal")
    return int(digits)


def _parse(raw: bytes) -> object:
    unreadable = FeedbackFileError("Dit is geen (volledig) feedbackbestand van Opvoedapp; het "
                                   "is onleesbaar of afgebroken.")
    if len(raw) > MAX_BYTES:
        raise FeedbackFileError("Dit bestand is te groot voor een feedbackbestand.")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise unreadable from exc
    if nesting_depth(text) > MAX_NESTING:
        raise FeedbackFileError("Dit is geen feedbackbestand van Opvoedapp: het is te diep "
                                "genest.")
    try:
        return json.loads(text, parse_int=_short_int)
    except RecursionError as exc:  # a nesting the pre-scan missed
        raise FeedbackFileError("Dit is geen feedbackbestand van Opvoedapp: het is te diep "
                                "genest.") from exc
    except ValueError as exc:  # JSONDecodeError, or a number too long
        raise unreadable from exc


def read_result(raw: bytes, known_items: set[str]) -> FeedbackResult:
    data = _parse(raw)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise FeedbackFileError("Dit bestand komt niet van Opvoedapp (zelfreflectie).")
    version = data.get("version")
    if not isinstance(version, int) or version > VERSION or version < 1:
        raise FeedbackFileError(f"Dit feedbackbestand heeft versie {version!r}; deze Opvoedapp "
                                f"leest versie {VERSION}. Werk het programma bij.")
    if data.get("kind") != "resultaat":
        raise FeedbackFileError("Dit is een leeg formulier, geen ingevuld resultaat.")
    rater, label, day = data.get("rater"), data.get("label", ""), data.get("day", "")
    if rater not in RATERS or not isinstance(label, str) or not isinstance(day, str):
        raise FeedbackFileError("In dit feedbackbestand ontbreekt wie het invulde of wanneer.")
    try:
        date.fromisoformat(day)
    except ValueError as exc:
        raise FeedbackFileError("De datum in dit feedbackbestand klopt niet.") from exc
    scores = data.get("scores")
    if not isinstance(scores, dict):
        raise FeedbackFileError("Dit feedbackbestand bevat geen scores.")
    clean: dict[str, int] = {}
    for key, value in scores.items():
        if key not in known_items or type(value) is not int or value not in (1, 2, 3, 4):
            raise FeedbackFileError(f"Dit feedbackbestand bevat een onbekende of ongeldige "
                                    f"score ({str(key)[:20]}).")
        clean[key] = value
    return FeedbackResult(label[:200], rater, day, clean)
