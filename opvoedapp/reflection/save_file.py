"""Write a feedback file or a round's backup atomically; a Dutch message instead of a traceback."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path


def save_text(target: Path, text: str) -> str:
    """Write ``text`` to ``target`` whole or not at all; return "" or a Dutch message.

    The file gets the normal permissions (umask), not mkstemp's 0600, because a form is meant
    to be sent on; on failure the temporary file is removed.
    """
    if target.exists() and not target.is_file():
        return f"{target} is geen gewoon bestand; kies een andere naam."
    temp = ""
    try:
        handle, temp = tempfile.mkstemp(prefix=".feedback-", dir=target.parent)
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)
        os.replace(temp, target)
        temp = ""
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            return f"De schijf is vol: {target} is niet opgeslagen."
        return f"{target} is niet opgeslagen ({exc.strerror or exc})."
    finally:
        if temp:
            try:
                os.unlink(temp)
            except OSError:
                pass
    return ""
