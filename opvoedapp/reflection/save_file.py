"""Write a feedback file or a round's backup through the one safe writer (safe_write): whole or
not at all, normal permissions (a form is meant to be sent on), a Dutch message instead of a
traceback."""

from __future__ import annotations

from pathlib import Path

from opvoedapp.safe_write import SaveError, write_atomically


def save_text(target: Path, text: str) -> str:
    """Write ``text`` to ``target``; return "" or a Dutch message."""
    try:
        write_atomically(target, text)
    except SaveError as exc:
        return exc.message
    return ""
