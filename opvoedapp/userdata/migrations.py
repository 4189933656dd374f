"""Versioned schema migrations for the user database.

Each step moves the schema up one version and writes that version in the same transaction,
so a crash leaves either the old or the new version, never half of one. Before migrating an
existing file, a copy is made with SQLite's backup API.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

CURRENT_VERSION = 1


def _to_v1(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE IF NOT EXISTS round (id INTEGER PRIMARY KEY, label VARCHAR "
                 "NOT NULL DEFAULT '', day VARCHAR NOT NULL, rater VARCHAR NOT NULL DEFAULT "
                 "'zelf')")
    conn.execute("CREATE TABLE IF NOT EXISTS score (id INTEGER PRIMARY KEY, round_id INTEGER "
                 "NOT NULL REFERENCES round(id) ON DELETE CASCADE, item_key VARCHAR NOT NULL, "
                 "value INTEGER NOT NULL, UNIQUE (round_id, item_key))")


# version reached -> step from the version before it
STEPS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _to_v1}


_VERSION_TABLE = ("CREATE TABLE IF NOT EXISTS schema_version (id INTEGER PRIMARY KEY, "
                  "version INTEGER NOT NULL)")


def current_version(conn: sqlite3.Connection) -> int:
    """The file's schema version; 0 for a new file or one from before versioning.

    Reads only: the backup of an old file must be the file as it was."""
    if conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                    "'schema_version'").fetchone()[0] == 0:
        return 0
    row = conn.execute("SELECT version FROM schema_version WHERE id = 1").fetchone()
    if row is None:
        return 0
    if type(row[0]) is not int or row[0] < 1:
        raise DamagedSchemaError(f"schema_version holds {type(row[0]).__name__}")
    return row[0]


def check_schema(conn: sqlite3.Connection) -> None:
    """Every table and column the models use is there, or DamagedSchemaError.

    SQLite opens a file with a dropped table or a renamed column happily; without this the
    first query failed on every start and the file was never moved aside. The expected
    columns come from the models, so the schema is described once.
    """
    from opvoedapp.userdata.models import UserBase

    for table in UserBase.metadata.sorted_tables:
        found = {row[1] for row in conn.execute(f'PRAGMA table_info("{table.name}")')}
        missing = {column.name for column in table.columns} - found
        if missing:
            raise DamagedSchemaError(f"{table.name} lacks {sorted(missing)}")


def backup(path: Path, version: int) -> Path:
    target = path.with_name(f"{path.stem}.v{version}-backup{path.suffix}")
    source = sqlite3.connect(path)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    return target


def migrate(path: Path) -> int:
    """Bring the file at ``path`` to CURRENT_VERSION; return the version it had."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        # A file from before versioning (v0) that holds rounds is backed up too; a new,
        # empty file has nothing to keep.
        has_tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                  "AND name != 'schema_version'").fetchone()[0] > 0
        found = current_version(conn)
        if found > CURRENT_VERSION:
            raise NewerSchemaError(found)
        if found < CURRENT_VERSION and has_tables:
            conn.close()
            backup(path, found)
            conn = sqlite3.connect(path, isolation_level=None)
        for version in range(found + 1, CURRENT_VERSION + 1):
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute(_VERSION_TABLE)
                STEPS[version](conn)
                conn.execute("INSERT OR REPLACE INTO schema_version (id, version) VALUES (1, ?)",
                             (version,))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        check_schema(conn)
        return found
    finally:
        conn.close()


class DamagedSchemaError(sqlite3.DatabaseError):
    """A file SQLite can open whose tables are not (all) ours: moved aside like a corrupt one."""


class NewerSchemaError(Exception):
    def __init__(self, version: int) -> None:
        super().__init__(version)
        self.version = version
