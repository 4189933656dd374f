"""The one safe writer: atomic, normal permissions, nothing left behind, Dutch, no devices."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from opvoedapp import safe_write
from opvoedapp.safe_write import SaveError, write_atomically
from special_files import make_special, small_tmpfs


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture
def tiny_disk(tmp_path: Path):
    """A real 64 kB tmpfs (as root); the disk-full case as the user meets it (the injected
    ENOSPC test covers it elsewhere)."""
    with small_tmpfs(tmp_path / "klein") as mount:
        yield mount


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_saved_file_gets_the_permissions_the_umask_gives(tmp_path: Path, umask: int,
                                                             mode: int) -> None:
    old = os.umask(umask)
    try:
        write_atomically(tmp_path / "organisatie.toml", "versie = 1\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "organisatie.toml").st_mode) == mode


def test_replacing_keeps_the_old_file_whole_until_the_new_one_is_complete(tmp_path: Path,
                                                                          monkeypatch) -> None:
    target = tmp_path / "inhoud.json"
    target.write_text("oud", encoding="utf-8")

    def broken_fsync(_fd: int) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(safe_write.os, "fsync", broken_fsync)
    with pytest.raises(SaveError) as caught:
        write_atomically(target, "nieuw")
    assert target.read_text(encoding="utf-8") == "oud"
    assert _leftovers(tmp_path) == []
    assert "niet opgeslagen" in caught.value.message and "I/O" not in caught.value.message


def test_a_full_disk_for_real_gives_dutch_keeps_the_old_file_and_leaves_nothing(
        tiny_disk: Path) -> None:
    target = tiny_disk / "folder.pdf"
    write_atomically(target, b"%PDF-oud")
    with pytest.raises(SaveError) as caught:
        write_atomically(target, b"x" * (256 * 1024))
    assert caught.value.message.startswith("De schijf is vol")
    assert "Errno" not in caught.value.message
    assert target.read_bytes() == b"%PDF-oud"
    assert _leftovers(tiny_disk) == []


def test_an_injected_full_disk_gives_the_same_message(tmp_path: Path, monkeypatch) -> None:
    real_write = os.write

    def full(fd: int, data) -> int:
        if len(data) > 10:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(safe_write.os, "write", full)
    with pytest.raises(SaveError, match="^De schijf is vol"):
        write_atomically(tmp_path / "a.json", "x" * 100)
    assert _leftovers(tmp_path) == [] and not (tmp_path / "a.json").exists()


def test_a_read_only_disk_is_said_in_dutch(tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "ro", "size=64k,ro") as mount, \
            pytest.raises(SaveError, match="alleen-lezen"):
        write_atomically(mount / "zelftest.txt", "ok\n")


def test_no_permission_is_said_in_dutch(tmp_path: Path, monkeypatch) -> None:
    def refused(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(safe_write.os, "open", refused)
    with pytest.raises(SaveError, match="U mag hier niet opslaan"):
        write_atomically(tmp_path / "a.pdf", b"%PDF")


def test_a_missing_folder_is_said_in_dutch(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="bestaat niet"):
        write_atomically(tmp_path / "weg" / "a.pdf", b"%PDF")


def test_an_empty_name_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="Geen bestandsnaam"):
        write_atomically(Path(""), "x")


def test_a_device_is_refused_never_replaced(tmp_path: Path) -> None:
    device = make_special(tmp_path / "full", "device")
    with pytest.raises(SaveError, match="apparaat"):
        write_atomically(device, "{}")
    assert stat.S_ISCHR(os.lstat(device).st_mode)
    assert _leftovers(tmp_path) == []


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = make_special(tmp_path / "pijp", "fifo")
    with pytest.raises(SaveError, match="pijp"):
        write_atomically(fifo, "x")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_directory_is_refused(tmp_path: Path) -> None:
    make_special(tmp_path / "map.pdf", "directory")
    with pytest.raises(SaveError, match="een map"):
        write_atomically(tmp_path / "map.pdf", b"%PDF")
    assert (tmp_path / "map.pdf").is_dir()


def test_a_symlink_is_written_through_to_its_target(tmp_path: Path) -> None:
    (tmp_path / "echt").mkdir()
    real = tmp_path / "echt" / "organisatie.toml"
    real.write_text("oud", encoding="utf-8")
    link = tmp_path / "organisatie.toml"
    link.symlink_to(Path("echt") / "organisatie.toml")
    assert write_atomically(link, "nieuw") == real
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "nieuw"


def test_a_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "rapport.pdf"
    link.symlink_to(tmp_path / "nieuw.pdf")
    write_atomically(link, b"%PDF")
    assert link.is_symlink() and (tmp_path / "nieuw.pdf").read_bytes() == b"%PDF"


def test_a_symlink_to_a_special_file_is_refused(tmp_path: Path) -> None:
    # Never /dev/null itself: a broken writer would replace the machine's device.
    fifo = make_special(tmp_path / "pijp", "fifo")
    link = tmp_path / "uit.json"
    link.symlink_to(fifo)
    with pytest.raises(SaveError, match="pijp"):
        write_atomically(link, "{}")
    assert link.is_symlink() and stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_symlink_loop_is_refused_in_dutch(tmp_path: Path) -> None:
    make_special(tmp_path / "a.pdf", "symlink-loop")
    with pytest.raises(SaveError, match="kringverwijzing"):
        write_atomically(tmp_path / "a.pdf", b"%PDF")
