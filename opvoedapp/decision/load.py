"""Build a Scheme from one common input: a dict shaped like ``decision_scheme.toml``.

Two ways in produce that dict: the source file (``load_scheme_from_toml``) and the rows of the
content database (``scheme_from_content``). Both end in ``load_scheme``, so the program and the
tests walk exactly the same structure.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from opvoedapp.decision.model import (
    AnamnesisItem,
    Choice,
    Outcome,
    Scheme,
    StartSituation,
    Step,
    Target,
)

_JSON_LIST_FIELDS = ("establish_own", "exploring_questions", "communication_own", "sources")


def load_scheme_from_toml(path: Path | str) -> Scheme:
    import tomllib  # here: the program reads the database, only tools and tests the TOML

    return load_scheme(tomllib.loads(Path(path).read_text(encoding="utf-8")))


def load_scheme(data: Mapping[str, Any]) -> Scheme:
    """The Scheme from a TOML-shaped dict (tables ``scheme``, ``step``, ``outcome``, ...)."""
    head = data.get("scheme", {})
    return Scheme(
        title=head.get("title", ""), label=head.get("label_own", ""),
        safety_outcome=head.get("safety_outcome", ""),
        start_situations=tuple(
            StartSituation(s["key"], s["label"], s.get("description_own", ""), s["entry_step"],
                           s.get("source", ""))
            for s in data.get("start_situation", [])),
        steps=tuple(_step(s) for s in data.get("step", [])),
        outcomes=tuple(
            Outcome(o["key"], o["title"], o.get("description_own", ""), o.get("kind", ""),
                    bool(o.get("shows_interventions")), tuple(o.get("sources", ())))
            for o in data.get("outcome", [])),
        anamnesis_items=tuple(
            AnamnesisItem(a["topic"], a["text_own"], a.get("source", ""))
            for a in data.get("anamnesis_item", [])),
    )


scheme_from_dict = load_scheme  # older name, kept for callers


def _step(s: Mapping[str, Any]) -> Step:
    return Step(
        key=s["key"], number=int(s.get("number", 0)), title=s["title"],
        purpose=s.get("purpose_own", ""), establish=tuple(s.get("establish_own", ())),
        exploring_questions=tuple(s.get("exploring_questions", ())),
        communication=tuple(s.get("communication_own", ())),
        shows_age_norms=bool(s.get("shows_age_norms")), shows_balance=bool(s.get("shows_balance")),
        shows_interventions=bool(s.get("shows_interventions")),
        choices=tuple(Choice(c["label"], Target.parse(c["next"]), c.get("source", ""))
                      for c in s.get("choice", [])),
        sources=tuple(s.get("sources", ())),
    )


def scheme_dict_from_content(content: Any) -> dict[str, Any]:
    """Reshape a ContentRepository's scheme rows into the TOML-shaped dict."""
    steps = [dict(row) for row in content.scheme_rows("scheme_step")]
    by_id = {row["id"]: row for row in steps}
    for row in steps:
        for field in _JSON_LIST_FIELDS:
            row[field] = json.loads(row[field] or "[]")
        row["choice"] = []
    for choice in content.scheme_rows("scheme_choice"):
        by_id[choice["step_id"]]["choice"].append(dict(choice))
    outcomes = [dict(row) for row in content.scheme_rows("scheme_outcome")]
    for row in outcomes:
        row["sources"] = json.loads(row["sources"] or "[]")
    return {
        "scheme": {"title": content.text("scheme.title"),
                   "label_own": content.text("scheme.label_own"),
                   "safety_outcome": content.text("scheme.safety_outcome")},
        "start_situation": [dict(r) for r in content.scheme_rows("start_situation")],
        "step": steps, "outcome": outcomes,
        "anamnesis_item": [dict(r) for r in content.scheme_rows("anamnesis_item")],
    }


def scheme_from_content(content: Any) -> Scheme:
    """The Scheme as the program reads it: from the content database."""
    return load_scheme(scheme_dict_from_content(content))
