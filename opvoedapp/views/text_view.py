"""A read-only rich-text pane, the simplest honest way to show guideline content."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser, QWidget


def escape(text: str) -> str:
    return html.escape(text)


def bullet_list(items: tuple[str, ...] | list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"


class TextView(QTextBrowser):
    def __init__(self, object_name: str, accessible_name: str, body_html: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self.setOpenLinks(False)
        self.setHtml(body_html)
