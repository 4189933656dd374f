"""Hostile input for the importer tests: deep nesting, long numbers, images, and the one way
to run an import and sort what came out (special files are in special_files.py).

Shared by the profile and feedback fuzz tests so both meet the same input.
"""

from __future__ import annotations

import struct
import threading
import zlib
from collections.abc import Callable

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


def nested(depth: int, opening: str = "[", closing: str = "]") -> str:
    return opening * depth + closing * depth


def is_dutch(message: str) -> bool:
    return bool(message) and not any(word in message for word in ENGLISH)


def outcome(call: Callable[[], object], refusal: type[Exception], accepted: type) -> str:
    """'accepted' or 'refused' (a ``refusal`` with a Dutch message); anything else raised
    fails the test, and so does a call that does not end within 10 s (a FIFO read, or
    /dev/zero read whole)."""
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["result"] = call()
        except refusal as exc:
            box["refused"] = getattr(exc, "message", "")
        except BaseException as exc:
            box["crash"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=10)
    assert not worker.is_alive(), "the import blocked (a FIFO read, or /dev/zero read whole)"
    assert "crash" not in box, repr(box.get("crash"))
    if "refused" in box:
        assert is_dutch(str(box["refused"])), box["refused"]
        return "refused"
    assert isinstance(box["result"], accepted), box["result"]
    return "accepted"
