"""Command-line arguments the reliability review found accepted, or crashing, or hanging."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from special_files import make_special


def _run(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               OPVOEDAPP_EXIT_AFTER="ready")  # should the window wrongly open, it quits
    return subprocess.run([sys.executable, "-m", "opvoedapp", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def _one_dutch_line(result: subprocess.CompletedProcess, expected: str) -> None:
    assert result.returncode == 2, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("opvoedapp: "), result.stderr
    assert expected in lines[0] and "Traceback" not in result.stderr


@pytest.mark.parametrize("age", ["1_5", " 1.5 ", "1e1", "0x10", "١٢", "+2", "1.5.5"])
def test_handout_refuses_ages_that_float_would_take(tmp_path: Path, age: str) -> None:
    result = _run("handout", "--age", age, "--question", "gedrag", "-o",
                  str(tmp_path / "x.pdf"), home=tmp_path)
    _one_dutch_line(result, "geen getal")
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("command", [["handout", "--age", "2", "--question", "gedrag"],
                                     ["export-content"], ["self-test"]])
def test_an_empty_output_name_is_refused(tmp_path: Path, command: list[str]) -> None:
    _one_dutch_line(_run(*command, "-o", "", home=tmp_path), "geen bestandsnaam opgegeven")


@pytest.mark.parametrize("args", [["frobnicate"], ["--database", "x.sqlite", "exportcontent"]])
def test_an_unknown_command_word_is_an_error_not_the_window(tmp_path: Path, args) -> None:
    result = _run(*args, home=tmp_path)
    _one_dutch_line(result, f"onbekende opdracht '{args[-1]}'")
    assert "export-content, handout, self-test" in result.stderr


def test_database_without_a_value_is_an_error(tmp_path: Path) -> None:
    _one_dutch_line(_run("--database", home=tmp_path), "--database heeft een waarde nodig")


def test_self_test_refuses_a_fifo_without_waiting(tmp_path: Path) -> None:
    fifo = make_special(tmp_path / "uitkomst.txt", "fifo")
    _one_dutch_line(_run("self-test", "-o", str(fifo), home=tmp_path), "geen gewoon bestand")


def test_self_test_refuses_a_folder_as_output(tmp_path: Path) -> None:
    _one_dutch_line(_run("self-test", "-o", str(tmp_path), home=tmp_path), "is een map")


def test_a_plain_age_with_a_comma_still_works(tmp_path: Path) -> None:
    result = _run("handout", "--age", "1,5", "--question", "gedrag", "-o",
                  str(tmp_path / "x.pdf"), home=tmp_path)
    assert result.returncode == 0, result.stderr
