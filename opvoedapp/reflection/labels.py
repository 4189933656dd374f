"""Competency labels for charts: broken between words, never cut inside one."""

from __future__ import annotations

import textwrap


def label_lines(number: int, title: str, width: int = 18) -> list[str]:
    """'6. Zorg coördineren (eventueel)' as lines of at most ``width`` characters where the
    words allow; a word longer than ``width`` gets its own line, whole."""
    return textwrap.wrap(f"{number}. {title}", width, break_long_words=False,
                         break_on_hyphens=False)


def words(text: str, limit: int) -> str:
    """``text`` up to ``limit`` characters, shortened between words with '…'."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,(") + "…"
