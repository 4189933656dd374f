"""Every file the program writes goes through the one safe writer: checked per caller."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from opvoedapp.documents.save import save_pdf
from opvoedapp.profile.model import OrganisationProfile
from opvoedapp.profile.writer import write_profile_file
from opvoedapp.safe_write import SaveError
from special_files import make_special


def _cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "PATH": "/usr/bin:/bin",
           "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "opvoedapp", *args], env=env,
                          capture_output=True, text=True, check=False, timeout=120)


@pytest.mark.parametrize("command", ["export-content", "self-test"])
def test_the_command_line_refuses_a_fifo_as_output_in_one_dutch_line(tmp_path: Path,
                                                                     command: str) -> None:
    fifo = make_special(tmp_path / "pijp", "fifo")
    result = _cli(command, "-o", str(fifo), home=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "geen gewoon bestand" in result.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_export_content_writes_a_normal_readable_file(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        result = _cli("export-content", "-o", str(tmp_path / "inhoud.json"), home=tmp_path)
    finally:
        os.umask(old)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(os.stat(tmp_path / "inhoud.json").st_mode) == 0o644


def test_an_exported_profile_is_readable_by_every_user(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        written = write_profile_file(tmp_path / "organisatie.toml",
                                     OrganisationProfile(path=tmp_path / "x.toml", name="JGZ"))
    finally:
        os.umask(old)
    assert written.path == tmp_path / "organisatie.toml"
    assert stat.S_IMODE(os.stat(written.path).st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["organisatie.toml"]


def test_a_profile_over_a_directory_is_a_dutch_save_error(tmp_path: Path) -> None:
    make_special(tmp_path / "organisatie.toml", "directory")
    with pytest.raises(SaveError, match="een map"):
        write_profile_file(tmp_path / "organisatie.toml",
                           OrganisationProfile(path=tmp_path / "x.toml", name="JGZ"))


def test_a_handout_over_a_fifo_is_refused_with_a_message(tmp_path: Path) -> None:
    fifo = make_special(tmp_path / "folder.pdf", "fifo")
    assert "geen gewoon bestand" in save_pdf(fifo, b"%PDF")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_feedback_form_goes_through_the_safe_writer(tmp_path: Path) -> None:
    from opvoedapp.reflection.save_file import save_text

    make_special(tmp_path / "formulier.json", "directory")
    assert "een map" in save_text(tmp_path / "formulier.json", "{}")
    old = os.umask(0o022)
    try:
        assert save_text(tmp_path / "ander.json", "{}") == ""
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "ander.json").st_mode) == 0o644


def test_a_handout_to_a_special_file_without_pdf_suffix_creates_no_pdf_beside_it(
        tmp_path: Path) -> None:
    fifo = tmp_path / "pijp"  # as "handout -o /dev/full", without touching a real device
    os.mkfifo(fifo)
    assert "geen gewoon bestand" in save_pdf(fifo, b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pijp"]
    assert save_pdf(tmp_path / "folder", b"%PDF") == ""
    assert (tmp_path / "folder.pdf").read_bytes() == b"%PDF"
