"""Special files where a test expects a regular one, and small real disks: the one builder
every test uses.

FIFO (blocks a reader), directory, symlink loop, /dev/zero (never ends), a dangling link, an
oversize sparse file, a name no system accepts, and a character device (root only: a private
copy of /dev/full, never the machine's own device).
"""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

SPECIAL_KINDS = ("fifo", "directory", "symlink-loop", "dev-zero", "dangling", "oversize",
                 "unreadable-name")
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def make_special(path: Path, kind: str, limit: int = 0) -> Path:
    """Put a special file of ``kind`` at ``path``; return the path to hand the code tested.

    ``limit``: for "oversize", the size allowed (the file is one byte more). "device" skips
    the test when not root (making a device node needs it)."""
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "directory":
        path.mkdir()
    elif kind == "symlink-loop":
        other = path.with_name(path.name + ".b")
        os.symlink(other.name, path)
        os.symlink(path.name, other)
    elif kind == "dev-zero":
        os.symlink("/dev/zero", path)
    elif kind == "dangling":
        os.symlink(path.with_name("bestaat-niet"), path)
    elif kind == "oversize":
        with open(path, "wb") as out:  # sparse: costs no disk
            out.truncate(limit + 1)
    elif kind == "unreadable-name":
        return path.with_name("a\0b")
    elif kind == "device":
        if not AS_ROOT:
            pytest.skip("making a device node needs root")
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 7))  # a private /dev/full
    else:
        raise ValueError(kind)
    return path


@contextmanager
def small_tmpfs(mount: Path, options: str = "size=64k") -> Iterator[Path]:
    """A real tmpfs at ``mount`` (made here): 64 kB fills up as a nurse's full disk does, and
    with ``ro`` in ``options`` it is a read-only disk. Skips the test when not root or when
    tmpfs cannot be mounted; unmounted lazily afterwards, even if a file is still open."""
    if not AS_ROOT:
        pytest.skip("mounting a tmpfs needs root")
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(mount)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"tmpfs cannot be mounted here: {done.stderr!r}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)
