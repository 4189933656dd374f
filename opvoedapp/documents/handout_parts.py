"""The handout's content parts for one child and one question, as plain data (no Qt).

Each function answers one thing: the answer to the parent's question for the child's Table 2
age group; the Table 1 phase the child is in (and a plain sentence when the next one is near);
the programmes whose own age range holds the child's age.
"""

from __future__ import annotations

from dataclasses import dataclass

from opvoedapp.content.age_mapping import match_bands
from opvoedapp.content.records import AgePhase
from opvoedapp.content.repository import ContentRepository
from opvoedapp.documents.handout_age import (
    UNIDENTIFIED,
    fits_age,
    is_selective,
    next_is_near,
    own_band,
    show_next_by_default,
)

# A parent's word for each Table 1 phase (file names, e.g. folder-grenzen-peuter-2026-12-01.pdf)
PHASE_WORD = {"0-2": "baby", "2-4": "peuter", "5-12": "schoolkind", "12-19": "puber"}


@dataclass(frozen=True)
class QuestionSection:
    title: str
    normal: str
    tips: tuple[str, ...]
    help: tuple[str, ...]


@dataclass(frozen=True)
class PhaseSection:
    label: str
    normal: str
    tips: tuple[str, ...]
    near_note: str = ""      # "Uw kind komt bijna in een nieuwe fase: …"
    next_label: str = ""     # "Wat komt er straks?", when included
    next_normal: str = ""
    key: str = ""


@dataclass(frozen=True)
class InterventionSection:
    name: str
    what: str
    how: str
    sign_up: str = ""
    selective_note: str = ""  # "Voor sommige gezinnen. …"


def _lines(text: str) -> tuple[str, ...]:
    return tuple(t for t in text.split("\n") if t)


def question_section(content: ContentRepository, question_key: str,
                     age_months: int | None) -> QuestionSection | None:
    group = own_band(content.age_groups, age_months).band
    if not question_key or group is None:
        return None
    prefix = f"parent.question.{question_key}.{group.key}"
    normal = content.text(f"{prefix}.normal")
    if not normal:
        return None
    return QuestionSection(content.text(f"parent.question.{question_key}.title"), normal,
                           _lines(content.text(f"{prefix}.tips")),
                           _lines(content.text(f"{prefix}.help")))


def _phase_title(content: ContentRepository, phase: AgePhase) -> str:
    return content.text(f"parent.phase.{phase.key}.title") or f"Uw kind ({phase.label})"


def phase_section(content: ContentRepository, key: str, age_months: int | None = None,
                  include_next: bool | None = None) -> PhaseSection | None:
    """One Table 1 phase for parents; for the child's own phase (age given) also the note
    that the next one is near and, when wanted, what comes next."""
    phases = content.age_phases
    phase = next((p for p in phases if p.key == key), None)
    if phase is None:
        return None
    section = PhaseSection(_phase_title(content, phase), content.text(f"parent.phase.{key}.normal"),
                           _lines(content.text(f"parent.phase.{key}.tips")), key=key)
    own = own_band(phases, age_months)
    if own.band is not phase or own.following is None:
        return section
    following = own.following
    near = (content.text("parent.next_near").replace("{next}", _phase_title(content, following))
            if next_is_near(own) else "")
    wanted = show_next_by_default(own) if include_next is None else include_next
    return PhaseSection(section.label, section.normal, section.tips, near,
                        _phase_title(content, following) if wanted else "",
                        content.text(f"parent.phase.{following.key}.normal") if wanted else "",
                        key)


def own_phase_key(content: ContentRepository, age_months: int | None) -> str:
    band = own_band(content.age_phases, age_months).band
    return band.key if band is not None else ""


def programme_fits(content: ContentRepository, key: str, age_months: int | None) -> bool:
    """Never an unidentified programme; with an age, only one whose age range holds it
    (without a known range: one that Table 2 lists in the column holding the age)."""
    item = content.intervention(key)
    if item is None or key in UNIDENTIFIED:
        return False
    if age_months is None:
        return True
    if item.age_from_months is not None and item.age_to_months is not None:
        return fits_age(item, age_months)
    groups = {g.key: g for g in content.age_groups}
    columns = [groups.get(c.age_group_key) for c in content.matrix_cells
               if c.age_group_key and any(e.intervention_key == key for e in c.entries)]
    if not columns:  # no age known anywhere (DroogBedTraining): only by the nurse's choice
        return True
    return any(fits_age(item, age_months, group) for group in columns)


def default_intervention_keys(content: ContentRepository, question_key: str,
                              age_months: int | None) -> tuple[str, ...]:
    """Table 2's programmes for the question at this age (preventie first), keeping those that
    fit the child; programmes for specific groups are left to the nurse's explicit choice."""
    if not question_key or age_months is None:
        return ()
    groups = {g.key for g in match_bands(content.age_groups, age_months).bands}
    keys = [e.intervention_key for c in content.matrix_cells
            if c.question_key == question_key and c.age_group_key in groups for e in c.entries]
    return tuple(k for k in dict.fromkeys(keys)
                 if programme_fits(content, k, age_months)
                 and not is_selective(content.intervention(k)))


def intervention_section(content: ContentRepository, key: str,
                         sign_up: str = "") -> InterventionSection | None:
    item = content.intervention(key)
    if item is None:
        return None
    return InterventionSection(
        content.text(f"parent.intervention.{key}.name") or item.name,
        content.text(f"parent.intervention.{key}.what")
        or content.text("handout.label.no_text"),
        content.text(f"parent.intervention.{key}.how"), sign_up,
        content.text("parent.selective") if is_selective(item) else "")
