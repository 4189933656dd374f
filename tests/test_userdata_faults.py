"""User database faults: damaged schema, a really full disk, read-only and odd paths, fsync.

Each case as the review reproduced it; every message Dutch, no answer silently dropped.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from opvoedapp.userdata.store import FILE_NAME, NotSavedYet, UserDataError, UserStore
from special_files import make_special, small_tmpfs

ENGLISH = ("Errno", "denied", "No such", "Is a directory", "Read-only")


def _store_with_answers(folder: Path) -> int:
    store = UserStore(folder)
    round_id = store.new_round("Voorjaar", "zelf")
    store.set_score(round_id, "1.01", 4)
    store.close()
    return round_id


@pytest.mark.parametrize("damage", [
    "DROP TABLE score",
    "ALTER TABLE score RENAME COLUMN value TO waarde",
    "ALTER TABLE round RENAME COLUMN rater TO beoordelaar",
    "DROP TABLE round",
    "UPDATE schema_version SET version = 'zeven'",
    "UPDATE schema_version SET version = 1.5",
])
def test_a_damaged_schema_is_moved_aside_kept_and_a_new_file_works(tmp_path: Path,
                                                                   damage: str) -> None:
    _store_with_answers(tmp_path)
    with sqlite3.connect(tmp_path / FILE_NAME) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(damage)
    conn.close()
    damaged = (tmp_path / FILE_NAME).read_bytes()
    store = UserStore(tmp_path)
    assert store.moved_aside is not None and store.moved_aside.read_bytes() == damaged
    assert store.rounds() == []
    round_id = store.new_round("Nieuw", "zelf")
    store.set_score(round_id, "2.02", 3)
    store.close()
    again = UserStore(tmp_path)  # the second start no longer trips over it
    assert again.moved_aside is None and again.scores(round_id) == {"2.02": 3}


def test_a_damaged_schema_shows_the_dutch_banner_in_the_view(qtbot, content,
                                                             tmp_path: Path) -> None:
    from opvoedapp.views.reflection.reflection_view import ReflectionView

    _store_with_answers(tmp_path)
    with sqlite3.connect(tmp_path / FILE_NAME) as conn:
        conn.execute("DROP TABLE score")
    conn.close()
    view = ReflectionView(content, tmp_path, choose_file=lambda *_: "")
    qtbot.addWidget(view)
    assert "beschadigd" in view.banner.text() and "bewaard als" in view.banner.text()


@pytest.fixture
def tiny_disk(tmp_path: Path):
    """A real 64 kB tmpfs: the full disk the nurse meets, not a simulation (without root the
    max_page_count test covers the logic)."""
    with small_tmpfs(tmp_path / "klein") as mount:
        yield mount


def _fill(folder: Path) -> Path:
    filler = folder / "vuller"
    handle = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        while True:
            os.write(handle, b"\0" * 1024)
    except OSError as exc:
        assert exc.errno == errno.ENOSPC
    finally:
        os.close(handle)
    return filler


def test_a_really_full_disk_keeps_every_answer_and_saves_it_when_space_returns(
        tiny_disk: Path) -> None:
    # The review's case: 5 answers, 10 on a full disk, space freed, 5 more; 20 expected.
    store = UserStore(tiny_disk)
    round_id = store.new_round("vol", "zelf")
    given: dict[str, int] = {}
    for n in range(5):
        given[f"1.{n:02d}"] = 1 + n % 4
        store.set_score(round_id, f"1.{n:02d}", 1 + n % 4)
    filler = _fill(tiny_disk)
    refused = 0
    for n in range(5, 15):
        given[f"1.{n:02d}"] = 1 + n % 4
        try:
            store.set_score(round_id, f"1.{n:02d}", 1 + n % 4)
        except NotSavedYet as exc:
            refused += 1
            assert exc.message.startswith("De schijf is vol")
            assert f"Niet bewaard ({exc.unsaved})" in exc.message
    assert refused > 0 and store.unsaved_count() > 0
    filler.unlink()
    assert store.save_pending() == 0  # the timer's call, once there is room
    for n in range(15, 20):
        given[f"1.{n:02d}"] = 1 + n % 4
        store.set_score(round_id, f"1.{n:02d}", 1 + n % 4)
    store.close()
    again = UserStore(tiny_disk)
    assert again.scores(round_id) == given
    with sqlite3.connect(tiny_disk / FILE_NAME) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    again.close()
    print(f"full disk: {len(given)} answers given, {refused} refused while full, "
          f"{len(given)} in the file after restart")


def test_the_next_answer_saves_the_waiting_ones_first(tmp_path: Path) -> None:
    from sqlalchemy import event

    store = UserStore(tmp_path)
    round_id = store.new_round("vol", "zelf")
    store.set_score(round_id, "1.01", 3)
    with sqlite3.connect(tmp_path / FILE_NAME) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()

    def cap(dbapi_connection, _record) -> None:  # no page may be added: a full disk
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(store._engine, "connect", cap)
    store._engine.dispose()
    with pytest.raises(NotSavedYet):
        for n in range(400):
            store.set_score(round_id, f"9.{n:03d}", 2)
    waiting = store.unsaved_count()
    assert waiting >= 1
    with pytest.raises(NotSavedYet) as caught:
        store.save_pending()  # the timer, while still full: nothing lost, still counted
    assert caught.value.unsaved == waiting
    event.remove(store._engine, "connect", cap)
    store._engine.dispose()
    store.set_score(round_id, "9.999", 1)  # the next answer, with room again
    assert store.unsaved_count() == 0
    assert len(store.scores(round_id)) == 1 + (n + 1) + 1  # 1.01, 9.000 … 9.n, 9.999


def test_the_view_shows_unsaved_answers_and_saves_them_on_its_timer(qtbot, content,
                                                                    tiny_disk: Path) -> None:
    from PySide6.QtCore import Qt

    from opvoedapp.views.reflection.reflection_view import ReflectionView

    view = ReflectionView(content, tiny_disk, choose_file=lambda *_: "")
    qtbot.addWidget(view)
    store = view.session._store
    filler = _fill(tiny_disk)
    for _ in range(40):  # digit keys, as the nurse answers
        qtbot.keyClick(view.items, Qt.Key.Key_2)
        if store.unsaved_count() >= 3:
            break
    assert store.unsaved_count() >= 3
    match = re.search(r"Niet bewaard \((\d+)\)", view.banner.text())
    assert match and int(match.group(1)) == store.unsaved_count(), view.banner.text()
    assert view.banner.text().startswith("⚠ De schijf is vol")
    retry = view.findChild(type(view._retry), "reflection-retry-unsaved")
    assert retry.isActive() and retry.interval() == 30_000
    filler.unlink()  # space returns; no further answer: the timer alone must save them
    retry.start(20)  # its real tick, sooner than the program's 30 s
    qtbot.waitUntil(lambda: store.unsaved_count() == 0, timeout=5_000)
    assert "alsnog bewaard" in view.banner.text() and not retry.isActive()
    on_screen = view.session.scores(view.current_round())
    store.close()
    again = UserStore(tiny_disk)
    assert again.scores(view.current_round()) == on_screen
    again.close()


def test_a_missing_folder_under_a_read_only_parent_is_said_in_dutch(tmp_path: Path,
                                                                    monkeypatch) -> None:
    def refused(self, *args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "mkdir", refused)
    with pytest.raises(UserDataError) as caught:
        UserStore(tmp_path / "Opvoedapp")
    assert "mag de map" in caught.value.message
    assert not any(word in caught.value.message for word in ENGLISH)


def test_a_missing_folder_on_a_read_only_disk_is_said_in_dutch(tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "ro", "size=64k,ro") as mount, \
            pytest.raises(UserDataError) as caught:
        UserStore(mount / "Opvoedapp")
    assert "mag de map" in caught.value.message
    assert not any(word in caught.value.message for word in ENGLISH)


@pytest.mark.parametrize("kind, words", [
    ("directory", "een map"), ("symlink-loop", "kringverwijzing"), ("fifo", "pijp"),
    ("dangling", "niet bestaat"),
])
def test_something_odd_in_place_of_the_file_is_named_correctly(tmp_path: Path, kind: str,
                                                               words: str) -> None:
    make_special(tmp_path / FILE_NAME, kind)
    with pytest.raises(UserDataError) as caught:
        UserStore(tmp_path)
    assert words in caught.value.message and "mag niet schrijven" not in caught.value.message
    assert not any(word in caught.value.message for word in ENGLISH)


_CHILD = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from opvoedapp.userdata import store as module
    if sys.argv[2] == "OFF":  # the mutant the review tried: must be caught by the probe
        real = module._pragmas
        def _pragmas(dbapi_connection, record):
            real(dbapi_connection, record)
            dbapi_connection.execute("PRAGMA synchronous=OFF")
        module._pragmas = _pragmas
    store = module.UserStore(Path(sys.argv[1]))
    rid = store.new_round("kill", "zelf")
    for n in range(12):
        store.set_score(rid, f"5.{n:02d}", 1 + n % 4)
        os.write(1, f"answered {n}\\n".encode())
    os.kill(os.getpid(), signal.SIGKILL)
""")


