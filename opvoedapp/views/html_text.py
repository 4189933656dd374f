"""Guideline text as escaped HTML for Qt's rich-text labels (no Qt: importing a text widget
class creates its enums, and the start page needs only the escaping)."""

from __future__ import annotations

import html


def escape(text: str) -> str:
    return html.escape(text)


def bullet_list(items: tuple[str, ...] | list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"
