"""A missing, empty, corrupt or wrong-version guideline database: a Dutch message, no traceback."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import GUIDELINE_DB
from opvoedapp.content.database import open_guideline_database
from opvoedapp.content.errors import GuidelineDatabaseError


def _missing(tmp: Path) -> Path:
    return tmp / "bestaat-niet.sqlite"


def _empty(tmp: Path) -> Path:
    path = tmp / "leeg.sqlite"
    path.write_bytes(b"")
    return path


def _corrupt(tmp: Path) -> Path:
    path = tmp / "kapot.sqlite"
    data = bytearray(GUIDELINE_DB.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the first page's b-tree: sqlite_master is gone
    path.write_bytes(bytes(data))
    return path


def _not_sqlite(tmp: Path) -> Path:
    path = tmp / "tekst.sqlite"
    path.write_text("dit is geen database", encoding="utf-8")
    return path


def _wrong_version(tmp: Path) -> Path:
    path = tmp / "oud.sqlite"
    shutil.copy(GUIDELINE_DB, path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    conn.close()
    return path


def _no_meta(tmp: Path) -> Path:
    path = tmp / "vreemd.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE iets (x)")
    conn.close()
    return path


BAD_DATABASES = {
    "missing": (_missing, "ontbreekt"),
    "empty": (_empty, "leeg"),
    "corrupt": (_corrupt, "beschadigd"),
    "not-sqlite": (_not_sqlite, "beschadigd"),
    "wrong-version": (_wrong_version, "schemaversie 999"),
    "foreign": (_no_meta, "schemaversie None"),
}


@pytest.mark.parametrize("case", sorted(BAD_DATABASES))
def test_open_refuses_with_dutch_message(tmp_path: Path, case: str) -> None:
    make, expected = BAD_DATABASES[case]
    with pytest.raises(GuidelineDatabaseError) as info:
        open_guideline_database(make(tmp_path))
    assert expected in info.value.message
    assert "Traceback" not in info.value.message


@pytest.mark.parametrize("case", sorted(BAD_DATABASES))
def test_command_line_gives_one_dutch_line_and_exit_2(tmp_path: Path, case: str) -> None:
    make, expected = BAD_DATABASES[case]
    result = subprocess.run(
        [sys.executable, "-m", "opvoedapp", "--database", str(make(tmp_path)), "export-content"],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0]


@pytest.mark.parametrize("case", sorted(BAD_DATABASES))
def test_window_shows_dialog_and_exits_2(qapp, tmp_path: Path, case: str) -> None:
    from opvoedapp import app

    make, expected = BAD_DATABASES[case]
    shown: list[str] = []
    code = app.run(["--database", str(make(tmp_path))], report_error=shown.append)
    assert code == 2
    assert len(shown) == 1 and expected in shown[0]


def test_database_is_opened_read_only(content) -> None:
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        content._conn.execute("DELETE FROM meta")
