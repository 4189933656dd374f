"""A descriptive file name for a saved handout, and where it goes (no Qt).

"folder-grenzen-peuter-2026-12-01.pdf": question, the parent's word for the child's phase, the
date. No name of a child or family is ever part of it. The folder is the user's Documents
folder (the caller asks Qt's QStandardPaths for it), never the program folder or the working
directory.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from opvoedapp.documents.handout_parts import PHASE_WORD


def handout_file_name(question_key: str = "", phase_key: str = "",
                      day: date | None = None) -> str:
    parts = ["folder", question_key, PHASE_WORD.get(phase_key, ""),
             (day or date.today()).isoformat()]
    return "-".join(p for p in parts if p) + ".pdf"


def handout_save_path(documents_dir: str | Path, file_name: str) -> Path:
    """The proposed path; an empty or relative Documents location is refused, because the
    working directory may be the program folder."""
    folder = Path(documents_dir) if documents_dir else None
    if folder is None or not folder.is_absolute():
        folder = Path.home()
    return folder / file_name
