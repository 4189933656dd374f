"""Versioned schema migrations for the user database.

The models (``userdata/models.py``) are the schema. A new file gets its tables from their
metadata (``create_current``); an older file is brought up by the steps below, one version at
a time. A step is history: its DDL is written out as it was on the day that version shipped
and is never regenerated from today's models, because the next step starts from exactly that
shape. tests/test_schema_single_source.py migrates a committed file of every earlier version
and demands the models' tables column for column, so a step that misses a change fails there.

Each step moves the schema up one version and writes that version in the same transaction,
so a crash leaves either the old or the new version, never half of one. Before migrating an
existing file, a copy is made with SQLite's backup API.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

CURRENT_VERSION = 2


def _to_v1(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE IF NOT EXISTS round (id INTEGER PRIMARY KEY, label VARCHAR "
                 "NOT NULL DEFAULT '', day VARCHAR NOT NULL, rater VARCHAR NOT NULL DEFAULT "
                 "'zelf')")
    conn.execute("CREATE TABLE IF NOT EXISTS score (id INTEGER PRIMARY KEY, round_id INTEGER "
                 "NOT NULL REFERENCES round(id) ON DELETE CASCADE, item_key VARCHAR NOT NULL, "
                 "value INTEGER NOT NULL, UNIQUE (round_id, item_key))")


# Version 2: the tables as the models make them (every id declared NOT NULL; v1's hand-written
# DDL left that out). SQLite cannot change a column's constraints in place, so each table is
# rebuilt the way https://sqlite.org/lang_altertable.html#otheralter describes: new table,
# copy, drop, rename, with foreign keys off (``migrate`` turns them off) so dropping ``round``
# does not cascade into ``score``. Order: a table before the ones that refer to it.
_V2_TABLES = (
    ("schema_version", "(id INTEGER NOT NULL, version INTEGER NOT NULL, PRIMARY KEY (id))",
     "id, version"),
    ("round", "(id INTEGER NOT NULL, label VARCHAR DEFAULT '' NOT NULL, day VARCHAR NOT NULL, "
              "rater VARCHAR DEFAULT 'zelf' NOT NULL, PRIMARY KEY (id))",
     "id, label, day, rater"),
    ("score", "(id INTEGER NOT NULL, round_id INTEGER NOT NULL, item_key VARCHAR NOT NULL, "
              "value INTEGER NOT NULL, PRIMARY KEY (id), UNIQUE (round_id, item_key), "
              "FOREIGN KEY(round_id) REFERENCES round (id) ON DELETE CASCADE)",
     "id, round_id, item_key, value"),
)


def _to_v2(conn: sqlite3.Connection) -> None:
    for name, columns_ddl, columns in _V2_TABLES:
        conn.execute(f"CREATE TABLE {name}_v2 {columns_ddl}")
        conn.execute(f"INSERT INTO {name}_v2 ({columns}) SELECT {columns} FROM {name}")
        conn.execute(f"DROP TABLE {name}")
        conn.execute(f"ALTER TABLE {name}_v2 RENAME TO {name}")


# version reached -> step from the version before it
STEPS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _to_v1, 2: _to_v2}


def create_current(conn: sqlite3.Connection) -> None:
    """A new file's tables, straight from the models' metadata (the one description)."""
    from sqlalchemy.dialects import sqlite
    from sqlalchemy.schema import CreateTable

    from opvoedapp.userdata.models import UserBase

    for table in UserBase.metadata.sorted_tables:
        conn.execute(str(CreateTable(table, if_not_exists=True).compile(
            dialect=sqlite.dialect())))


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
        # Off for the whole migration: a rebuilt table is dropped, which with foreign keys
        # on would delete every score of every round (PRAGMA is a no-op inside BEGIN).
        conn.execute("PRAGMA foreign_keys = OFF")
        if found == 0 and not has_tables:
            _in_one_transaction(conn, create_current, CURRENT_VERSION)
        else:
            for version in range(found + 1, CURRENT_VERSION + 1):
                _in_one_transaction(conn, _with_version_table(STEPS[version]), version)
        check_schema(conn)
        return found
    finally:
        conn.close()


def _with_version_table(step: Callable[[sqlite3.Connection], None],
                        ) -> Callable[[sqlite3.Connection], None]:
    def run(conn: sqlite3.Connection) -> None:
        conn.execute(_VERSION_TABLE)  # a v0 file has none
        step(conn)
    return run


def _in_one_transaction(conn: sqlite3.Connection, step: Callable[[sqlite3.Connection], None],
                        version: int) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        step(conn)
        conn.execute("INSERT OR REPLACE INTO schema_version (id, version) VALUES (1, ?)",
                     (version,))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


class DamagedSchemaError(sqlite3.DatabaseError):
    """A file SQLite can open whose tables are not (all) ours: moved aside like a corrupt one."""


class NewerSchemaError(Exception):
    def __init__(self, version: int) -> None:
        super().__init__(version)
        self.version = version
