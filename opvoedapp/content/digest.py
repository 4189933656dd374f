"""The sha256 of the database file, kept beside it as ``guideline.sqlite.sha256``.

A database cannot hold the hash of its own bytes, so the build writes it beside the file and
the self-test compares an installed copy against it. No SQLAlchemy here: the frozen program
checks this without the build machinery.
"""

from __future__ import annotations

import hashlib
from pathlib import Path


def digest_path(database: Path) -> Path:
    return database.with_name(database.name + ".sha256")


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def recorded_digest(database: Path) -> str:
    """The digest written at build time ('' when the file is missing or empty)."""
    try:
        text = digest_path(database).read_text(encoding="utf-8")
    except OSError:
        return ""
    return text.split()[0] if text.split() else ""


def write_file_digest(database: Path) -> None:
    digest_path(database).write_text(f"{file_digest(database)}  {database.name}\n",
                                     encoding="utf-8")
