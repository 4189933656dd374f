"""One index over all guideline content for the global search (Ctrl+F), ranked (no Qt).

Every entry says where it lives (tab object name, kind, key) so the window can jump there.
"""

from __future__ import annotations

from dataclasses import dataclass

from opvoedapp.content.repository import ContentRepository
from opvoedapp.search.folding import score, words

KIND_LABELS = {
    "phase": "Leeftijdsfase", "problem": "Probleem (Tabel 1)", "question": "Opvoedvraag",
    "intervention": "Interventie", "instrument": "Instrument", "competency": "Werkkaart 3",
    "step": "Beslisschema", "recommendation": "Aanbeveling",
}
TABS = {
    "phase": "tab-leeftijdsfasen", "problem": "tab-leeftijdsfasen",
    "question": "tab-interventies", "intervention": "tab-interventies",
    "instrument": "tab-interventies", "competency": "tab-zelfreflectie",
    "step": "tab-beslisschema", "recommendation": "",
}


@dataclass(frozen=True)
class SearchEntry:
    kind: str
    key: str
    title: str
    text: str
    title_words: tuple[str, ...]
    all_words: tuple[str, ...]

    @property
    def tab(self) -> str:
        return TABS[self.kind]


def _entry(kind: str, key: str, title: str, text: str = "") -> SearchEntry:
    return SearchEntry(kind, key, title, text, words(title), words(f"{title} {text}"))


def build_index(content: ContentRepository) -> tuple[SearchEntry, ...]:
    entries: list[SearchEntry] = []
    for phase in content.age_phases:
        cells = (*phase.settings, *phase.developmental_tasks, *phase.parenting_tasks)
        entries.append(_entry("phase", phase.key, phase.label, " ".join(cells)))
        for problem in phase.normal_problems:
            entries.append(_entry("problem", phase.key, problem,
                                  f"'normaal' probleem, {phase.label}"))
        for problem in phase.serious_problems:
            entries.append(_entry("problem", phase.key, problem,
                                  f"ernstig probleem (voorbeeld), {phase.label}"))
    for question in content.questions:
        entries.append(_entry("question", question.parent_key or question.key, question.label))
    for item in content.interventions:
        entries.append(_entry("intervention", item.key, item.name,
                              " ".join((*item.aliases, item.description_own))))
    for item in content.instruments:
        entries.append(_entry("instrument", item.key, item.name,
                              " ".join((*item.aliases, item.purpose, item.description_own))))
    for competency in content.competencies:
        for item in competency.items:
            entries.append(_entry("competency", item.key, item.text,
                                  f"{competency.number}. {competency.title} {item.stem}"))
    for row in content.scheme_rows("scheme_step"):
        entries.append(_entry("step", str(row["key"]), f"{row['number']}. {row['title']}",
                              str(row["purpose_own"])))
    for rec in content.recommendations:
        entries.append(_entry("recommendation", str(rec.position),
                              f"§{rec.chapter} {rec.chapter_title}", rec.text))
    return tuple(entries)


def search(index: tuple[SearchEntry, ...], text: str, limit: int = 50) -> list[SearchEntry]:
    query = words(text)
    if not query:
        return []
    scored = [(score(query, e.title_words, e.all_words), n, e) for n, e in enumerate(index)]
    hits = [(s, n, e) for s, n, e in scored if s > 0]
    hits.sort(key=lambda hit: (-hit[0], hit[1]))
    return [e for _s, _n, e in hits[:limit]]
