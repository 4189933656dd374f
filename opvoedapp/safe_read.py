"""Read a file the user (or an application manager) hands us, without letting it hurt.

Used by the profile loader and the feedback importer. Every check happens before a byte is
read: the path is stat'ed first (a symlink loop, a FIFO, a device, a directory or a file over
the limit is refused in Dutch), opened non-blocking (a FIFO swapped in after the stat cannot
hang the window), checked again on the open descriptor, and read at most ``limit + 1`` bytes
(``/dev/zero`` or a file that grows while we read cannot fill memory). Qt-free.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path

from opvoedapp.errors import OpvoedappError

_QUOTED = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'')
MAX_NESTING = 32  # a profile nests 2 levels, a feedback file 2; 32 leaves room and no risk


# Named for what happened (a read refused), like NotSavedYet; 'Error' adds nothing here.
class ReadRefused(OpvoedappError):  # noqa: N818
    """``message`` is a Dutch phrase to put after the file's description ("… is een map")."""


def file_kind(mode: int) -> str | None:
    """A Dutch name for what is not a regular file, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "een map"
    if stat.S_ISFIFO(mode):
        return "een pijp (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "een apparaat"
    if stat.S_ISSOCK(mode):
        return "een socket"
    return "geen gewoon bestand"


def os_reason(exc: OSError) -> str:
    """The Dutch words for why the operating system refused (never its English strerror)."""
    reasons = {errno.ENOENT: "bestaat niet",
               errno.ELOOP: "is een kringverwijzing (symlink-lus)",
               errno.EACCES: "mag niet worden gelezen (geen toegang)",
               errno.EPERM: "mag niet worden gelezen (geen toegang)",
               errno.ENOTDIR: "bestaat niet (een deel van het pad is geen map)",
               errno.ENAMETOOLONG: "kan niet worden gelezen (te lange naam)",
               errno.EISDIR: "is een map",
               errno.EIO: "kan niet worden gelezen (schijffout)"}
    return reasons.get(exc.errno or 0, f"kan niet worden gelezen (foutcode {exc.errno})")


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at ``path`` (symlinks followed), at most ``limit``."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise ReadRefused(os_reason(exc)) from exc
    except ValueError as exc:  # a NUL in the name
        raise ReadRefused("heeft een ongeldige naam") from exc
    kind = file_kind(info.st_mode)
    if kind is not None:
        raise ReadRefused(f"is {kind}, geen gewoon bestand; het wordt niet gelezen")
    if info.st_size > limit:
        raise ReadRefused(f"is te groot (meer dan {_size(limit)})")
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                         | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise ReadRefused(os_reason(exc)) from exc
    try:
        kind = file_kind(os.fstat(handle).st_mode)  # swapped between stat and open
        if kind is not None:
            raise ReadRefused(f"is {kind}, geen gewoon bestand; het wordt niet gelezen")
        chunks, total = [], 0
        while total <= limit:
            chunk = os.read(handle, limit + 1 - total)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise ReadRefused(os_reason(exc)) from exc
    finally:
        os.close(handle)
    if total > limit:
        raise ReadRefused(f"is te groot (meer dan {_size(limit)})")
    return b"".join(chunks)


def _size(limit: int) -> str:
    return f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"{limit // 1024} kB"


def nesting_depth(text: str, limit: int = MAX_NESTING) -> int:
    """How deep ``[``/``{`` nest outside strings, counting no further than ``limit + 1``.

    Run before a JSON or TOML parser sees the text: those parsers recurse per level, so a
    file of ten thousand brackets would otherwise end in RecursionError (or take seconds).
    Strings are skipped with both JSON's and TOML's quoting rules, so a bracket inside a
    label does not count.
    """
    depth = deepest = 0
    index, length = 0, len(text)
    while index < length:
        char = text[index]
        if char in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    return deepest
        elif char in "]}":
            depth = max(0, depth - 1)
        elif char in {'"', "'"}:
            index = _after_string(text, index, char)
            continue
        elif char == "#" and depth == 0:  # a TOML comment runs to the end of the line
            end = text.find("\n", index)
            index = length if end < 0 else end
            continue
        index += 1
    return deepest


def _after_string(text: str, start: int, quote: str) -> int:
    triple = text.startswith(quote * 3, start)
    closing = quote * 3 if triple else quote
    index = start + len(closing)
    while index < len(text):
        if quote == '"' and text[index] == "\\":
            index += 2
            continue
        if text.startswith(closing, index):
            return index + len(closing)
        if not triple and text[index] == "\n":  # an unclosed string: the parser says so
            return index
        index += 1
    return index


def longest_key_path(text: str) -> int:
    """The most dots in one TOML key or table header (``[a.b.c]`` counts 2), outside strings.

    A header with a hundred thousand dotted parts took tomllib six seconds to refuse.
    """
    longest = 0
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("["):
            key = stripped.split("]", 1)[0]
        elif "=" in stripped:
            key = stripped.split("=", 1)[0]
        else:
            continue
        longest = max(longest, _QUOTED.sub("", key).count("."))
    return longest
