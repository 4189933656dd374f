"""What the Interventies finder filters on, per intervention, and the filter itself (no Qt).

An intervention belongs to an age group / question / kind when a Table 2 cell lists it there;
interventions only named in §5.2 match no Table 2 filter but are found by text.
"""

from __future__ import annotations

from dataclasses import dataclass

from opvoedapp.content.repository import ContentRepository
from opvoedapp.search.folding import matches, score, words


@dataclass(frozen=True)
class FinderCriteria:
    age_group: str = ""  # Table 2 age group key, "" = all
    question: str = ""  # Table 2 question key, "" = all
    kind: str = ""  # "preventie" | "lichte hulp" | ""
    evidence: str = ""  # guideline qualification, "" = all
    text: str = ""


@dataclass(frozen=True)
class FinderEntry:
    key: str
    cells: frozenset[tuple[str, str, str]]  # (question, age group, kind) of its Table 2 cells
    evidence: str
    search_words: tuple[str, ...]
    title_words: tuple[str, ...] = ()  # name and aliases: a match here ranks first


def finder_entries(content: ContentRepository) -> dict[str, FinderEntry]:
    cells: dict[str, set[tuple[str, str, str]]] = {}
    qualifiers: dict[str, set[str]] = {}
    parents = {q.key: q.parent_key for q in content.questions}
    for cell in content.matrix_cells:
        question = parents.get(cell.question_key) or cell.question_key
        for entry in cell.entries:
            cells.setdefault(entry.intervention_key, set()).add(
                (question, cell.age_group_key, cell.kind))
            text = f"{entry.printed_name} {entry.qualifier}"
            qualifiers.setdefault(entry.intervention_key, set()).add(text)
    result = {}
    for item in content.interventions:
        text = " ".join((item.name, *item.aliases, item.description_own, item.target_group_own,
                         *sorted(qualifiers.get(item.key, ()))))
        result[item.key] = FinderEntry(item.key, frozenset(cells.get(item.key, ())),
                                       item.evidence, words(text),
                                       words(" ".join((item.name, *item.aliases))))
    return result


def accepts(entry: FinderEntry, criteria: FinderCriteria) -> bool:
    if criteria.evidence and entry.evidence != criteria.evidence:
        return False
    if criteria.age_group or criteria.question or criteria.kind:
        if not any((not criteria.question or q == criteria.question)
                   and (not criteria.age_group or g == criteria.age_group)
                   and (not criteria.kind or k == criteria.kind)
                   for q, g, k in entry.cells):
            return False
    return matches(words(criteria.text), entry.search_words)


def rank(entry: FinderEntry, text: str) -> int:
    """Higher first: name or alias matches before matches in the description."""
    return score(words(text), entry.title_words, entry.search_words) if text.strip() else 0
