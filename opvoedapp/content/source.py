"""Read and check the reviewable content files in ``data/source``.

The checks here are structural (references resolve, every entry names its source, uncertain
positions are explained); counts that pin the guideline's content live in the tests.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from opvoedapp.content.errors import ContentSourceError
from opvoedapp.content.evidence import EVIDENCE_LEVELS as _LEVELS
from opvoedapp.content.parent_blocks import dutch_parent_texts
from opvoedapp.content.translations import load_translation_files, translation_problems

SOURCE_FILES = (
    "age_phases",
    "intervention_matrix",
    "interventions",
    "instruments",
    "werkkaart1",
    "competencies",
    "recommendations",
    "decision_scheme",
    "parent_texts",
    "parent_questions",
    "handout_labels",
)
MATRIX_KINDS = ("preventie", "lichte hulp", "")
EVIDENCE_LEVELS = (*_LEVELS, "")


def load_sources(source_dir: Path) -> dict[str, Any]:
    """Parse every content file and the translations (``data["translations"]``, by language
    code); raise ContentSourceError listing every problem found."""
    data: dict[str, Any] = {}
    problems: list[str] = []
    for name in SOURCE_FILES:
        path = source_dir / f"{name}.toml"
        try:
            data[name] = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            problems.append(f"{path.name}: missing")
        except tomllib.TOMLDecodeError as exc:
            problems.append(f"{path.name}: {exc}")
    data["translations"] = load_translation_files(source_dir, problems)
    if not problems:
        problems.extend(_check(data))
    if not problems:  # the Dutch the translations are checked against must itself be sound
        problems.extend(translation_problems(data["translations"],
                                             dutch_parent_texts(data)))
    if problems:
        raise ContentSourceError("data/source is not valid:\n  " + "\n  ".join(problems))
    return data


def _check(data: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    intervention_keys = {i["key"] for i in data["interventions"].get("intervention", [])}
    matrix = data["intervention_matrix"]
    question_keys = {q["key"] for q in matrix.get("question", [])}
    subtopic_keys = {s["key"] for s in matrix.get("subtopic", [])}
    group_keys = {g["key"] for g in matrix.get("age_group", [])}
    footnotes = {f["number"] for f in matrix.get("footnote", [])}

    for n, cell in enumerate(matrix.get("cell", []), 1):
        where = f"intervention_matrix cell {n}"
        if cell["question"] not in question_keys:
            problems.append(f"{where}: unknown question {cell['question']!r}")
        if cell.get("subtopic") and cell["subtopic"] not in subtopic_keys:
            problems.append(f"{where}: unknown subtopic {cell['subtopic']!r}")
        if cell.get("age_group") and cell["age_group"] not in group_keys:
            problems.append(f"{where}: unknown age group {cell['age_group']!r}")
        if cell.get("kind", "") not in MATRIX_KINDS:
            problems.append(f"{where}: kind {cell.get('kind')!r}")
        if (not cell.get("age_group") or not cell.get("kind")) and not cell.get("position_note"):
            problems.append(f"{where}: an unknown column or kind needs a position_note")
        for entry in cell.get("entry", []):
            if entry["intervention"] not in intervention_keys:
                problems.append(f"{where}: unknown intervention {entry['intervention']!r}")
            if entry.get("footnote", 0) and entry["footnote"] not in footnotes:
                problems.append(f"{where}: unknown footnote {entry['footnote']}")
        problems.extend(_missing_source(cell, where))

    for item in data["interventions"].get("intervention", []):
        where = f"intervention {item.get('key')}"
        if item.get("evidence", "") not in EVIDENCE_LEVELS:
            problems.append(f"{where}: evidence {item.get('evidence')!r}")
        problems.extend(_missing_source(item, where))
    for item in data["instruments"].get("instrument", []):
        problems.extend(_missing_source(item, f"instrument {item.get('key')}"))
    for item in data["age_phases"].get("phase", []):
        problems.extend(_missing_source(item, f"age phase {item.get('key')}"))
    for item in data["competencies"].get("competency", []):
        problems.extend(_missing_source(item, f"competency {item.get('number')}"))
    for n, item in enumerate(data["recommendations"].get("recommendation", []), 1):
        problems.extend(_missing_source(item, f"recommendation {n}"))
    problems.extend(_parent_text_problems(data, intervention_keys))
    scheme = data["decision_scheme"]
    for kind in ("step", "outcome", "start_situation", "anamnesis_item"):
        for item in scheme.get(kind, []):
            problems.extend(_missing_source(item, f"decision scheme {kind} {item.get('key', '')}"))
    return problems


def _parent_text_problems(data: dict[str, Any], intervention_keys: set[str]) -> list[str]:
    """Parent texts explain a phase, an intervention or a decision outcome that exists, and
    each says which fact it explains."""
    texts = data["parent_texts"]
    known = {"phase": {p["key"] for p in data["age_phases"].get("phase", [])},
             "intervention": intervention_keys,
             "outcome": {o["key"] for o in data["decision_scheme"].get("outcome", [])}}
    problems = []
    for kind, keys in known.items():
        for item in texts.get(kind, []):
            if item["key"] not in keys:
                problems.append(f"parent text: unknown {kind} {item['key']!r}")
            problems.extend(_missing_source(item, f"parent text {kind} {item['key']}"))
    problems.extend(_parent_question_problems(data))
    for name in (k.removesuffix("_own") for k in texts if k.endswith("_own")):
        if not texts.get(f"{name}_sources"):
            problems.append(f"parent text {name}: no {name}_sources")
    return problems


def _parent_question_problems(data: dict[str, Any]) -> list[str]:
    """One answer per Table 2 question x age group, each sentence with its own source."""
    matrix, answers = data["intervention_matrix"], data["parent_questions"]
    questions = {q["key"] for q in matrix.get("question", [])}
    groups = {g["key"] for g in matrix.get("age_group", [])}
    problems = [f"parent question {q['key']!r}: unknown or without source"
                for q in answers.get("question", [])
                if q["key"] not in questions or not q.get("sources")]
    seen = set()
    for answer in answers.get("answer", []):
        where = f"parent answer {answer.get('question')}/{answer.get('age_group')}"
        if answer.get("question") not in questions or answer.get("age_group") not in groups:
            problems.append(f"{where}: unknown question or age group")
        seen.add((answer.get("question"), answer.get("age_group")))
        for part in ("normal", "tips", "help"):
            problems.extend(f"{where} {part}: a sentence without source"
                            for item in answer.get(part, [])
                            if not item.get("own") or not item.get("source"))
        if not answer.get("normal"):
            problems.append(f"{where}: no 'normal' text")
    problems.extend(f"parent answer {q}/{g}: missing" for q in sorted(questions)
                    for g in sorted(groups) if (q, g) not in seen)
    return problems


def _missing_source(entry: dict[str, Any], where: str) -> list[str]:
    if entry.get("source") or entry.get("sources"):
        return []
    return [f"{where}: no source"]
