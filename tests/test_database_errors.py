"""A missing, empty, corrupt or wrong-version guideline database: a Dutch message, no traceback."""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import GUIDELINE_DB
from opvoedapp.content.database import open_guideline_database
from opvoedapp.content.errors import GuidelineDatabaseError
from special_files import make_special


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


def _changed(tmp: Path, name: str, *statements: str) -> Path:
    path = tmp / f"{name}.sqlite"
    shutil.copy(GUIDELINE_DB, path)
    conn = sqlite3.connect(path)
    with conn:
        for statement in statements:
            conn.execute(statement)
    conn.close()
    return path


def _table_dropped(tmp: Path) -> Path:
    return _changed(tmp, "zonder-tabel", "DROP TABLE question")


def _unused_table_dropped(tmp: Path) -> Path:
    # The corrections table is only shown in Help; it used to start without any message.
    return _changed(tmp, "zonder-correcties", "DROP TABLE correction")


def _column_renamed(tmp: Path) -> Path:
    return _changed(tmp, "kolom", "ALTER TABLE intervention RENAME COLUMN aliases TO bijnamen")


def _bad_json(tmp: Path) -> Path:
    return _changed(tmp, "json", "UPDATE intervention SET aliases = '[kapot' "
                                 "WHERE id = (SELECT min(id) FROM intervention)")


def _no_content(tmp: Path) -> Path:
    from opvoedapp.content.integrity import EXPECTED_COLUMNS

    return _changed(tmp, "leeg-van-inhoud", "PRAGMA foreign_keys = OFF",
                    *(f"DELETE FROM {t}" for t in EXPECTED_COLUMNS if t != "meta"))


def _corrupt_mid_file(tmp: Path) -> Path:
    path = tmp / "midden-kapot.sqlite"
    data = bytearray(GUIDELINE_DB.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 8192] = random.Random(7).randbytes(8192)
    path.write_bytes(bytes(data))
    return path


def _special(kind: str, name: str):
    return lambda tmp: make_special(tmp / name, kind)


def _bundled_but_changed(tmp: Path) -> Path:
    # The installed file with the build's digest beside it, damaged past page 1: the digest
    # catches it at start, before any page is read.
    folder = tmp / "installatie"
    folder.mkdir()
    shutil.copy(GUIDELINE_DB.with_name("guideline.sqlite.sha256"), folder)
    path = _corrupt_mid_file(tmp)
    return path.rename(folder / "guideline.sqlite")


BAD_DATABASES = {
    "table-dropped": (_table_dropped, "is beschadigd"),
    "unused-table-dropped": (_unused_table_dropped, "is beschadigd"),
    "column-renamed": (_column_renamed, "is beschadigd"),
    "bad-json": (_bad_json, "is beschadigd"),
    "no-content": (_no_content, "is beschadigd"),
    "corrupt-mid-file": (_corrupt_mid_file, "is beschadigd"),
    "bundled-changed": (_bundled_but_changed, "het controlegetal klopt niet"),
    "fifo": (_special("fifo", "pijp.sqlite"), "geen gewoon bestand"),
    "dev-zero": (_special("dev-zero", "nul.sqlite"), "geen gewoon bestand"),
    "directory": (_special("directory", "map.sqlite"), "dit is een map"),
    "symlink-loop": (_special("symlink-loop", "a.sqlite"), "niet te volgen"),
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
    assert "Errno" not in lines[0] and "Installeer" in lines[0]


@pytest.mark.parametrize("case", sorted(BAD_DATABASES))
def test_window_shows_dialog_and_exits_2(qapp, tmp_path: Path, case: str, monkeypatch) -> None:
    from opvoedapp import app

    # Should the database wrongly load, the program quits once ready instead of waiting for
    # a user: the test then fails on the exit code rather than hanging.
    monkeypatch.setenv(app.BENCH_EXIT_ENV, "ready")
    make, expected = BAD_DATABASES[case]
    shown: list[str] = []
    code = app.run(["--database", str(make(tmp_path))], report_error=shown.append)
    assert code == 2
    assert len(shown) == 1 and expected in shown[0]


def test_database_is_opened_read_only(content) -> None:
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        content._conn.execute("DELETE FROM meta")


def test_the_expected_schema_is_the_models_schema() -> None:
    from opvoedapp.content import models_scheme  # noqa: F401  (its tables join the metadata)
    from opvoedapp.content.integrity import EXPECTED_COLUMNS
    from opvoedapp.content.models import Base

    models = {t.name: tuple(c.name for c in t.columns) for t in Base.metadata.sorted_tables}
    assert models == EXPECTED_COLUMNS


def test_the_bundled_file_is_checked_by_its_digest_not_read_whole(monkeypatch) -> None:
    from opvoedapp.content import integrity

    def never(_conn: object) -> None:
        raise AssertionError("a file with a matching digest needs no full read")

    monkeypatch.setattr(integrity, "check_whole", never)
    open_guideline_database(GUIDELINE_DB).close()


def test_a_file_given_without_digest_is_read_whole(tmp_path: Path, monkeypatch) -> None:
    from opvoedapp.content import integrity

    seen: list[object] = []
    monkeypatch.setattr(integrity, "check_whole", seen.append)
    copy = tmp_path / "kopie.sqlite"
    shutil.copy(GUIDELINE_DB, copy)
    open_guideline_database(copy).close()
    assert len(seen) == 1


def test_a_good_copy_without_digest_passes_the_full_check(tmp_path: Path) -> None:
    # The full check must accept the real content as it is (some tables are empty in it).
    copy = tmp_path / "kopie.sqlite"
    shutil.copy(GUIDELINE_DB, copy)
    open_guideline_database(copy).close()
    result = subprocess.run(
        [sys.executable, "-m", "opvoedapp", "--database", str(copy), "export-content"],
        check=False, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
