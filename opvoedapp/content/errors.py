"""Errors about the guideline database, each carrying a Dutch message for the user."""

from opvoedapp.errors import OpvoedappError


class GuidelineDatabaseError(OpvoedappError):
    """The bundled guideline database cannot be used.

    ``message`` is Dutch and meant for the user; ``detail`` is for the log and for us.
    """

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail


class ContentSourceError(Exception):
    """The reviewable source files in data/source do not form valid content."""
