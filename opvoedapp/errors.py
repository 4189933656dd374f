"""The one base class for every error the user may see: it carries a Dutch message.

Catching ``OpvoedappError`` catches every fault that lies in the user's environment or files
(a damaged database, a refused profile or feedback file, a full disk); anything else is our
bug and belongs to the crash handler.
"""

from __future__ import annotations


class OpvoedappError(Exception):
    """``message`` is Dutch and meant for the user, whole and ready to show."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