def _traced_child(folder: Path, mode: str) -> list[str]:
    """Run the child under strace; return its trace lines (fsyncs and acknowledgements)."""
    log = folder.parent / f"strace-{mode}.log"
    result = subprocess.run(
        ["strace", "-f", "-y", "-qq", "-e", "trace=fsync,fdatasync,write", "-o", str(log),
         sys.executable, "-c", _CHILD, str(folder), mode],
        capture_output=True, text=True, timeout=120, check=False)
    assert result.stdout.count("answered") == 12, result.stderr
    assert result.returncode in {-9, 137}, result.returncode
    return log.read_text(encoding="utf-8", errors="replace").splitlines()


def _unsynced_acknowledgements(lines: list[str]) -> int:
    """Answers acknowledged without an fsync of the database file since the one before."""
    synced, unsynced = False, 0
    for line in lines:
        if re.search(r"f(data)?sync\(\d+<[^>]*" + re.escape(FILE_NAME) + ">", line):
            synced = True
        elif re.search(r'write\(1<[^>]*>, "answered', line) or 'write(1, "answered' in line:
            unsynced += 0 if synced else 1
            synced = False
    return unsynced


def test_kill_9_loses_nothing_and_every_answer_was_on_disk_before_it_was_acknowledged(
        tmp_path: Path) -> None:
    """kill -9 alone cannot tell synchronous=FULL from OFF: the kernel's page cache survives
    the process and is written out later; only a power cut or an OS crash loses it, which a
    test cannot cause. What makes the difference observable is the fsync itself, so the
    child runs under strace: between an answer's commit and its acknowledgement the
    database file must have been fsync'ed. The same probe run with the OFF mutant must see
    the difference, or the probe proves nothing."""
    if shutil.which("strace") is None:
        pytest.fail("strace is missing: scripts/setup.sh installs it")
    for mode in ("FULL", "OFF"):
        folder = tmp_path / mode
        folder.mkdir()
        lines = _traced_child(folder, mode)
        store = UserStore(folder)  # after kill -9: every acknowledged answer is there
        (round_id, *_rest), = store.rounds()
        assert store.scores(round_id) == {f"5.{n:02d}": 1 + n % 4 for n in range(12)}
        store.close()
        with sqlite3.connect(folder / FILE_NAME) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        if mode == "FULL":
            assert _unsynced_acknowledgements(lines) == 0, "\n".join(lines[-20:])
        else:
            # The first answer follows the migration's own synced commit; every later one must
            # show up as unsynced, or the probe proves nothing.
            assert _unsynced_acknowledgements(lines) >= 11


def test_the_store_really_runs_with_full_sync_and_a_rollback_journal(tmp_path: Path) -> None:
    store = UserStore(tmp_path)
    with store._engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    store.close()
