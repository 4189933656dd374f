"""The sha256 of the database file, kept beside it as ``guideline.sqlite.sha256``.

A database cannot hold the hash of its own bytes, so the build writes it beside the file and
the self-test compares an installed copy against it. No SQLAlchemy here: the frozen program
checks this without the build machinery.

The program checks the digest at every start, with CPython's own SHA-256 rather than
``hashlib``'s: ``hashlib`` loads OpenSSL's libcrypto, which costs about 3 MiB of memory and
as much time as it saves on a file this small (bench/bench_startup.py). Same digest.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, cast


class _Hash(Protocol):
    def hexdigest(self) -> str: ...


def _sha256() -> Callable[[bytes], _Hash]:
    """CPython's own SHA-256 (``_sha256`` in 3.11, ``_sha2`` from 3.12), else hashlib's."""
    for name in ("_sha256", "_sha2"):
        try:
            return cast(Callable[[bytes], _Hash], importlib.import_module(name).sha256)
        except (ImportError, AttributeError):
            continue
    from hashlib import sha256

    return sha256


def digest_path(database: Path) -> Path:
    return database.with_name(database.name + ".sha256")


def file_digest(path: Path) -> str:
    return _sha256()(path.read_bytes()).hexdigest()


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
