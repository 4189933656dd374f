"""Is a guideline database whole? The schema the reader relies on, and a full read of it.

Used by ``database.open_guideline_database`` for a file that has no matching build digest
beside it (a database given with ``--database``): SQLite's own quick check finds damaged
pages, the schema check finds a dropped table or a renamed column, and reading every record
once finds bad JSON in a cell or an empty table. Any of these would otherwise surface later,
in the middle of a consult, as an unexpected error and a tab that never loads.
"""

from __future__ import annotations

import sqlite3

# Every table and column the reader (repository.py, decision/load.py) uses. A test keeps this
# equal to the SQLAlchemy models the build writes through.
EXPECTED_COLUMNS: dict[str, tuple[str, ...]] = {
    "age_group": ("id", "key", "position", "label", "age_from", "age_to"),
    "age_phase": ("id", "key", "position", "age_from", "age_to", "label", "settings",
                  "developmental_tasks", "parenting_tasks", "normal_problems",
                  "serious_problems", "source"),
    "anamnesis_item": ("id", "position", "topic", "text_own", "source"),
    "competency": ("id", "number", "title", "source"),
    "competency_item": ("id", "key", "competency_id", "position", "stem", "text"),
    "correction": ("id", "file", "location", "seed", "corrected"),
    "footnote": ("number", "text", "evidence"),
    "instrument": ("id", "key", "position", "name", "aliases", "purpose", "use",
                   "age_from_months", "age_to_months", "age_text", "instrument_age_own",
                   "description_own", "respondent_own", "items_count", "gaps", "sources"),
    "instrument_rule": ("id", "position", "text_own", "source"),
    "intervention": ("id", "key", "position", "name", "aliases", "in_table2",
                     "guideline_qualification", "guideline_qualification_source", "evidence",
                     "universal_or_selective", "description_own", "target_group_own",
                     "age_from_months", "age_to_months", "format_own", "duration_own",
                     "delivered_by_own", "later_recognition", "gaps", "sources"),
    "language": ("id", "position", "code", "name_native", "name_nl", "direction", "review"),
    "matrix_cell": ("id", "position", "question_id", "age_group_id", "kind", "position_note",
                    "source"),
    "matrix_entry": ("id", "cell_id", "position", "intervention_id", "printed_name",
                     "qualifier", "footnote"),
    "meta": ("key", "value"),
    "question": ("id", "key", "position", "label", "parent_id", "source"),
    "recommendation": ("id", "position", "chapter", "chapter_title", "text", "source"),
    "scale_label": ("value", "label"),
    "scheme_choice": ("id", "step_id", "position", "label", "next", "source"),
    "scheme_outcome": ("id", "key", "position", "title", "description_own", "kind",
                       "shows_interventions", "sources"),
    "scheme_step": ("id", "key", "number", "title", "purpose_own", "establish_own",
                    "exploring_questions", "communication_own", "shows_age_norms",
                    "shows_balance", "shows_interventions", "sources"),
    "start_situation": ("id", "key", "position", "label", "description_own", "entry_step",
                        "source"),
    "text_block": ("key", "text", "own_words", "sources"),
    "translation": ("id", "key", "language", "text"),
}

# Tables that hold guideline content: each must have rows. Corrections and anamnesis items
# may well be empty (the current edition has no anamnesis items), and so may translations
# (a language whose translators are still at work has none yet).
OPTIONAL_TABLES = frozenset({"meta", "correction", "anamnesis_item", "translation"})
CONTENT_TABLES = tuple(t for t in EXPECTED_COLUMNS if t not in OPTIONAL_TABLES)


class DamagedDatabase(Exception):  # noqa: N818 — a state, caught inside this package
    """Technical reason a database is not whole (for the log; the user sees one message)."""


def check_pages(conn: sqlite3.Connection) -> None:
    result = conn.execute("PRAGMA quick_check").fetchone()
    if not result or result[0] != "ok":
        raise DamagedDatabase(f"quick_check: {result[0] if result else 'no answer'}")


def check_schema(conn: sqlite3.Connection) -> None:
    for table, columns in EXPECTED_COLUMNS.items():
        present = {row[1] for row in conn.execute(f"PRAGMA table_info('{table}')")}
        if not present:
            raise DamagedDatabase(f"table {table} missing")
        missing = [c for c in columns if c not in present]
        if missing:
            raise DamagedDatabase(f"table {table} lacks {', '.join(missing)}")


def check_not_empty(conn: sqlite3.Connection) -> None:
    for table in CONTENT_TABLES:
        if conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is None:
            raise DamagedDatabase(f"table {table} is empty")


def read_everything(conn: sqlite3.Connection) -> None:
    """Build every record once, as the tabs will: bad JSON or odd values show up here."""
    from opvoedapp.content.repository import ContentRepository
    from opvoedapp.decision.load import scheme_from_content

    repo = ContentRepository(conn)
    for name in ("meta", "text_blocks", "age_phases", "age_groups", "questions",
                 "matrix_cells", "footnotes", "interventions", "instruments",
                 "instrument_rules", "competencies", "scale_labels", "recommendations",
                 "corrections", "languages", "translations"):
        getattr(repo, name)
    scheme_from_content(repo)


def check_whole(conn: sqlite3.Connection) -> None:
    """Raise DamagedDatabase (or the error reading raised) unless the file is whole."""
    check_pages(conn)
    check_schema(conn)
    check_not_empty(conn)
    read_everything(conn)
