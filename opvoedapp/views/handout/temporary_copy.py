"""The private copy handed to the system's PDF reader, which may carry an addressee's name.

It lives in its own folder under the system's temporary folder and is removed when the
handout dialog closes. A reader may still hold it open then (Windows refuses the removal) or
the program may be killed, so copies older than ``STALE_AFTER_S`` are removed the next time
a handout is made; a younger one may belong to a reader that is still open.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from opvoedapp.documents.save import save_pdf

PREFIX = "opvoedapp-folder-"
STALE_AFTER_S = 15 * 60


def sweep_stale(now: float | None = None, folder: Path | None = None) -> None:
    now = time.time() if now is None else now
    for old in Path(folder or tempfile.gettempdir()).glob(f"{PREFIX}*"):
        try:
            if old.is_dir() and now - old.stat().st_mtime > STALE_AFTER_S:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            continue  # another user's folder, or gone meanwhile


class TemporaryCopy:
    def __init__(self) -> None:
        self._folder: Path | None = None

    def write(self, pdf: bytes) -> tuple[Path | None, str]:
        """(path of the copy, "") or (None, a Dutch message)."""
        try:
            if self._folder is None:
                self._folder = Path(tempfile.mkdtemp(prefix=PREFIX))
        except OSError as exc:
            return None, (f"Er is geen plek voor een tijdelijke kopie ({exc.strerror}). Sla de "
                          "folder op of druk hem af.")
        target = self._folder / "folder.pdf"
        error = save_pdf(target, pdf)
        return (None, error) if error else (target, "")

    def remove(self) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None
