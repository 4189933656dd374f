"""Build a Scheme from the TOML-shaped dict (source file) or from the content database."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

from opvoedapp.decision.model import Choice, Outcome, Scheme, StartSituation, Step, Target


def load_scheme_from_toml(path: Path) -> Scheme:
    return scheme_from_dict(tomllib.loads(path.read_text(encoding="utf-8")))


def scheme_from_dict(data: dict[str, Any]) -> Scheme:
    head = data.get("scheme", {})
    return Scheme(
        title=head.get("title", ""), label=head.get("label_own", ""),
        safety_outcome=head.get("safety_outcome", ""),
        start_situations=tuple(
            StartSituation(s["key"], s["label"], s.get("description_own", ""), s["entry_step"])
            for s in data.get("start_situation", [])),
        steps=tuple(_step(s) for s in data.get("step", [])),
        outcomes=tuple(
            Outcome(o["key"], o["title"], o.get("description_own", ""), o.get("kind", ""),
                    bool(o.get("shows_interventions")), tuple(o.get("sources", ())))
            for o in data.get("outcome", [])),
    )


def _step(s: dict[str, Any]) -> Step:
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


def scheme_from_content(content: Any) -> Scheme:
    """From a ContentRepository: reshape its rows into the source dict, then load that."""
    steps = [dict(row) for row in content.scheme_rows("scheme_step")]
    by_id = {row["id"]: row for row in steps}
    for row in steps:
        for field in ("establish_own", "exploring_questions", "communication_own", "sources"):
            row[field] = json.loads(row[field] or "[]")
        row["choice"] = []
    for choice in content.scheme_rows("scheme_choice"):
        by_id[choice["step_id"]]["choice"].append(dict(choice))
    outcomes = [dict(row) for row in content.scheme_rows("scheme_outcome")]
    for row in outcomes:
        row["sources"] = json.loads(row["sources"] or "[]")
    return scheme_from_dict({
        "scheme": {"title": content.text("scheme.title"),
                   "label_own": content.text("scheme.label_own"),
                   "safety_outcome": content.text("scheme.safety_outcome")},
        "start_situation": [dict(r) for r in content.scheme_rows("start_situation")],
        "step": steps, "outcome": outcomes,
    })
