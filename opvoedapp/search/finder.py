"""What the Interventies finder filters on, per intervention, and the filter itself (no Qt).

An intervention belongs to an age group / question / kind when a Table 2 cell lists it there;
interventions only named in §5.2 match no Table 2 filter but are found by text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from opvoedapp.content.evidence import at_least
from opvoedapp.content.repository import ContentRepository
from opvoedapp.search.folding import Query, Vocabulary, forms, matches, query, score, word_starts


@dataclass(frozen=True)
class FinderCriteria:
    # Table 2 age group keys; empty = all. Two keys when the consult's age is near a boundary.
    age_groups: tuple[str, ...] = ()
    question: str = ""  # Table 2 question key, "" = all
    kind: str = ""  # "preventie" | "lichte hulp" | ""
    evidence: str = ""  # guideline qualification: this level or stronger; "" = all
    text: str = ""
    typed: Query = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Folded once per keystroke, not once per intervention.
        object.__setattr__(self, "typed", query(self.text))


@dataclass(frozen=True)
class FinderEntry:
    key: str
    cells: frozenset[tuple[str, str, str]]  # (question, age group, kind) of its Table 2 cells
    evidence: str
    search_text: str  # name, aliases, descriptions, Table 2 spellings (``forms``: words,
    # Dutch stems, compound parts)
    title_text: str = ""  # name (word_starts form): an exact name ranks first
    title_forms: str = ""  # name and aliases (``forms``): a match here ranks above the text


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
    texts = {item.key: " ".join((item.name, *item.aliases, item.description_own,
                                 item.target_group_own, *sorted(printed.get(item.key, ()))))
             for item in content.interventions}
    vocabulary = Vocabulary(list(texts.values()))
    result = {}
    for item in content.interventions:
        result[item.key] = FinderEntry(item.key, frozenset(cells.get(item.key, ())),
                                       item.evidence, forms(texts[item.key], vocabulary),
                                       word_starts(item.name),
                                       forms(" ".join((item.name, *item.aliases)), vocabulary))
    return result


def accepts(entry: FinderEntry, criteria: FinderCriteria) -> bool:
    if criteria.evidence and entry.evidence not in at_least(criteria.evidence):
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
    return score(criteria.typed, entry.title_text, entry.title_forms, entry.search_text)


@dataclass(frozen=True)
class HiddenMatches:
    """Interventions the typed text finds that the filters hide (issue 13, review D22)."""

    other_ages: int = 0  # shown once the age filter is cleared
    other_filters: int = 0  # shown only once question, kind and qualification are cleared too

    def __bool__(self) -> bool:
        return bool(self.other_ages or self.other_filters)


def hidden_matches(entries: Iterable[FinderEntry], criteria: FinderCriteria) -> HiddenMatches:
    """How many text matches the age filter, and then the other filters, keep out of sight."""
    if not criteria.typed:
        return HiddenMatches()
    entries = tuple(entries)
    any_age = replace(criteria, age_groups=())
    no_filter = FinderCriteria(text=criteria.text)
    shown = sum(accepts(e, criteria) for e in entries)
    with_ages = sum(accepts(e, any_age) for e in entries)
    unfiltered = sum(accepts(e, no_filter) for e in entries)
    return HiddenMatches(with_ages - shown, unfiltered - with_ages)
