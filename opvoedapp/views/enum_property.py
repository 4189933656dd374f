"""Set a Qt enum property by its key's name, as a .ui file does, without Python's enum.

PySide creates every Python enum of a Qt class the first time the class is touched: ``Qt``'s
~90 enums cost more than the whole Beslisschema start page (bench/bench_startup.py). Widgets
on screen at start-up set their few enum values through ``QObject.setProperty`` with the
key's name instead, which Qt converts itself.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def set_enum(target: QObject, name: str, key: str) -> None:
    """``target``'s enum property ``name`` to ``key`` (e.g. "focusPolicy", "NoFocus")."""
    if not target.setProperty(name, key):
        raise ValueError(f"{type(target).__name__} has no {name} value {key!r}")
