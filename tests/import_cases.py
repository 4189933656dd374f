"""Hostile files for the importer tests: special files, deep nesting, long numbers, images.

Shared by the profile and feedback fuzz tests so both meet the same special files.
"""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path

SPECIAL_KINDS = ("fifo", "directory", "symlink-loop", "dev-zero", "dangling", "oversize",
                 "unreadable-name")
ENGLISH = ("Errno", "denied", "No such", "Is a directory", "Too many", "Traceback",
           "RecursionError", "Exceeds the limit")


def png(width: int = 2, height: int = 2) -> bytes:
    """A small valid PNG, built by hand so the Qt-free tests need no image library."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))

    rows = b"".join(b"\x00" + b"\x10\x80\xf0" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2,
                                                             0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def png_header_claiming(width: int, height: int) -> bytes:
    """The first bytes of a PNG whose header claims a huge size (a decompression bomb)."""
    whole = png()
    return whole[:16] + struct.pack(">II", width, height) + whole[24:]


def make_special(path: Path, kind: str, limit: int) -> Path:
    """Put a special file of ``kind`` at ``path``; return the path to hand the importer."""
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
    else:
        raise ValueError(kind)
    return path


def nested(depth: int, opening: str = "[", closing: str = "]") -> str:
    return opening * depth + closing * depth


def is_dutch(message: str) -> bool:
    return bool(message) and not any(word in message for word in ENGLISH)
