"""``opvoedapp self-test`` from the checkout: one Dutch line per check, exit 0 only when all
hold."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import GUIDELINE_DB
from opvoedapp.selftest import checks, feature_checks
from opvoedapp.selftest.network_guard import NetworkGuard
from opvoedapp.selftest.result import CheckResult


def _self_test(*args: str, home: Path,
               options: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "PATH": "/usr/bin:/bin",
           "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "opvoedapp", *args, "self-test", *options]
    return subprocess.run(command, env=env, capture_output=True, text=True, check=False,
                          timeout=120)


def test_all_checks_pass_on_a_good_installation(tmp_path: Path) -> None:
    result = _self_test(home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 12 and lines[-1] == "Zelftest geslaagd."
    # The print spool line may be a warning (CUPS keeps jobs by default); never a failure.
    assert all(line.startswith(("OK    ", "LET OP Afdrukwachtrij")) for line in lines[:-1])


def test_a_changed_database_fails_with_a_dutch_line(tmp_path: Path) -> None:
    copy = tmp_path / "guideline.sqlite"
    shutil.copy(GUIDELINE_DB, copy)
    (tmp_path / "guideline.sqlite.sha256").write_text("0" * 64 + "  guideline.sqlite\n")
    result = _self_test("--database", str(copy), home=tmp_path)
    assert result.returncode == 1
    line = next(x for x in result.stdout.splitlines() if x.startswith("FOUT  Richtlijndatabase"))
    assert "het controlegetal klopt niet" in line
    # The database is refused on opening now, so the profile cannot be matched against it.
    assert "FOUT  Organisatieprofiel: niet te controleren zonder richtlijn" in result.stdout
    assert "Zelftest mislukt: 2 controle(s) fout." in result.stdout


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


def test_the_content_checksum_is_reported_as_help_about_shows_it(tmp_path: Path) -> None:
    from opvoedapp.content.database import open_guideline_database
    from opvoedapp.content.repository import ContentRepository

    repo = ContentRepository(open_guideline_database(GUIDELINE_DB))
    expected = repo.meta.checksum[:16]
    repo.close()
    line = checks.check_guideline_database(GUIDELINE_DB).line
    assert expected and f"inhoud {expected}" in line


def test_a_check_that_breaks_is_one_failed_line_and_the_others_still_run(tmp_path: Path) -> None:
    from opvoedapp.selftest.run import guarded

    def broken() -> CheckResult:
        raise ImportError("PySide6.QtPdf")

    result = guarded("PDF-weergave", broken)
    assert not result.ok
    assert result.line.startswith("PDF-weergave: de controle zelf mislukte (ImportError)")


def test_a_broken_check_fails_the_whole_self_test(monkeypatch, qapp) -> None:
    from opvoedapp.selftest import run

    def broken(pdf: bytes) -> CheckResult:
        raise RuntimeError("no renderer")

    monkeypatch.setattr(run.checks, "check_pdf_renders", broken)
    lines: list[str] = []
    assert run.run_self_test(GUIDELINE_DB, lines.append) == 1
    assert "FOUT  PDF-weergave: de controle zelf mislukte (RuntimeError); installeer het " \
           "programma opnieuw." in lines
    assert lines[-1] == "Zelftest mislukt: 1 controle(s) fout."
    assert sum(line.startswith(("OK    ", "LET OP ")) for line in lines) == 10


def test_output_file_gets_the_same_lines(tmp_path: Path) -> None:
    report = tmp_path / "zelftest.txt"
    result = _self_test(home=tmp_path, options=("-o", str(report)))
    assert result.returncode == 0, result.stdout + result.stderr
    assert report.read_text(encoding="utf-8") == result.stdout


def test_an_unwritable_output_file_is_a_dutch_line_before_any_check(tmp_path: Path) -> None:
    target = tmp_path / "geen-map" / "zelftest.txt"
    result = _self_test(home=tmp_path, options=("-o", str(target)))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("opvoedapp: De map ") and "bestaat niet" in result.stderr
    assert "Traceback" not in result.stderr


def test_reflection_store_check_leaves_the_users_folder_alone(home: Path) -> None:
    before = sorted(p for p in home.rglob("*") if "zelfreflectie" in p.name)
    result = feature_checks.check_reflection_store()
    assert result.ok, result.line
    assert sorted(p for p in home.rglob("*") if "zelfreflectie" in p.name) == before


def test_reflection_store_check_reports_a_store_that_cannot_be_used(monkeypatch) -> None:
    from opvoedapp.userdata import store

    def refuse(self, folder: Path) -> None:
        raise store.UserDataError("Opvoedapp mag niet schrijven in /x: scores worden niet "
                                  "bewaard.")

    monkeypatch.setattr(store.UserStore, "__init__", refuse)
    result = feature_checks.check_reflection_store()
    assert not result.ok
    assert result.line == ("Zelfreflectie-opslag: Opvoedapp mag niet schrijven in /x: scores "
                           "worden niet bewaard.")


def test_radar_chart_check_sees_the_line(qapp) -> None:
    assert feature_checks.check_radar_chart().ok


def test_radar_chart_check_fails_on_an_empty_chart(monkeypatch, qapp) -> None:
    from opvoedapp.views.reflection import radar

    monkeypatch.setattr(radar.RadarChart, "set_data", lambda self, labels, series: None)
    result = feature_checks.check_radar_chart()
    assert not result.ok and result.line == "Grafiek: het radardiagram blijft leeg."


@pytest.mark.parametrize(("conf", "warned"), [
    ("# PreserveJobFiles No\nLogLevel warn\n", True),     # commented out: CUPS's default
    ("PreserveJobFiles Yes\n", True),
    ("PreserveJobFiles 86400\n", True),
    ("LogLevel warn\npreservejobfiles No  # privacy\n", False),
    ("PreserveJobFiles Yes\nPreserveJobFiles Off\n", False),  # the last one counts
])
def test_the_print_spool_check_reads_preserve_job_files(tmp_path: Path, conf: str,
                                                       warned: bool) -> None:
    from opvoedapp.selftest.checks import check_print_spool

    path = tmp_path / "cupsd.conf"
    path.write_text(conf, encoding="utf-8")
    result = check_print_spool(path, platform="linux")
    assert result.ok and result.warning == warned
    assert ("Zet 'PreserveJobFiles No'" in result.line) == warned


def test_the_print_spool_check_on_a_machine_without_cups(tmp_path: Path) -> None:
    from opvoedapp.selftest.checks import check_print_spool

    result = check_print_spool(tmp_path / "geen.conf", platform="linux")
    assert result.ok and not result.warning and "geen CUPS-instellingen" in result.line
    assert "Afgedrukte documenten bewaren" in check_print_spool(platform="win32").line


def test_a_warning_is_shown_as_let_op_and_passes(monkeypatch, qapp) -> None:
    from opvoedapp.selftest import run

    monkeypatch.setattr(run.checks, "check_print_spool",
                        lambda: CheckResult(True, "Afdrukwachtrij: bewaart", warning=True))
    lines: list[str] = []
    assert run.run_self_test(GUIDELINE_DB, lines.append) == 0
    assert "LET OP Afdrukwachtrij: bewaart" in lines
