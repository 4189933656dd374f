"""What the Interventies finder filters on, per intervention, and the filter itself (no Qt).

An intervention belongs to an age group / question / kind when a Table 2 cell lists it there;
interventions only named in §5.2 match no Table 2 filter but are found by text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from opvoedapp.content.repository import ContentRepository
from opvoedapp.search.folding import matches, needles, score, word_starts


@dataclass(frozen=True)
class FinderCriteria:
    # Table 2 age group keys; empty = all. Two keys when the consult's age is near a boundary.
    age_groups: tuple[str, ...] = ()
    question: str = ""  # Table 2 question key, "" = all
    kind: str = ""  # "preventie" | "lichte hulp" | ""
    evidence: str = ""  # guideline qualification, "" = all
    text: str = ""
    typed: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Folded once per keystroke, not once per intervention.
        object.__setattr__(self, "typed", needles(self.text))


@dataclass(frozen=True)
class FinderEntry:
    key: str
    cells: frozenset[tuple[str, str, str]]  # (question, age group, kind) of its Table 2 cells
    evidence: str
    search_text: str  # name, aliases, descriptions, Table 2 spellings (word_starts form)
    title_text: str = ""  # name and aliases: a match here ranks first


def finder_entries(content: ContentRepository) -> dict[str, FinderEntry]:
    cells: dict[str, set[tuple[str, str, str]]] = {}
    printed: dict[str, set[str]] = {}
    parents = {q.key: q.parent_key for q in content.questions}
    for cell in content.matrix_cells:
        question = parents.get(cell.question_key) or cell.question_key
        for entry in cell.entries:
            cells.setdefault(entry.intervention_key, set()).add(
                (question, cell.age_group_key, cell.kind))
            printed.setdefault(entry.intervention_key, set()).add(
                f"{entry.printed_name} {entry.qualifier}")
    result = {}
    for item in content.interventions:
        text = " ".join((item.name, *item.aliases, item.description_own, item.target_group_own,
                         *sorted(printed.get(item.key, ()))))
        result[item.key] = FinderEntry(item.key, frozenset(cells.get(item.key, ())),
                                       item.evidence, word_starts(text),
                                       word_starts(" ".join((item.name, *item.aliases))))
    return result


def accepts(entry: FinderEntry, criteria: FinderCriteria) -> bool:
    if criteria.evidence and entry.evidence != criteria.evidence:
        return False
    if (criteria.age_groups or criteria.question or criteria.kind) and not any(
            (not criteria.question or q == criteria.question)
            and (not criteria.age_groups or g in criteria.age_groups)
            and (not criteria.kind or k == criteria.kind)
            for q, g, k in entry.cells):
        return False
    return matches(criteria.typed, entry.search_text)


def rank(entry: FinderEntry, criteria: FinderCriteria) -> int:
    """Higher first: name or alias matches before matches in the description."""
    if not criteria.typed:
        return 0
    return score(criteria.typed, entry.title_text, entry.search_text)
