"""The consult summary as plain text for the child's digital file (no names, no dates of birth)."""

from __future__ import annotations

from collections.abc import Iterable

from opvoedapp.decision.walk import DecisionWalk


def summary_text(walk: DecisionWalk, question_label: str, age_text: str,
                 agreements: Iterable[str] = (), follow_up: str = "",
                 interventions: Iterable[str] = ()) -> str:
    """Plain Dutch text for the child's file: question, steps with conclusions, decision,
    agreements and follow-up. It holds no names; the caller passes only labels and an age."""
    start = walk.scheme.start(walk.start_key).label if walk.start_key else ""

    lines = ["Opvoedingsondersteuning (JGZ-richtlijn Opvoedingsondersteuning, NCJ 2013)"]
    if start:
        lines.append(f"Aanleiding: {start}")
    lines.append(f"Vraag: {question_label or 'geen vraag uit Tabel 2 gekozen'}")
    if age_text:
        lines.append(f"Leeftijd kind: {age_text}")
    lines.append("Doorlopen stappen:")
    lines += [f"  {e.step.number}. {e.step.title}: {e.conclusion}" for e in walk.trail]
    if not walk.trail:
        lines.append("  (nog geen stap afgerond)")
    if walk.outcome and walk.trail:
        lines.append(f"Besluit: {walk.outcome.title}")
    elif walk.outcome:  # opened from the search to read it: nothing was decided
        lines.append(f"Besluit: nog geen besluit genomen (alleen opgezocht: {walk.outcome.title})")
    else:
        lines.append("Besluit: nog geen besluit genomen")
    chosen = [name for name in interventions if name]
    if chosen:
        lines.append("Interventie(s): " + ", ".join(chosen))
    agreed = [a.strip() for a in agreements if a.strip()]
    if agreed:
        lines.append("Afspraken:")
        lines += [f"  - {a}" for a in agreed]
    if follow_up.strip():
        lines.append(f"Vervolg: {follow_up.strip()}")
    return "\n".join(lines) + "\n"
