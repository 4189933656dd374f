"""Write a PDF atomically; a full or read-only disk becomes one Dutch message, never a crash."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path


def save_pdf(target: Path, pdf: bytes) -> str:
    """Return "" when saved, else a Dutch message; an existing file is never left half-written."""
    if target.suffix.lower() != ".pdf":
        target = target.with_suffix(".pdf")
    try:
        handle, temp = tempfile.mkstemp(prefix=".folder-", suffix=".pdf", dir=target.parent)
    except OSError as exc:
        return _message(target, exc)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(pdf)
        os.replace(temp, target)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        return _message(target, exc)
    return ""


def _message(target: Path, exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return (f"De schijf is vol: {target} is niet opgeslagen. "
                "Maak ruimte vrij of kies een andere plek.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"U mag hier niet opslaan: {target.parent}. Kies een andere map."
    if exc.errno == errno.ENOENT:
        return f"De map {target.parent} bestaat niet. Kies een andere map."
    return f"{target} is niet opgeslagen ({exc.strerror})."
