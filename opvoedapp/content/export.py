"""All guideline content as one JSON document (see docs/export-format.md)."""

from __future__ import annotations

import json
from typing import Any

from opvoedapp.content.repository import ContentRepository


def _plain(record: Any) -> Any:
    """A record as plain JSON values: named tuples (records) become objects, all the way down."""
    if hasattr(record, "_asdict"):
        return {name: _plain(value) for name, value in record._asdict().items()}
    if isinstance(record, tuple | list):
        return [_plain(value) for value in record]
    return record


def _loads(value: object) -> Any:
    return json.loads(value) if isinstance(value, str) and value else []


def export_content(repo: ContentRepository) -> dict[str, Any]:
    groups = {g.key: g for g in repo.age_groups}
    questions = {q.key: q for q in repo.questions}
    matrix = []
    for cell in repo.matrix_cells:
        if not cell.entries:
            continue
        question = questions[cell.question_key]
        group = groups.get(cell.age_group_key)
        matrix.append({
            "question": {"key": question.key, "label": question.label,
                         "parent": question.parent_key or None},
            "age_group": ({"key": group.key, "age_from": group.age_from, "age_to": group.age_to,
                           "label": group.label} if group else None),
            "kind": cell.kind or None,
            "position_note": cell.position_note or None,
            "interventions": [
                {"key": e.intervention_key, "name": e.printed_name
                 or repo.intervention(e.intervention_key).name,  # type: ignore[union-attr]
                 "qualifier": e.qualifier, "footnote": e.footnote or None}
                for e in cell.entries
            ],
            "source": cell.source,
        })
    return {
        "meta": _plain(repo.meta),
        "texts": {key: _plain(block) for key, block in repo.text_blocks.items()},
        "age_phases": [_plain(p) for p in repo.age_phases],
        "age_groups": [_plain(g) for g in repo.age_groups],
        "questions": [_plain(q) for q in repo.questions],
        "intervention_matrix": matrix,
        "footnotes": [_plain(f) for f in repo.footnotes],
        "interventions": [_plain(i) for i in repo.interventions],
        "instruments": [_plain(i) for i in repo.instruments],
        "instrument_rules": [_plain(rule) for rule in repo.instrument_rules],
        "scale": [_plain(s) for s in repo.scale_labels],
        "competencies": [
            {"number": c.number, "title": c.title, "source": c.source,
             "items": [{"key": i.key, "stem": i.stem, "text": i.text} for i in c.items]}
            for c in repo.competencies
        ],
        "decision_scheme": _scheme(repo),
        "recommendations": [_plain(rec) for rec in repo.recommendations],
        "corrections": [_plain(c) for c in repo.corrections],
        # The handout languages and our translations of the parent texts (issue 18), so a
        # native speaker can review them outside the program.
        "languages": [_plain(lang) for lang in repo.languages],
        "translations": {lang.code: dict(repo.translations.get(lang.code, {}))
                         for lang in repo.languages},
    }


def _scheme(repo: ContentRepository) -> dict[str, Any]:
    choices: dict[object, list[dict[str, Any]]] = {}
    for row in repo.scheme_rows("scheme_choice"):
        choices.setdefault(row["step_id"], []).append(
            {"label": row["label"], "next": row["next"], "source": row["source"]}
        )
    steps = [
        {"key": row["key"], "number": row["number"], "title": row["title"],
         "purpose": row["purpose_own"], "establish": _loads(row["establish_own"]),
         "exploring_questions": _loads(row["exploring_questions"]),
         "communication": _loads(row["communication_own"]),
         "shows_age_norms": bool(row["shows_age_norms"]),
         "shows_balance": bool(row["shows_balance"]),
         "shows_interventions": bool(row["shows_interventions"]),
         "sources": _loads(row["sources"]), "choices": choices.get(row["id"], [])}
        for row in repo.scheme_rows("scheme_step")
    ]
    outcomes = [
        {"key": row["key"], "title": row["title"], "description": row["description_own"],
         "kind": row["kind"], "shows_interventions": bool(row["shows_interventions"]),
         "sources": _loads(row["sources"])}
        for row in repo.scheme_rows("scheme_outcome")
    ]
    starts = [
        {"key": row["key"], "label": row["label"], "description": row["description_own"],
         "entry_step": row["entry_step"], "source": row["source"]}
        for row in repo.scheme_rows("start_situation")
    ]
    anamnesis = [
        {"topic": row["topic"], "text": row["text_own"], "source": row["source"]}
        for row in repo.scheme_rows("anamnesis_item")
    ]
    return {
        "title": repo.text("scheme.title"), "label": repo.text("scheme.label_own"),
        "safety_outcome": repo.text("scheme.safety_outcome"), "start_situations": starts,
        "steps": steps, "outcomes": outcomes, "anamnesis_items": anamnesis,
    }


def export_json(repo: ContentRepository) -> str:
    return json.dumps(export_content(repo), ensure_ascii=False, indent=2) + "\n"
