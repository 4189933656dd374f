"""The user database never loses an answer: kill -9, corruption, full disk, two copies,
migration."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from opvoedapp.userdata.migrations import CURRENT_VERSION, backup, current_version, migrate
from opvoedapp.userdata.store import FILE_NAME, UserDataError, UserStore

FIXTURES = Path(__file__).parent / "fixtures"
sys.path.insert(0, str(FIXTURES))
from userdata_history import ROUNDS, SCORES  # noqa: E402  (shared with the fixture scripts)


def test_an_answer_is_kept_when_given(tmp_path: Path) -> None:
    store = UserStore(tmp_path)
    round_id = store.new_round("Najaar", "zelf")
    store.set_score(round_id, "2.03", 3)
    store.set_score(round_id, "2.03", 4)  # changed mind
    store.set_score(round_id, "2.04", 1)
    store.set_score(round_id, "2.04", None)  # left open again
    store.close()
    again = UserStore(tmp_path)
    assert again.scores(round_id) == {"2.03": 4}


def test_kill_9_right_after_an_answer_loses_nothing(tmp_path: Path) -> None:
    # Proves commit-before-return only: kill -9 keeps the page cache, so this passes with
    # synchronous=OFF too. The fsync itself is proven under strace in test_userdata_faults.
    script = textwrap.dedent(f"""
        import os, signal, sys
        from pathlib import Path
        from opvoedapp.userdata.store import UserStore
        store = UserStore(Path({str(tmp_path)!r}))
        rid = store.new_round("kill", "zelf")
        store.set_score(rid, "5.01", 2)
        print("answered", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.stdout.strip() == "answered" and result.returncode == -9
    store = UserStore(tmp_path)
    (round_id, *_rest), = store.rounds()
    assert store.scores(round_id) == {"5.01": 2}


def test_a_corrupt_database_is_moved_aside_and_kept(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    store = UserStore(tmp_path)
    assert store.moved_aside is not None and store.moved_aside.exists()
    assert store.moved_aside.read_bytes().startswith(b"SQLite format 3")
    assert store.rounds() == []  # a fresh one to work with


def test_a_full_disk_gives_a_dutch_message_and_keeps_what_was_saved(tmp_path: Path) -> None:
    store = UserStore(tmp_path)
    round_id = store.new_round("vol", "zelf")
    store.set_score(round_id, "1.01", 3)
    store.close()
    with sqlite3.connect(tmp_path / FILE_NAME) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    store = UserStore(tmp_path)

    @__import__("sqlalchemy").event.listens_for(store._engine, "connect")
    def _cap(dbapi_connection, _record):  # simulate a full disk: no page may be added
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    store._engine.dispose()
    with pytest.raises(UserDataError) as caught:
        for n in range(400):
            store.set_score(round_id, f"9.{n:03d}", 2)
    assert "De schijf is vol" in caught.value.message
    store.close()
    assert UserStore(tmp_path).scores(round_id)["1.01"] == 3


def test_two_running_copies_do_not_corrupt_anything(tmp_path: Path) -> None:
    first, second = UserStore(tmp_path), UserStore(tmp_path)
    round_id = first.new_round("samen", "zelf")
    for n in range(20):
        (first if n % 2 else second).set_score(round_id, f"4.{n:02d}", 1 + n % 4)
    assert len(first.scores(round_id)) == 20 == len(second.scores(round_id))
    with sqlite3.connect(tmp_path / FILE_NAME) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_a_newer_schema_is_refused_in_dutch(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE schema_version (id INTEGER PRIMARY KEY, version INTEGER)")
        conn.execute("INSERT INTO schema_version VALUES (1, 99)")
    conn.close()
    with pytest.raises(UserDataError, match="nieuwere Opvoedapp"):
        UserStore(tmp_path)


def _versions_of_fixtures() -> list[int]:
    return sorted(int(p.stem.rsplit("v", 1)[1]) for p in FIXTURES.glob("userdata-v*.sqlite"))


def test_there_is_a_fixture_for_every_earlier_schema_version() -> None:
    # A new schema version must come with a fixture of the one before it (and its script).
    assert _versions_of_fixtures() == list(range(0, CURRENT_VERSION + 1))
    for version in _versions_of_fixtures():
        assert (FIXTURES / f"make_userdata_v{version}.py").is_file()


@pytest.mark.parametrize("version", _versions_of_fixtures(), ids=lambda v: f"v{v}")
def test_every_earlier_version_migrates_keeping_every_round_and_score(tmp_path: Path,
                                                                      version: int) -> None:
    path = tmp_path / FILE_NAME
    shutil.copy(FIXTURES / f"userdata-v{version}.sqlite", path)
    assert migrate(path) == version
    conn = sqlite3.connect(path)
    assert current_version(conn) == CURRENT_VERSION
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    store = UserStore(tmp_path)
    assert store.moved_aside is None
    assert store.rounds() == [(rid, label, day, rater) for rid, label, day, rater in ROUNDS]
    for round_id, *_rest in ROUNDS:
        assert store.scores(round_id) == SCORES[round_id], round_id
    store.close()
    backups = sorted(p.name for p in tmp_path.glob("*backup*"))
    if version < CURRENT_VERSION:  # the file as it was, kept beside the migrated one
        assert backups == [f"zelfreflectie.v{version}-backup.sqlite"]
        with sqlite3.connect(tmp_path / backups[0]) as conn:
            assert conn.execute("SELECT count(*) FROM score").fetchone()[0] == sum(
                len(scores) for scores in SCORES.values())
            assert current_version(conn) == version
        conn.close()
    else:
        assert backups == []


def test_backup_uses_sqlites_backup_api(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    shutil.copy(FIXTURES / "userdata-v1.sqlite", path)
    copy = backup(path, 1)
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT count(*) FROM score").fetchone()[0] == sum(
            len(scores) for scores in SCORES.values())
    conn.close()


def test_a_new_file_is_not_backed_up(tmp_path: Path) -> None:
    UserStore(tmp_path).close()
    assert list(tmp_path.glob("*backup*")) == []
