"""Save a PDF (handout or report) through the one safe writer; a fault is one Dutch message."""

from __future__ import annotations

import os
from pathlib import Path

from opvoedapp.safe_write import SaveError, write_atomically


def save_pdf(target: Path, pdf: bytes) -> str:
    """Return "" when saved, else a Dutch message; an existing file is never left half-written."""
    # "-o /dev/full" once wrote /dev/full.pdf: something that exists and is not a regular
    # file is handed to the writer as named, which refuses it, instead of gaining ".pdf".
    if target.suffix.lower() != ".pdf" and (target.is_file() or not os.path.lexists(target)):
        target = target.with_suffix(".pdf")
    try:
        write_atomically(target, pdf)
    except SaveError as exc:
        return exc.message
    return ""
