"""Read and check the translation files in ``data/source/translations/<code>.toml``.

Each file declares one language (code, its own name, its Dutch name, writing direction, review
state) and holds ``[[text]]`` entries: ``key`` of a Dutch parent text or handout label, ``nl``
the Dutch it translates, ``own`` our translation (a string, or a list of lines where the Dutch
is a list). An empty ``own`` is a translation still being written: it is left out, never an
error. A ``nl`` that is no longer the Dutch of its key is: the translation is stale and must
be redone before it is built.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

DIRECTIONS = ("ltr", "rtl")
REVIEW_STATES = ("unreviewed", "reviewed")
TRANSLATIONS_DIR = "translations"
_HEADER_FIELDS = ("language", "name_native", "name_nl", "direction", "review")


def load_translation_files(source_dir: Path, problems: list[str]) -> dict[str, dict[str, Any]]:
    """Every ``translations/*.toml`` parsed, by language code (the file's stem)."""
    files: dict[str, dict[str, Any]] = {}
    for path in sorted((source_dir / TRANSLATIONS_DIR).glob("*.toml")):
        try:
            files[path.stem] = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            problems.append(f"{TRANSLATIONS_DIR}/{path.name}: {exc}")
    return files


def as_text(value: object) -> str | None:
    """A string as it is, a list of strings joined by newlines (as the Dutch block is built);
    None for anything else."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(line, str) for line in value):
        return "\n".join(value)
    return None


def is_filled(own: object) -> bool:
    """Whether a translator has written it: every line holds more than white space."""
    lines = own if isinstance(own, list) else [own]
    return bool(lines) and all(isinstance(line, str) and line.strip() for line in lines)


def translation_problems(files: dict[str, dict[str, Any]], dutch: dict[str, str]) -> list[str]:
    """Every problem in every file; ``dutch`` maps each translatable key to its current Dutch."""
    problems: list[str] = []
    for code, data in files.items():
        where = f"{TRANSLATIONS_DIR}/{code}.toml"
        problems.extend(_header_problems(code, data, where))
        seen: set[str] = set()
        for n, entry in enumerate(data.get("text", []), 1):
            problems.extend(_entry_problems(entry, f"{where} text {n}", dutch, seen))
    return problems


def _header_problems(code: str, data: dict[str, Any], where: str) -> list[str]:
    problems = [f"{where}: no {field!r} (a non-empty string)" for field in _HEADER_FIELDS
                if not isinstance(data.get(field), str) or not data[field].strip()]
    if problems:
        return problems
    if data["language"] != code:
        problems.append(f"{where}: language {data['language']!r} differs from the file name")
    if data["direction"] not in DIRECTIONS:
        problems.append(f"{where}: direction {data['direction']!r}, expected one of {DIRECTIONS}")
    if data["review"] not in REVIEW_STATES:
        problems.append(f"{where}: review {data['review']!r}, expected one of {REVIEW_STATES}")
    return problems


def _entry_problems(entry: dict[str, Any], where: str, dutch: dict[str, str],
                    seen: set[str]) -> list[str]:
    key = entry.get("key")
    if not isinstance(key, str) or key not in dutch:
        return [f"{where}: unknown key {key!r} (no Dutch parent text or handout label has it)"]
    where = f"{where} ({key})"
    if key in seen:
        return [f"{where}: translated twice"]
    seen.add(key)
    nl, own = entry.get("nl"), entry.get("own", "")
    nl_text = as_text(nl)
    if nl_text is None:
        return [f"{where}: `nl` must be a string or a list of strings"]
    if nl_text != dutch[key]:
        return [f"{where}: stale translation: its `nl` is not the current Dutch. The Dutch now "
                f"reads {dutch[key]!r}; translate that and copy it into `nl`."]
    if as_text(own) is None or isinstance(own, list) != isinstance(nl, list):
        return [f"{where}: `own` must have the shape of `nl` (a string, or a list of lines)"]
    if isinstance(nl, list) and len(own) != len(nl):
        return [f"{where}: `own` has {len(own)} lines, the Dutch {len(nl)}"]
    return []


def filled_translations(data: dict[str, Any]) -> list[tuple[str, str]]:
    """(key, text) of every translation written so far, in file order."""
    return [(entry["key"], as_text(entry["own"]) or "")
            for entry in data.get("text", []) if is_filled(entry.get("own", ""))]
