"""Guideline text as escaped HTML for Qt's rich-text labels.

No Qt here (importing a text widget class creates its enums, and the Beslisschema's start page
needs only the escaping), and not the ``html`` module either: importing it loads its table
of 2,000 named entities, which escaping never uses (bench/bench_startup.py).
"""

from __future__ import annotations

# What html.escape(text) replaces, in its order: "&" first, so no entity is escaped twice.
_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#x27;"))


def escape(text: str) -> str:
    """``text`` as html.escape gives it: safe as rich text and in a quoted attribute."""
    for character, entity in _ESCAPES:
        text = text.replace(character, entity)
    return text


def bullet_list(items: tuple[str, ...] | list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"
