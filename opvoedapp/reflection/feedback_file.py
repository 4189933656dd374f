"""The feedback file: an empty form to send to a colleague, and the filled-in result back.

Versioned JSON (docs/feedback-format.md). Reading refuses anything malformed, truncated,
foreign or from a future version with one Dutch message, and returns plain data only.
Version 2 adds who the form is for (`rater_name`), who asked (`requested_by`) and a `form_id`
that ties a result to its form; version 1 files are still read.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from opvoedapp.errors import OpvoedappError
from opvoedapp.safe_read import MAX_NESTING, ReadRefused, nesting_depth, read_limited
from opvoedapp.userdata.models import RATERS

FORMAT = "opvoedapp-zelfreflectie"
VERSION = 2
MAX_BYTES = 1024 * 1024
MAX_TEXT = 200  # names and labels: longer text is cut, never shown whole in a combo
MAX_DIGITS = 30  # a score is one digit; no honest field needs a longer number


class FeedbackFileError(OpvoedappError):
    """The feedback file is refused; ``message`` is Dutch."""


@dataclass(frozen=True)
class FeedbackForm:
    label: str
    rater_name: str  # the colleague asked to fill it in ("" in a version 1 form)
    requested_by: str  # the professional who asked ("" when she left it out)
    form_id: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class FeedbackResult:
    label: str
    rater: str
    day: str
    scores: dict[str, int]
    rater_name: str = ""
    form_id: str = ""


def new_form(label: str, rater_name: str, requested_by: str,
             item_keys: list[str]) -> FeedbackForm:
    return FeedbackForm(label.strip()[:MAX_TEXT], rater_name.strip()[:MAX_TEXT],
                        requested_by.strip()[:MAX_TEXT], uuid.uuid4().hex, tuple(item_keys))


def form_json(form: FeedbackForm, edition: str) -> str:
    return json.dumps({"format": FORMAT, "version": VERSION, "kind": "formulier",
                       "form_id": form.form_id, "label": form.label,
                       "rater_name": form.rater_name, "requested_by": form.requested_by,
                       "edition": edition, "items": list(form.items)},
                      ensure_ascii=False, indent=1)


def result_json(result: FeedbackResult, edition: str) -> str:
    return json.dumps({"format": FORMAT, "version": VERSION, "kind": "resultaat",
                       "form_id": result.form_id, "label": result.label,
                       "rater": result.rater, "rater_name": result.rater_name,
                       "day": result.day, "edition": edition, "scores": result.scores},
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


def read_form_file(path: Path, known_items: set[str]) -> FeedbackForm:
    return read_form(read_file(path), known_items)


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
    too_deep = FeedbackFileError("Dit is geen feedbackbestand van Opvoedapp: het is te diep "
                                 "genest.")
    if nesting_depth(text) > MAX_NESTING:
        raise too_deep
    try:
        return json.loads(text, parse_int=_short_int)
    except RecursionError as exc:  # a nesting the pre-scan missed
        raise too_deep from exc
    except ValueError as exc:  # JSONDecodeError, or a number too long
        raise unreadable from exc


def _load(raw: bytes) -> dict[str, object]:
    """The checks every feedback file passes before its kind is looked at."""
    data = _parse(raw)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise FeedbackFileError("Dit bestand komt niet van Opvoedapp (zelfreflectie).")
    version = data.get("version")
    if type(version) is not int or version > VERSION or version < 1:
        raise FeedbackFileError(f"Dit feedbackbestand heeft versie {version!r}; deze Opvoedapp "
                                f"leest versie 1 tot en met {VERSION}. Werk het programma bij.")
    return data


def _text(data: dict[str, object], field: str) -> str:
    value = data.get(field, "")
    if not isinstance(value, str):
        raise FeedbackFileError(f"In dit feedbackbestand is '{field}' geen tekst.")
    return value.strip()[:MAX_TEXT]


def read_form(raw: bytes, known_items: set[str]) -> FeedbackForm:
    data = _load(raw)
    if data.get("kind") == "resultaat":
        raise FeedbackFileError("Dit is een ingevuld resultaat, geen leeg formulier. Stuur "
                                "het terug naar wie de feedback vroeg; zij leest het in via "
                                "Zelfreflectie → Feedback → Resultaat importeren.")
    if data.get("kind") != "formulier":
        raise FeedbackFileError("Dit feedbackbestand is geen formulier.")
    items = data.get("items")
    if not isinstance(items, list) or not items or any(i not in known_items for i in items):
        raise FeedbackFileError("Dit formulier noemt uitspraken die deze Opvoedapp niet kent.")
    form_id = _text(data, "form_id") or uuid.uuid4().hex  # a version 1 form has none
    return FeedbackForm(_text(data, "label"), _text(data, "rater_name"),
                        _text(data, "requested_by"), form_id, tuple(dict.fromkeys(items)))


def read_result(raw: bytes, known_items: set[str]) -> FeedbackResult:
    data = _load(raw)
    if data.get("kind") == "formulier":
        raise FeedbackFileError("Dit is een leeg formulier, geen ingevuld resultaat. Open het "
                                "met Bestand → Feedbackformulier invullen… om het in te vullen.")
    if data.get("kind") != "resultaat":
        raise FeedbackFileError("Dit feedbackbestand is geen resultaat.")
    rater, day = data.get("rater"), data.get("day", "")
    if rater not in RATERS or not isinstance(day, str):
        raise FeedbackFileError("In dit feedbackbestand ontbreekt wie het invulde of wanneer.")
    label, rater_name, form_id = (_text(data, f) for f in ("label", "rater_name", "form_id"))
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
    return FeedbackResult(label, rater, day, clean, rater_name, form_id)
