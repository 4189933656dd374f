"""User-data schema (SQLAlchemy 2.0 typed models). Only the professional's own scores.

These models are the schema: a new file gets its tables from this metadata
(``migrations.create_current``), each migration step for an older file must end in exactly
these tables (tests/test_schema_single_source.py migrates a committed file of every earlier
version and compares column by column). A default is a ``server_default`` so the file itself
holds it, as every file written since version 1 does.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

RATERS = ("zelf", "collega", "leidinggevende", "cliënt/ouder", "anders")


class UserBase(DeclarativeBase):
    pass


class SchemaVersion(UserBase):
    __tablename__ = "schema_version"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int]


class Round(UserBase):
    """One filling-in of werkkaart 3: by the professional or by someone about her."""

    __tablename__ = "round"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(String, default="", server_default="")
    day: Mapped[str] = mapped_column(String)  # ISO date
    rater: Mapped[str] = mapped_column(String, default="zelf", server_default="zelf")


class Score(UserBase):
    __tablename__ = "score"
    __table_args__ = (UniqueConstraint("round_id", "item_key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"))
    item_key: Mapped[str] = mapped_column(String)  # werkkaart 3 item, e.g. "3.07"
    value: Mapped[int]  # 1 slecht .. 4 goed
