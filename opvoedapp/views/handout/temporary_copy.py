"""The private copy handed to the system's PDF reader, which may carry an addressee's name.

It lives in its own folder under the system's temporary folder and is removed when the
handout dialog closes. A reader may still hold it open then (Windows refuses the removal) or
the program may be killed. The folder's name carries the process id, so at the next start
(``app.run``) and whenever a handout is made, copies of a process that no longer runs are
removed at once, and any copy older than ``STALE_AFTER_S``; a younger copy of a running
Opvoedapp may belong to a reader that is still open.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

PREFIX = "opvoedapp-folder-"
STALE_AFTER_S = 15 * 60


def _owner_gone(name: str) -> bool:
    """True when the folder's name says which process made it and that process is gone."""
    pid_text = name[len(PREFIX):].partition("-")[0]
    if not pid_text.isdigit() or int(pid_text) == os.getpid() or sys.platform == "win32":
        return False  # Windows: no safe liveness check; the age rule still applies there
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # alive, but another user's
    return False


def sweep_stale(now: float | None = None, folder: Path | None = None) -> None:
    now = time.time() if now is None else now
    for old in Path(folder or tempfile.gettempdir()).glob(f"{PREFIX}*"):
        try:
            if old.is_dir() and not old.is_symlink() and (
                    _owner_gone(old.name) or now - old.stat().st_mtime > STALE_AFTER_S):
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
                self._folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-"))
        except OSError as exc:
            return None, (f"Er is geen plek voor een tijdelijke kopie ({exc.strerror}). Sla de "
                          "folder op of druk hem af.")
        from opvoedapp.documents.save import save_pdf  # not at start-up's sweep (bench/)

        target = self._folder / "folder.pdf"
        error = save_pdf(target, pdf)
        return (None, error) if error else (target, "")

    def remove(self) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None
