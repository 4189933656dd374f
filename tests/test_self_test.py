"""``opvoedapp self-test`` from the checkout: one Dutch line per check, exit 0 only when all hold."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from pathlib import Path

from conftest import GUIDELINE_DB
from opvoedapp.selftest import checks
from opvoedapp.selftest.network_guard import NetworkGuard


def _self_test(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "PATH": "/usr/bin:/bin",
           "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "opvoedapp", *args, "self-test"], env=env,
                          capture_output=True, text=True, check=False, timeout=120)


def test_all_checks_pass_on_a_good_installation(tmp_path: Path) -> None:
    result = _self_test(home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 9 and lines[-1] == "Zelftest geslaagd."
    assert all(line.startswith("OK    ") for line in lines[:-1])


def test_a_changed_database_fails_with_a_dutch_line(tmp_path: Path) -> None:
    copy = tmp_path / "guideline.sqlite"
    shutil.copy(GUIDELINE_DB, copy)
    (tmp_path / "guideline.sqlite.sha256").write_text("0" * 64 + "  guideline.sqlite\n")
    result = _self_test("--database", str(copy), home=tmp_path)
    assert result.returncode == 1
    assert "FOUT  Richtlijndatabase: het controlegetal klopt niet" in result.stdout
    assert "Zelftest mislukt: 1 controle(s) fout." in result.stdout


def test_a_missing_database_fails_without_traceback(tmp_path: Path) -> None:
    result = _self_test("--database", str(tmp_path / "weg.sqlite"), home=tmp_path)
    assert result.returncode == 1
    assert "FOUT  Richtlijndatabase" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_a_read_only_user_folder_is_reported_not_failed(tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    result = checks.check_user_data_folder(blocker / "Opvoedapp")
    assert result.ok and "alleen-lezen modus" in result.line


def test_network_guard_records_a_connection_attempt() -> None:
    guard = NetworkGuard()
    guard.start()
    with socket.socket() as sock:
        sock.settimeout(0.2)
        sock.connect_ex(("127.0.0.1", 9))
    guard.stop()
    assert "socket.connect" in guard.attempts
    assert not checks.check_no_network(guard.attempts).ok


def test_without_a_console_the_result_shows_in_a_dialog(monkeypatch, tmp_path: Path) -> None:
    import argparse

    from opvoedapp.commands import self_test

    shown: list[tuple[list[str], bool]] = []
    monkeypatch.setattr("opvoedapp.selftest.dialog.show_result_dialog",
                        lambda lines, passed: shown.append((lines, passed)))
    monkeypatch.setattr(sys, "stdout", None)
    code = self_test._run(argparse.Namespace(database=GUIDELINE_DB))
    assert code == 0
    assert shown and shown[0][1] and shown[0][0][-1] == "Zelftest geslaagd."
