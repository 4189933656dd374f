"""SQLAlchemy typed models for the decision scheme (the guideline's working method)."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from opvoedapp.content.models import Base


class SchemeStep(Base):
    __tablename__ = "scheme_step"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True)
    number: Mapped[int]
    title: Mapped[str]
    purpose_own: Mapped[str] = mapped_column(Text)
    establish_own: Mapped[str] = mapped_column(Text)  # JSON lists
    exploring_questions: Mapped[str] = mapped_column(Text)
    communication_own: Mapped[str] = mapped_column(Text)
    shows_age_norms: Mapped[bool]
    shows_balance: Mapped[bool]
    shows_interventions: Mapped[bool]
    sources: Mapped[str] = mapped_column(Text)


class SchemeChoice(Base):
    """A conclusion the professional can draw at a step, leading to a step or an outcome."""

    __tablename__ = "scheme_choice"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    step_id: Mapped[int] = mapped_column(ForeignKey("scheme_step.id"))
    position: Mapped[int]
    label: Mapped[str] = mapped_column(Text)
    next: Mapped[str]  # "step:<key>" or "outcome:<key>"
    source: Mapped[str]


class SchemeOutcome(Base):
    __tablename__ = "scheme_outcome"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True)
    position: Mapped[int]
    title: Mapped[str]
    description_own: Mapped[str] = mapped_column(Text)
    kind: Mapped[str]
    shows_interventions: Mapped[bool]
    sources: Mapped[str] = mapped_column(Text)


class StartSituation(Base):
    __tablename__ = "start_situation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String, unique=True)
    position: Mapped[int]
    label: Mapped[str]
    description_own: Mapped[str] = mapped_column(Text)
    entry_step: Mapped[str]
    source: Mapped[str]


class AnamnesisItem(Base):
    __tablename__ = "anamnesis_item"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int]
    topic: Mapped[str]
    text_own: Mapped[str] = mapped_column(Text)
    source: Mapped[str]
