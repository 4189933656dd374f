"""`opvoedapp handout --taal …` as a process: the bilingual PDF, read back; an unknown
language is one Dutch line and exit code 2."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

SCRIPT = {"ar": r"[\u0600-\u06FF]", "uk": r"[\u0400-\u04FF]", "tr": "[ğşıİ]", "pl": "[ąęłżś]",
          "en": r"\b(?:the|your|child)\b"}
UNREVIEWED_NL = "Deze vertaling is nog niet nagekeken"


def _run(home: Path, *args: str, profile: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               OPVOEDAPP_EXIT_AFTER="ready")  # should the window wrongly open, it quits
    env.pop("OPVOEDAPP_PROFILE", None)
    if profile is not None:
        env["OPVOEDAPP_PROFILE"] = str(profile)
    return subprocess.run([sys.executable, "-m", "opvoedapp", "handout", *args], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120, check=False)


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.parametrize("code", ["en", "tr", "ar", "pl", "uk"])
def test_each_language_from_the_command_line(tmp_path: Path, content, code: str) -> None:
    target = tmp_path / f"folder-{code}.pdf"
    result = _run(tmp_path, "--age", "2.5", "--question", "gedrag", "--taal", code,
                  "-o", str(target))
    assert result.returncode == 0, result.stderr
    text = _pdf_text(target)
    assert re.search(SCRIPT[code], text), f"no {code} text in the PDF"
    assert content.text("handout.label.title") in text  # the Dutch beside it
    assert UNREVIEWED_NL in text


def test_a_profile_review_removes_the_unreviewed_line(tmp_path: Path) -> None:
    profile = tmp_path / "organisatie.toml"
    profile.write_text('versie = 1\n[organisatie]\nnaam = "JGZ Zuid"\n\n[[vertaling]]\n'
                       'taal = "Arabisch"\nnagekeken_op = 2026-01-05\n'
                       'nagekeken_door = "tolk-vertaler Arabisch"\n', encoding="utf-8")
    target = tmp_path / "folder.pdf"
    result = _run(tmp_path, "--age", "2.5", "--question", "gedrag", "--taal", "ar",
                  "-o", str(target), profile=profile)
    assert result.returncode == 0, result.stderr
    text = _pdf_text(target)
    assert re.search(SCRIPT["ar"], text) and UNREVIEWED_NL not in text


def test_without_taal_the_handout_is_dutch_only(tmp_path: Path) -> None:
    target = tmp_path / "folder.pdf"
    result = _run(tmp_path, "--age", "2.5", "--question", "gedrag", "-o", str(target))
    assert result.returncode == 0, result.stderr
    text = _pdf_text(target)
    assert not re.search(SCRIPT["ar"], text) and UNREVIEWED_NL not in text


@pytest.mark.parametrize("code", ["de", "AR", "", "arabisch"])
def test_an_unknown_language_is_one_dutch_line(tmp_path: Path, code: str) -> None:
    target = tmp_path / "folder.pdf"
    result = _run(tmp_path, "--age", "2.5", "--question", "gedrag", "--taal", code,
                  "-o", str(target))
    assert result.returncode == 2, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert lines[0] == (f"opvoedapp: onbekende taal '{code}'; kies uit ar (Arabisch), "
                        "en (Engels), uk (Oekraïens), pl (Pools), tr (Turks), of laat --taal "
                        "weg voor alleen Nederlands.")
    assert not target.exists()


def test_the_help_names_the_languages_in_dutch(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "opvoedapp", "handout", "--help"],
                            cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0
    help_text = " ".join(result.stdout.split())
    assert "--taal TAAL" in help_text
    assert ("taal van de ouder, naast het Nederlands: en (Engels), tr (Turks), ar (Arabisch), "
            "pl (Pools) of uk (Oekraïens); zonder --taal alleen Nederlands") in help_text
