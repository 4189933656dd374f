"""``opvoedapp zoek``: the window's search on the command line, lines or JSON, Dutch errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from opvoedapp import cli


def _zoek(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "opvoedapp", "zoek", *args],
                          capture_output=True, text=True, encoding="utf-8", timeout=120,
                          check=False)  # the tests check the exit code themselves


def test_lines_are_ranked_with_kind_title_and_destination() -> None:
    done = _zoek("slapen")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == ("1. Probleem (Tabel 1): Slaap-problemen (± 0-2 jaar, ‘normaal’) → "
                        "Leeftijdsfasen › ± 0-2 jaar, ‘normaal’")
    assert lines[1].startswith("2. Probleem (Tabel 1): Eet-/slaapproblemen")
    assert done.stderr == ""


def test_json_holds_the_same_ranking(capsys) -> None:
    assert cli.run(["zoek", "meldcode", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    first = data["results"][0]
    assert data["query"] == "meldcode" and data["partial_words"] == []
    assert (first["kind"], first["key"], first["tab"]) == ("outcome", "veiligheid",
                                                           "tab-beslisschema")
    assert first["jumps_to"].startswith("Beslisschema › besluit: De veiligheid van het kind")
    assert first["match"] == "alle woorden"


def test_several_words_and_a_partial_section(capsys) -> None:
    assert cli.run(["zoek", "ruzie", "broertjes"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Met alleen „ruzie”:"
    assert out[1].startswith("1. Probleem (Tabel 1): Ruzies (± 5-12 jaar")


def test_nothing_found_says_so(capsys) -> None:
    assert cli.run(["zoek", "pesten"]) == 0
    assert capsys.readouterr().out == "Geen resultaten voor „pesten” in de richtlijn.\n"
    assert cli.run(["zoek", "pesten", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["results"] == []


@pytest.mark.parametrize("args", [[], ["  "], ["!?"]])
def test_an_empty_term_is_refused_in_dutch(capsys, args) -> None:
    assert cli.run(["zoek", *args]) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith("opvoedapp zoek: geef een zoekterm") and captured.out == ""


def test_an_unknown_option_is_refused_with_exit_2() -> None:
    done = _zoek("slapen", "--onbekend")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("opvoedapp: ") and "--onbekend" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_command_is_registered() -> None:
    assert "zoek" in cli.command_names()
