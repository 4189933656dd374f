"""One index over all guideline content for the global search (Ctrl+F), ranked (no Qt).

Every entry says where it lives (tab object name, kind, key) so the window can jump there.
Competency items and decision-scheme steps and outcomes are read from the ContentRepository
only. The safety outcome carries the content's own search terms (``scheme.safety_search_terms``
in the decision scheme source), so "meldcode" or "kindermishandeling" find it first.
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from opvoedapp import tab_names
from opvoedapp.content.repository import ContentRepository
from opvoedapp.search.folding import Query, Vocabulary, fold, forms, query, score, word_starts
from opvoedapp.search.postings import Postings

KIND_LABELS = {
    "phase": "Leeftijdsfase", "problem": "Probleem (Tabel 1)", "question": "Opvoedvraag",
    "intervention": "Interventie", "instrument": "Instrument", "competency": "Werkkaart 3",
    "step": "Beslisschema", "outcome": "Besluit (Beslisschema)",
    "recommendation": "Aanbeveling",
}
TABS = {
    "phase": tab_names.AGE_PHASES, "problem": tab_names.AGE_PHASES,
    "question": tab_names.INTERVENTIONS, "intervention": tab_names.INTERVENTIONS,
    "instrument": tab_names.INTERVENTIONS, "competency": tab_names.REFLECTION,
    "step": tab_names.SCHEME, "outcome": tab_names.SCHEME, "recommendation": "",
}
PROBLEM_KEY_SEPARATOR = "|"  # problem keys are "<phase key>|<problem as in Table 1>"


@dataclass(frozen=True)
class SearchEntry:
    kind: str
    key: str
    title: str
    text: str
    title_text: str  # word_starts form of the title
    all_text: str  # forms (words, stems, compound parts) of title, text and aliases
    context: str = ""  # what tells equal titles apart in a result list ("± 2-4 jaar, ernstig")
    title_forms: str = ""  # forms of the title (and aliases)
    aliases: tuple[str, ...] = ()  # folded names that stand for the entry itself

    @property
    def tab(self) -> str:
        return TABS[self.kind]


class SearchIndex:
    """The entries plus postings (which entry holds which word form), so a keystroke looks
    only at entries that can match instead of scanning every text."""

    def __init__(self, entries: Iterable[SearchEntry],
                 vocabulary: Vocabulary | None = None) -> None:
        self.entries = tuple(entries)
        self.postings = Postings(e.all_text for e in self.entries)
        self.vocabulary = vocabulary  # to split a typed compound ("faalangst") into parts

    def __iter__(self) -> Iterator[SearchEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __getitem__(self, n: int) -> SearchEntry:
        return self.entries[n]


@dataclass(frozen=True)
class _Raw:
    kind: str
    key: str
    title: str
    text: str = ""
    context: str = ""
    aliases: tuple[str, ...] = ()


def problem_key(phase_key: str, problem: str) -> str:
    return f"{phase_key}{PROBLEM_KEY_SEPARATOR}{problem}"


def build_index(content: ContentRepository) -> SearchIndex:
    raw = list(_raw_entries(content))
    vocabulary = Vocabulary([f"{r.title} {r.text} {' '.join(r.aliases)}" for r in raw])
    return SearchIndex((_entry(r, vocabulary) for r in raw), vocabulary)


def _entry(raw: _Raw, vocabulary: Vocabulary) -> SearchEntry:
    names = " ".join((raw.title, *raw.aliases))
    return SearchEntry(raw.kind, raw.key, raw.title, raw.text, word_starts(raw.title),
                       forms(f"{names} {raw.text}", vocabulary), raw.context,
                       forms(names, vocabulary), tuple(fold(a) for a in raw.aliases))


def _raw_entries(content: ContentRepository) -> Iterator[_Raw]:
    for phase in content.age_phases:
        cells = (*phase.settings, *phase.developmental_tasks, *phase.parenting_tasks)
        yield _Raw("phase", phase.key, phase.label, " ".join(cells))
        for problem in phase.normal_problems:
            yield _Raw("problem", problem_key(phase.key, problem), problem,
                       f"'normaal' probleem, {phase.label}", f"{phase.label}, ‘normaal’")
        for problem in phase.serious_problems:
            yield _Raw("problem", problem_key(phase.key, problem), problem,
                       f"ernstig probleem (voorbeeld), {phase.label}", f"{phase.label}, ernstig")
    for question in content.questions:
        yield _Raw("question", question.parent_key or question.key, question.label)
    for item in content.interventions:
        yield _Raw("intervention", item.key, item.name,
                   _sentences(_also(item.aliases), item.description_own, item.target_group_own))
    for instrument in content.instruments:
        yield _Raw("instrument", instrument.key, instrument.name,
                   _sentences(_also(instrument.aliases), instrument.purpose,
                              instrument.description_own))
    for competency in content.competencies:
        for competency_item in competency.items:
            yield _Raw("competency", competency_item.key, competency_item.text,
                       f"{competency.number}. {competency.title} {competency_item.stem}")
    for row in content.scheme_rows("scheme_step"):
        establish = json.loads(str(row["establish_own"] or "[]"))  # a TEXT column
        yield _Raw("step", str(row["key"]), f"{row['number']}. {row['title']}",
                   _sentences(str(row["purpose_own"]), *establish))
    safety = content.text("scheme.safety_outcome")
    terms = tuple(content.text("scheme.safety_search_terms").splitlines())
    for row in content.scheme_rows("scheme_outcome"):
        yield _Raw("outcome", str(row["key"]), str(row["title"]), str(row["description_own"]),
                   aliases=terms if row["key"] == safety else ())
    for rec in content.recommendations:
        yield _Raw("recommendation", str(rec.position), f"§{rec.chapter} {rec.chapter_title}",
                   rec.text)


def _also(aliases: tuple[str, ...]) -> str:
    return f"Ook: {', '.join(aliases)}" if aliases else ""


def _sentences(*parts: str) -> str:
    """Fields as sentences, so a preview does not run them together (review D29)."""
    return " ".join(p if p.rstrip().endswith((".", "!", "?")) else f"{p}." for p in parts if p)


def search(index: SearchIndex, text: str, limit: int = 50) -> list[SearchEntry]:
    """Entries holding every typed word, best first."""
    return _ranked(index, query(text), limit)


def _ranked(index: SearchIndex, q: Query, limit: int) -> list[SearchEntry]:
    if not q:
        return []
    hits = []
    for n in index.postings.candidates(q):
        entry = index.entries[n]
        points = score(q, entry.title_text, entry.title_forms, entry.all_text, entry.aliases)
        if points:
            hits.append((-points, n, entry))
    # The best ``limit`` in O(n log limit): the search stays linear in the number of matches.
    best = heapq.nsmallest(limit, hits, key=lambda hit: (hit[0], hit[1]))
    return [entry for _points, _n, entry in best]


FEW = 3  # fewer full matches than this: also show entries that hold part of the words


@dataclass(frozen=True)
class Found:
    """What a search found: entries with every typed word, then (when those are few) the
    entries with the words that say most, marked as partial."""

    entries: list[SearchEntry]  # full matches, best first
    partial: list[SearchEntry]  # entries holding only ``partial_words``
    partial_words: tuple[str, ...] = ()

    @property
    def all(self) -> list[SearchEntry]:
        return [*self.entries, *self.partial]


def find(index: SearchIndex, text: str, limit: int = 50) -> Found:
    """``search``; when it finds fewer than FEW entries, also the entries holding the typed
    words that say most. A word in few entries ("luisteren") says more than one in many
    ("niet"), so the most common words are left out first (inverse document frequency)."""
    q = query(text)
    full = _ranked(index, q, limit)
    if index.vocabulary is not None:
        # A compound the content also writes in parts: "faalangst" for "(faal)angst",
        # "slaapproblemen" for "Slaap-problemen"; those entries follow the whole-word ones.
        split = " ".join(" ".join(index.vocabulary.parts(w)) or w for w in q.typed)
        if split != q.text:
            seen = set(map(id, full))
            full += [e for e in _ranked(index, query(split), limit) if id(e) not in seen]
            full = full[:limit]
    if len(full) >= FEW or len(q.typed) < 2:
        return Found(full, [])
    counts = {w: index.postings.count(query(w)) for w in q.typed}
    present = sorted((w for w in q.typed if counts[w]), key=lambda w: (counts[w], q.typed.index(w)))
    for keep in range(min(len(present), len(q.typed) - 1), 0, -1):
        words = tuple(w for w in q.typed if w in present[:keep])
        seen = set(map(id, full))
        hits = [e for e in _ranked(index, query(" ".join(words)), limit) if id(e) not in seen]
        if hits:
            return Found(full, hits[: limit - len(full)], words)
    return Found(full, [])
