"""Open the guideline database read-only and check it is one we can use.

Reading uses the standard library's sqlite3, not SQLAlchemy: importing SQLAlchemy costs about
twice a whole bare Qt window at start-up (see docs/architecture.md), and the read side is a
handful of ordered SELECTs over a schema that ``models.py`` defines and the build writes.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from opvoedapp.content.errors import GuidelineDatabaseError
from opvoedapp.content.schema_version import SCHEMA_VERSION

_SQLITE_MAGIC = b"SQLite format 3\x00"


def open_guideline_database(path: Path) -> sqlite3.Connection:
    """Return a read-only connection, or raise GuidelineDatabaseError with a Dutch message."""
    if not path.exists():
        raise GuidelineDatabaseError(
            f"De richtlijndatabase ontbreekt ({path}). Installeer het programma opnieuw.",
            "missing",
        )
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise GuidelineDatabaseError(
            f"De richtlijndatabase kan niet worden gelezen ({path}): {exc.strerror}.", str(exc)
        ) from exc
    if not header:
        raise GuidelineDatabaseError(
            f"De richtlijndatabase is leeg ({path}). Installeer het programma opnieuw.", "empty"
        )
    if header != _SQLITE_MAGIC:
        raise GuidelineDatabaseError(
            f"De richtlijndatabase is beschadigd ({path}). Installeer het programma opnieuw.",
            "not an SQLite file",
        )
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        version = _schema_version(conn)
    except sqlite3.DatabaseError as exc:
        raise GuidelineDatabaseError(
            f"De richtlijndatabase is beschadigd ({path}). Installeer het programma opnieuw.",
            str(exc),
        ) from exc
    if version != SCHEMA_VERSION:
        conn.close()
        raise GuidelineDatabaseError(
            f"De richtlijndatabase ({path}) heeft schemaversie {version}, dit programma "
            f"verwacht versie {SCHEMA_VERSION}. Installeer een passende versie van het programma.",
            f"schema version {version}",
        )
    return conn


def _schema_version(conn: sqlite3.Connection) -> int | None:
    has_meta = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
    ).fetchone()
    if not has_meta:
        return None
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    try:
        return int(row[0]) if row else None
    except ValueError:
        return None
