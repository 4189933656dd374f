"""A read-only rich-text pane, the simplest honest way to show guideline content."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser, QWidget

from opvoedapp.views.html_text import bullet_list, escape

__all__ = ["TextView", "bullet_list", "escape"]  # the escaping lives in html_text (no Qt)


class TextView(QTextBrowser):
    def __init__(self, object_name: str, accessible_name: str, body_html: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self.setOpenLinks(False)
        self.setHtml(body_html)
