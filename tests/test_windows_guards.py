"""The Windows-specific guards, checked on any machine (the Wine tests need OPVOEDAPP_WINDOWS).

A windowed Windows program starts without sys.stdout and sys.stderr; a pipe on Windows uses
the ANSI code page. Both are imitated here; the real thing runs in tests/test_windows_build.py.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys

import pytest

from conftest import ROOT
from opvoedapp import console_streams, windows_platform


def test_a_command_without_a_console_puts_its_error_in_the_dialog(monkeypatch,
                                                                  tmp_path) -> None:
    from opvoedapp.__main__ import main

    shown: list[str] = []
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.exec",
                        lambda box: shown.append(box.text()))
    code = main(["handout", "--age", "twee", "--question", "gedrag", "-o",
                 str(tmp_path / "f.pdf")])
    assert code == 2
    assert shown == ["opvoedapp: leeftijd 'twee' is geen getal (bijvoorbeeld 1.5)."]
    assert console_streams.without_console()


def test_a_successful_command_without_a_console_shows_nothing(monkeypatch, tmp_path) -> None:
    from opvoedapp.__main__ import main

    shown: list[str] = []
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.exec",
                        lambda box: shown.append(box.text()))
    assert main(["export-content", "-o", str(tmp_path / "inhoud.json")]) == 0
    assert shown == [] and (tmp_path / "inhoud.json").stat().st_size > 0


def test_a_pipe_in_the_ansi_code_page_does_not_break_the_self_test_lines(monkeypatch) -> None:
    ansi = io.TextIOWrapper(io.BytesIO(), encoding="cp1252")
    monkeypatch.setattr(sys, "stdout", ansi)
    console_streams.prepare()
    print("Folder (PDF): ĳ, ë, é en €")  # ĳ is not in cp1252
    ansi.flush()
    assert ansi.buffer.getvalue().decode("cp1252") == "Folder (PDF): ?, ë, é en €\n"
    assert not console_streams.without_console()


def test_the_program_never_calls_posix_only_functions_unguarded() -> None:
    """No os.chmod/getuid/fork/fcntl… in the program: none of them exists on Windows."""
    posix_only = re.compile(r"\bos\.(chmod|getuid|geteuid|fork|mkfifo|umask|chown)\b|"
                            r"^\s*(import|from) (fcntl|pwd|grp|termios|resource)\b|"
                            r"\bsignal\.SIGKILL\b|\bO_NOFOLLOW\b", re.MULTILINE)
    found = [f"{path.relative_to(ROOT)}: {match.group(0).strip()}"
             for path in (ROOT / "opvoedapp").rglob("*.py")
             for match in posix_only.finditer(path.read_text(encoding="utf-8"))]
    assert found == []


@pytest.mark.skipif(sys.platform == "win32", reason="checks the non-Windows branch")
def test_windows_checks_are_silent_off_windows() -> None:
    assert windows_platform.wine_version() is None
    assert windows_platform.qtpdf_prerequisite_missing() is None


def test_the_spec_builds_windowed_with_icon_and_version_on_windows() -> None:
    spec = (ROOT / "build" / "pyinstaller.spec").read_text(encoding="utf-8")
    assert "console=False" in spec and "opvoedapp.ico" in spec and "version_info(" in spec
    sys.path.insert(0, str(ROOT / "build" / "windows"))
    try:
        from version_info import numeric_version
    finally:
        sys.path.remove(str(ROOT / "build" / "windows"))
    # The resource itself is checked in the built .exe (tests/test_windows_build.py).
    assert numeric_version("0.1.0") == (0, 1, 0, 0)
    assert numeric_version("2.10.3rc1") == (2, 10, 3, 0)


def test_the_icon_holds_every_size_windows_asks_for() -> None:
    from PIL import Image

    with Image.open(ROOT / "build" / "windows" / "opvoedapp.ico") as icon:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= icon.info["sizes"]


def test_the_build_script_is_valid_bash() -> None:
    subprocess.run(["bash", "-n", str(ROOT / "scripts" / "build-windows.sh")], check=True)
    subprocess.run(["bash", "-n", str(ROOT / "build" / "windows" / "wine-harness" /
                                      "make-prefix.sh")], check=True)
