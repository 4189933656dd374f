"""SQLAlchemy 2.0 typed models: the schema of ``data/guideline.sqlite``.

The build step writes through these models. Ordered lists of short strings (aliases, items of a
Table 1 cell, sources, gaps) are stored as JSON text: they are only ever read whole, in order.
Every table has an explicit ``position`` so the guideline's order survives.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Meta(Base):
    """Schema version, content edition, build checksum, copyright notice."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class TextBlock(Base):
    """Loose texts: introductions, cautions, notes (each marked own words or verbatim)."""

    __tablename__ = "text_block"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    own_words: Mapped[bool]
    sources: Mapped[str] = mapped_column(Text)  # JSON list


class AgePhase(Base):
    """A column of Table 1."""

    __tablename__ = "age_phase"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True)
    position: Mapped[int]
    age_from: Mapped[int]
    age_to: Mapped[int]
    label: Mapped[str]
    settings: Mapped[str] = mapped_column(Text)  # JSON lists, verbatim cells
    developmental_tasks: Mapped[str] = mapped_column(Text)
    parenting_tasks: Mapped[str] = mapped_column(Text)
    normal_problems: Mapped[str] = mapped_column(Text)
    serious_problems: Mapped[str] = mapped_column(Text)
    source: Mapped[str]


class AgeGroup(Base):
    """A column of Table 2 (a different banding from Table 1: never merged)."""

    __tablename__ = "age_group"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True)
    position: Mapped[int]
    label: Mapped[str]
    age_from: Mapped[int]
    age_to: Mapped[int]


class Question(Base):
    """A row of Table 2: one of the five most common parenting questions, or a sub-topic."""

    __tablename__ = "question"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True)
    position: Mapped[int]
    label: Mapped[str]
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("question.id"))
    source: Mapped[str]


class Intervention(Base):
    __tablename__ = "intervention"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True)
    position: Mapped[int]
    name: Mapped[str]
    aliases: Mapped[str] = mapped_column(Text)  # JSON list
    in_table2: Mapped[bool]
    guideline_qualification: Mapped[str] = mapped_column(Text)
    guideline_qualification_source: Mapped[str]
    evidence: Mapped[str]
    universal_or_selective: Mapped[str]
    description_own: Mapped[str] = mapped_column(Text)
    target_group_own: Mapped[str] = mapped_column(Text)
    age_from_months: Mapped[int | None]
    age_to_months: Mapped[int | None]
    format_own: Mapped[str] = mapped_column(Text)
    duration_own: Mapped[str] = mapped_column(Text)
    delivered_by_own: Mapped[str] = mapped_column(Text)
    later_recognition: Mapped[str] = mapped_column(Text)  # JSON list of {year, rating, source}
    gaps: Mapped[str] = mapped_column(Text)
    sources: Mapped[str] = mapped_column(Text)


class MatrixCell(Base):
    """One cell of Table 2: (question or sub-topic) x age group x preventie/lichte hulp."""

    __tablename__ = "matrix_cell"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int]
    question_id: Mapped[int] = mapped_column(ForeignKey("question.id"))
    age_group_id: Mapped[int | None] = mapped_column(ForeignKey("age_group.id"))
    kind: Mapped[str]  # "preventie", "lichte hulp" or "" where the seed does not say
    position_note: Mapped[str] = mapped_column(Text)
    source: Mapped[str]


class MatrixEntry(Base):
    """An intervention listed in a Table 2 cell, in the guideline's order."""

    __tablename__ = "matrix_entry"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cell_id: Mapped[int] = mapped_column(ForeignKey("matrix_cell.id"))
    position: Mapped[int]
    intervention_id: Mapped[int] = mapped_column(ForeignKey("intervention.id"))
    printed_name: Mapped[str]
    qualifier: Mapped[str]
    footnote: Mapped[int]


class Footnote(Base):
    __tablename__ = "footnote"
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    evidence: Mapped[str]


class Instrument(Base):
    __tablename__ = "instrument"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True)
    position: Mapped[int]
    name: Mapped[str]
    aliases: Mapped[str] = mapped_column(Text)
    purpose: Mapped[str]
    use: Mapped[str]
    age_from_months: Mapped[int | None]
    age_to_months: Mapped[int | None]
    age_text: Mapped[str]
    instrument_age_own: Mapped[str] = mapped_column(Text)
    description_own: Mapped[str] = mapped_column(Text)
    respondent_own: Mapped[str] = mapped_column(Text)
    items_count: Mapped[int | None]
    gaps: Mapped[str] = mapped_column(Text)
    sources: Mapped[str] = mapped_column(Text)


class InstrumentRule(Base):
    __tablename__ = "instrument_rule"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int]
    text_own: Mapped[str] = mapped_column(Text)
    source: Mapped[str]


class Competency(Base):
    """One of the eight competencies of werkkaart 3."""

    __tablename__ = "competency"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[int] = mapped_column(unique=True)
    title: Mapped[str]
    source: Mapped[str]


class CompetencyItem(Base):
    """A scored item of werkkaart 3. ``key`` (e.g. "3.07") is stable: user scores refer to it."""

    __tablename__ = "competency_item"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True)
    competency_id: Mapped[int] = mapped_column(ForeignKey("competency.id"))
    position: Mapped[int]
    stem: Mapped[str] = mapped_column(Text)  # the group stem the item continues, "" when none
    text: Mapped[str] = mapped_column(Text)


class ScaleLabel(Base):
    __tablename__ = "scale_label"
    value: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str]


class Recommendation(Base):
    """A ¢-marked recommendation of the summary, quoted."""

    __tablename__ = "recommendation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int]
    chapter: Mapped[str]
    chapter_title: Mapped[str]
    text: Mapped[str] = mapped_column(Text)
    source: Mapped[str]


class Correction(Base):
    """A repair of the PDF extract (typo), kept so every change to a seed text is visible."""

    __tablename__ = "correction"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file: Mapped[str]
    location: Mapped[str]
    seed: Mapped[str]
    corrected: Mapped[str]


class Language(Base):
    """A language a parent handout can be translated into (data/source/translations/*.toml),
    with the review state its file declares."""

    __tablename__ = "language"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int]
    code: Mapped[str] = mapped_column(String, unique=True)
    name_native: Mapped[str]
    name_nl: Mapped[str]
    direction: Mapped[str]  # "ltr" or "rtl"
    review: Mapped[str]  # "unreviewed" or "reviewed"


class Translation(Base):
    """Our translation of one Dutch parent text block (same key) into one language; lines of a
    multi-line block joined with a newline, as in the Dutch block."""

    __tablename__ = "translation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str]
    language: Mapped[str] = mapped_column(ForeignKey("language.code"))
    text: Mapped[str] = mapped_column(Text)
