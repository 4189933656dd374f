"""Save a PDF (handout or report) through the one safe writer; a fault is one Dutch message."""

from __future__ import annotations

from pathlib import Path

from opvoedapp.safe_write import SaveError, write_atomically


def save_pdf(target: Path, pdf: bytes) -> str:
    """Return "" when saved, else a Dutch message; an existing file is never left half-written."""
    if target.suffix.lower() != ".pdf" and not target.is_symlink():
        target = target.with_suffix(".pdf")
    try:
        write_atomically(target, pdf)
    except SaveError as exc:
        return exc.message
    return ""
