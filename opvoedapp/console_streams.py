"""The command line's output streams, also where there is no console.

Two Windows facts: a windowed program (the frozen build has no console window) starts with
``sys.stdout`` and ``sys.stderr`` set to None, so a plain ``sys.stderr.write`` would raise; and
output piped to a file uses the ANSI code page (cp1252), which cannot encode every character
the guideline uses (ĳ, €), so a print would raise UnicodeEncodeError half-way.
"""

from __future__ import annotations

import io
import sys


class _Collected(io.StringIO):
    """Stands in for a missing stream; what was written is shown afterwards."""


def prepare() -> None:
    """Make the streams safe to write to before a command runs."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, _Collected())
        elif hasattr(stream, "reconfigure"):
            # A character the stream cannot encode becomes "?" instead of an exception.
            stream.reconfigure(errors="replace")


def without_console() -> bool:
    """True in a program started without a console (after ``prepare``, or before it)."""
    return sys.stdout is None or isinstance(sys.stdout, _Collected)


def show_collected_errors() -> None:
    """In a program without a console: show the error lines a command wrote, in a dialog.

    Without this a failed command (for example ``self-test -o`` to a folder that cannot be
    written) would end silently; the exit code alone is easy to miss.
    """
    errors = sys.stderr
    if not isinstance(errors, _Collected) or not errors.getvalue().strip():
        return
    from PySide6.QtWidgets import QApplication, QMessageBox

    _app = QApplication.instance() or QApplication([sys.argv[0]])
    box = QMessageBox(QMessageBox.Icon.Critical, "Opvoedapp", errors.getvalue().strip())
    box.setObjectName("command-error")
    box.exec()
