"""Build ``data/guideline.sqlite`` from ``data/source`` — deterministically.

Run as ``python -m opvoedapp.content.build``. The same input gives the same bytes: rows are
inserted in source order with explicit ids, nothing time-dependent is written, the file is
vacuumed, and the two header fields that only record which SQLite library wrote it are fixed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from opvoedapp.content import models_scheme  # noqa: F401  (registers the scheme tables)
from opvoedapp.content.build_rows import content_rows
from opvoedapp.content.digest import write_file_digest
from opvoedapp.content.models import Base, Meta
from opvoedapp.content.schema_version import CONTENT_EDITION, SCHEMA_VERSION
from opvoedapp.content.source import load_sources
from opvoedapp.paths import repository_root

COPYRIGHT_NOTICE = (
    "Inhoud: JGZ-richtlijn Opvoedingsondersteuning (2013), © Nederlands Centrum "
    "Jeugdgezondheid (NCJ). Het NCJ behoudt zich het opslaan in een database voor; een "
    "organisatie die dit programma inzet, regelt toestemming met het NCJ."
)
# Header offsets 92-99: "version-valid-for" and the writing library's version number.
_HEADER_VERSION_OFFSET = 96
_FIXED_SQLITE_VERSION = (3_040_001).to_bytes(4, "big")


def content_checksum(data: dict[str, Any]) -> str:
    canonical = json.dumps(
        {"schema": SCHEMA_VERSION, "content": data}, sort_keys=True, ensure_ascii=False
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def build_database(source_dir: Path, target: Path) -> str:
    """Write the database to ``target`` (replaced atomically); return the content checksum."""
    data = load_sources(source_dir)
    checksum = content_checksum(data)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(suffix=".sqlite", dir=target.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        temp.unlink()
        _write(temp, data, checksum)
        _normalise(temp)
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    write_file_digest(target)
    return checksum


def _write(path: Path, data: dict[str, Any], checksum: str) -> None:
    engine = create_engine(f"sqlite:///{path}")
    try:
        Base.metadata.create_all(engine)
        with Session(engine) as session:
            meta = {
                "schema_version": str(SCHEMA_VERSION),
                "content_edition": CONTENT_EDITION,
                "checksum": checksum,
                "copyright": COPYRIGHT_NOTICE,
            }
            session.add_all(Meta(key=k, value=v) for k, v in meta.items())
            for row in content_rows(data):
                session.add(row)
                # Flushing row by row keeps insertion order (and so the bytes) fixed.
                session.flush()
            session.commit()
    finally:
        engine.dispose()


def _normalise(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    conn = sqlite3.connect(path)
    conn.execute("VACUUM")
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek(_HEADER_VERSION_OFFSET)
        handle.write(_FIXED_SQLITE_VERSION)


def main(argv: list[str] | None = None) -> int:
    root = repository_root()
    parser = argparse.ArgumentParser(description="Build data/guideline.sqlite from data/source.")
    parser.add_argument("--source", type=Path, default=root / "data" / "source")
    parser.add_argument("-o", "--output", type=Path, default=root / "data" / "guideline.sqlite")
    args = parser.parse_args(argv)
    checksum = build_database(args.source, args.output)
    print(f"{args.output}: checksum {checksum}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
