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


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("userdata-v*.sqlite")),
                         ids=lambda p: p.stem)
def test_every_earlier_version_migrates_with_its_answers(tmp_path: Path, fixture: Path) -> None:
    path = tmp_path / FILE_NAME
    shutil.copy(fixture, path)
    migrate(path)
    conn = sqlite3.connect(path)
    assert current_version(conn) == CURRENT_VERSION
    conn.close()
    store = UserStore(tmp_path)
    assert store.scores(1) == {"1.01": 4, "3.07": 2}


def test_backup_uses_sqlites_backup_api(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    shutil.copy(FIXTURES / "userdata-v1.sqlite", path)
    copy = backup(path, 1)
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT count(*) FROM score").fetchone()[0] == 2
    conn.close()
