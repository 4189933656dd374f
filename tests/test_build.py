"""The committed database is exactly what data/source builds, byte for byte."""

from __future__ import annotations

import hashlib
from pathlib import Path

from conftest import GUIDELINE_DB, SOURCE_DIR
from opvoedapp.content.build import build_database
from opvoedapp.content.digest import digest_path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_committed_database_equals_a_fresh_build(tmp_path: Path) -> None:
    fresh = tmp_path / "guideline.sqlite"
    build_database(SOURCE_DIR, fresh)
    assert _digest(fresh) == _digest(GUIDELINE_DB), (
        "data/guideline.sqlite is stale: run `python -m opvoedapp.content.build` and commit it"
    )


def test_build_is_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    checksum_a = build_database(SOURCE_DIR, first)
    checksum_b = build_database(SOURCE_DIR, second)
    assert checksum_a == checksum_b
    assert first.read_bytes() == second.read_bytes()


def test_database_records_its_checksum_and_journal_mode(content) -> None:
    # The checksum is that of the sources as they are now (a length check passes any hash).
    from opvoedapp.content.build import content_checksum
    from opvoedapp.content.source import load_sources

    assert content.meta.checksum == content_checksum(load_sources(SOURCE_DIR))
    assert content.meta.schema_version == 2
    assert "2013" in content.meta.content_edition
    assert GUIDELINE_DB.read_bytes()[18:20] == b"\x01\x01"  # legacy (DELETE) journal, not WAL


def test_committed_digest_matches_the_committed_database() -> None:
    recorded = digest_path(GUIDELINE_DB).read_text(encoding="utf-8").split()[0]
    assert recorded == _digest(GUIDELINE_DB)
