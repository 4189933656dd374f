"""Small immutable objects the content queries return; views and documents only see these.

Named tuples, not frozen dataclasses: typed and immutable alike, but a frozen dataclass
costs about ten times as much to define (it compiles its methods from generated source), and
these are defined on every start, before the first tab is shown (bench/bench_startup.py).
No ``from __future__ import annotations`` here: typing turns each annotation written as a
string into a ForwardRef by compiling it, which cost as much as the dataclasses did.
"""

from typing import NamedTuple


class ContentMeta(NamedTuple):
    schema_version: int
    content_edition: str
    checksum: str
    copyright: str


class TextBlock(NamedTuple):
    key: str
    text: str
    own_words: bool
    sources: tuple[str, ...]


class AgePhase(NamedTuple):
    """A column of Table 1."""

    key: str
    age_from: int
    age_to: int
    label: str
    settings: tuple[str, ...]
    developmental_tasks: tuple[str, ...]
    parenting_tasks: tuple[str, ...]
    normal_problems: tuple[str, ...]
    serious_problems: tuple[str, ...]
    source: str


class AgeGroup(NamedTuple):
    """A column of Table 2."""

    key: str
    label: str
    age_from: int
    age_to: int


class Question(NamedTuple):
    """A row of Table 2; sub-topics carry their question's key in ``parent_key``."""

    key: str
    label: str
    parent_key: str
    source: str


class MatrixEntry(NamedTuple):
    intervention_key: str
    printed_name: str
    qualifier: str
    footnote: int


class MatrixCell(NamedTuple):
    question_key: str
    age_group_key: str  # "" where the seed does not show the column
    kind: str  # "preventie", "lichte hulp", or "" where the seed does not say
    position_note: str
    source: str
    entries: tuple[MatrixEntry, ...]


class Footnote(NamedTuple):
    number: int
    text: str
    evidence: str


class LaterRecognition(NamedTuple):
    year: int
    rating: str
    source: str


class Intervention(NamedTuple):
    key: str
    name: str
    aliases: tuple[str, ...]
    in_table2: bool
    guideline_qualification: str
    guideline_qualification_source: str
    evidence: str
    universal_or_selective: str
    description_own: str
    target_group_own: str
    age_from_months: int | None
    age_to_months: int | None
    format_own: str
    duration_own: str
    delivered_by_own: str
    later_recognition: tuple[LaterRecognition, ...]
    gaps: tuple[str, ...]
    sources: tuple[str, ...]


class Instrument(NamedTuple):
    key: str
    name: str
    aliases: tuple[str, ...]
    purpose: str
    use: str
    age_from_months: int | None
    age_to_months: int | None
    age_text: str
    instrument_age_own: str
    description_own: str
    respondent_own: str
    items_count: int | None
    gaps: tuple[str, ...]
    sources: tuple[str, ...]


class InstrumentRule(NamedTuple):
    text_own: str
    source: str


class CompetencyItem(NamedTuple):
    key: str  # stable, e.g. "3.07": user scores refer to it
    competency_number: int
    position: int
    stem: str
    text: str


class Competency(NamedTuple):
    number: int
    title: str
    source: str
    items: tuple[CompetencyItem, ...]


class ScaleLabel(NamedTuple):
    value: int
    label: str


class Recommendation(NamedTuple):
    position: int
    chapter: str
    chapter_title: str
    text: str
    source: str


class Correction(NamedTuple):
    file: str
    location: str
    seed: str
    corrected: str


class Language(NamedTuple):
    """A handout language; `review` is the state its translation file declares
    ("unreviewed" until a native speaker who knows the subject has checked it)."""

    code: str
    name_native: str
    name_nl: str
    direction: str
    review: str
