"""One index over all guideline content for the global search (Ctrl+F), ranked (no Qt).

Every entry says where it lives (tab object name, kind, key) so the window can jump there.
Competency items and decision-scheme steps are read from the ContentRepository only.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

from opvoedapp import tab_names
from opvoedapp.content.repository import ContentRepository
from opvoedapp.search.folding import needles, score, word_starts

KIND_LABELS = {
    "phase": "Leeftijdsfase", "problem": "Probleem (Tabel 1)", "question": "Opvoedvraag",
    "intervention": "Interventie", "instrument": "Instrument", "competency": "Werkkaart 3",
    "step": "Beslisschema", "recommendation": "Aanbeveling",
}
TABS = {
    "phase": tab_names.AGE_PHASES, "problem": tab_names.AGE_PHASES,
    "question": tab_names.INTERVENTIONS, "intervention": tab_names.INTERVENTIONS,
    "instrument": tab_names.INTERVENTIONS, "competency": tab_names.REFLECTION,
    "step": tab_names.SCHEME, "recommendation": "",
}
PROBLEM_KEY_SEPARATOR = "|"  # problem keys are "<phase key>|<problem as in Table 1>"


@dataclass(frozen=True)
class SearchEntry:
    kind: str
    key: str
    title: str
    text: str
    title_text: str  # word_starts form of the title
    all_text: str  # word_starts form of title and text
    context: str = ""  # what tells equal titles apart in a result list ("± 2-4 jaar, ernstig")

    @property
    def tab(self) -> str:
        return TABS[self.kind]


def _entry(kind: str, key: str, title: str, text: str = "", context: str = "") -> SearchEntry:
    return SearchEntry(kind, key, title, text, word_starts(title), word_starts(f"{title} {text}"),
                       context)


def problem_key(phase_key: str, problem: str) -> str:
    return f"{phase_key}{PROBLEM_KEY_SEPARATOR}{problem}"


def build_index(content: ContentRepository) -> tuple[SearchEntry, ...]:
    entries: list[SearchEntry] = []
    for phase in content.age_phases:
        cells = (*phase.settings, *phase.developmental_tasks, *phase.parenting_tasks)
        entries.append(_entry("phase", phase.key, phase.label, " ".join(cells)))
        for problem in phase.normal_problems:
            entries.append(_entry("problem", problem_key(phase.key, problem), problem,
                                  f"'normaal' probleem, {phase.label}",
                                  f"{phase.label}, ‘normaal’"))
        for problem in phase.serious_problems:
            entries.append(_entry("problem", problem_key(phase.key, problem), problem,
                                  f"ernstig probleem (voorbeeld), {phase.label}",
                                  f"{phase.label}, ernstig"))
    for question in content.questions:
        entries.append(_entry("question", question.parent_key or question.key, question.label))
    for item in content.interventions:
        entries.append(_entry("intervention", item.key, item.name,
                              " ".join((*item.aliases, item.description_own))))
    for instrument in content.instruments:
        entries.append(_entry("instrument", instrument.key, instrument.name,
                              " ".join((*instrument.aliases, instrument.purpose,
                                        instrument.description_own))))
    for competency in content.competencies:
        for card_item in competency.items:
            entries.append(_entry("competency", card_item.key, card_item.text,
                                  f"{competency.number}. {competency.title} {card_item.stem}"))
    for row in content.scheme_rows("scheme_step"):
        entries.append(_entry("step", str(row["key"]), f"{row['number']}. {row['title']}",
                              str(row["purpose_own"])))
    for rec in content.recommendations:
        entries.append(_entry("recommendation", str(rec.position),
                              f"§{rec.chapter} {rec.chapter_title}", rec.text))
    return tuple(entries)


def search(index: tuple[SearchEntry, ...], text: str, limit: int = 50) -> list[SearchEntry]:
    query = needles(text)
    if not query:
        return []
    hits = []
    for n, entry in enumerate(index):
        points = score(query, entry.title_text, entry.all_text)
        if points:
            hits.append((-points, n, entry))
    # The best ``limit`` in O(n log limit): the search stays linear in the size of the content.
    best = heapq.nsmallest(limit, hits, key=lambda hit: (hit[0], hit[1]))
    return [entry for _points, _n, entry in best]
