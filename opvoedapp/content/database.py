"""Open the guideline database read-only and check it is one we can use.

Reading uses the standard library's sqlite3, not SQLAlchemy: importing SQLAlchemy costs about
twice a whole bare Qt window at start-up (see docs/architecture.md), and the read side is a
handful of ordered SELECTs over a schema that ``models.py`` defines and the build writes.

How much is checked depends on what we know of the file:

- The bundled file has the sha256 the build wrote beside it: comparing its bytes (about a
  millisecond) proves it is exactly the file that was built and tested.
- Any other file (``--database``) gets SQLite's quick check, a schema check and one full read
  (``integrity.check_whole``), so damage shows now, not halfway through a consult.

Either way a damaged file gives one Dutch message (``GuidelineDatabaseError``), never an
unexpected error. A FIFO or a device in the database's place is refused from ``stat`` alone:
opening a FIFO for reading would wait for a writer for ever.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from opvoedapp.content.errors import GuidelineDatabaseError
from opvoedapp.content.schema_version import SCHEMA_VERSION

_SQLITE_MAGIC = b"SQLite format 3\x00"


def _damaged(path: Path, detail: str) -> GuidelineDatabaseError:
    return GuidelineDatabaseError(
        f"De richtlijndatabase is beschadigd ({path}). Installeer het programma opnieuw.", detail
    )


def _unreadable(path: Path, why: str, detail: str) -> GuidelineDatabaseError:
    return GuidelineDatabaseError(
        f"De richtlijndatabase kan niet worden gelezen ({path}): {why}. "
        f"Installeer het programma opnieuw.", detail
    )


def _check_regular_file(path: Path) -> None:
    try:
        info = path.stat()  # follows symlinks: a link to /dev/zero is judged as the device
    except FileNotFoundError:
        raise GuidelineDatabaseError(
            f"De richtlijndatabase ontbreekt ({path}). Installeer het programma opnieuw.",
            "missing",
        ) from None
    except OSError as exc:  # a symlink loop, no permission on a folder on the way
        raise _unreadable(path, "de weg ernaartoe is niet te volgen", str(exc)) from exc
    if stat.S_ISDIR(info.st_mode):
        raise _unreadable(path, "dit is een map, geen bestand", "directory")
    if not stat.S_ISREG(info.st_mode):
        raise _unreadable(path, "dit is geen gewoon bestand", f"mode {oct(info.st_mode)}")


def _read_header(path: Path) -> bytes:
    try:
        # O_NONBLOCK: should the file have been swapped for a FIFO since stat, the open does
        # not wait for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except PermissionError as exc:
        raise _unreadable(path, "geen leesrechten", str(exc)) from exc
    except OSError as exc:
        raise _unreadable(path, "het bestand kan niet worden geopend", str(exc)) from exc
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise _unreadable(path, "dit is geen gewoon bestand", "not regular after open")
        return os.read(fd, len(_SQLITE_MAGIC))
    except OSError as exc:
        raise _unreadable(path, "het bestand kan niet worden gelezen", str(exc)) from exc
    finally:
        os.close(fd)


def _digest_verdict(path: Path) -> bool | None:
    """True: the build's digest matches; False: it does not; None: there is none."""
    from opvoedapp.content.digest import file_digest, recorded_digest

    expected = recorded_digest(path)
    if not expected:
        return None
    try:
        return file_digest(path) == expected
    except OSError:
        return False


def open_guideline_database(path: Path) -> sqlite3.Connection:
    """Return a read-only connection, or raise GuidelineDatabaseError with a Dutch message."""
    _check_regular_file(path)
    header = _read_header(path)
    if not header:
        raise GuidelineDatabaseError(
            f"De richtlijndatabase is leeg ({path}). Installeer het programma opnieuw.", "empty"
        )
    if header != _SQLITE_MAGIC:
        raise _damaged(path, "not an SQLite file")
    verdict = _digest_verdict(path)
    if verdict is False:
        raise GuidelineDatabaseError(
            f"De richtlijndatabase is beschadigd of gewijzigd ({path}): het controlegetal "
            f"klopt niet. Installeer het programma opnieuw.", "sha256 differs from the build's")
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        version = _schema_version(conn)
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, str(exc)) from exc
    if version != SCHEMA_VERSION:
        conn.close()
        raise GuidelineDatabaseError(
            f"De richtlijndatabase ({path}) heeft schemaversie {version}, dit programma "
            f"verwacht versie {SCHEMA_VERSION}. Installeer een passende versie van het programma.",
            f"schema version {version}",
        )
    if verdict is None:
        _check_whole(conn, path)
    return conn


def _check_whole(conn: sqlite3.Connection, path: Path) -> None:
    from opvoedapp.content.integrity import check_whole

    try:
        check_whole(conn)
    except Exception as exc:
        conn.close()
        raise _damaged(path, f"{type(exc).__name__}: {exc}") from exc


def _schema_version(conn: sqlite3.Connection) -> int | None:
    has_meta = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
    ).fetchone()
    if not has_meta:
        return None
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    try:
        return int(row[0]) if row else None
    except (TypeError, ValueError):
        return None
