"""Fold text for matching what a nurse types: no case, no accents, punctuation as spaces.

"vht" finds "K-VHT"; "ouder baby" finds "Ouder-Baby-interventie"; "triple p 3" finds
"Triple P niveau 3": every typed word must start a word of the text.
"""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() else " " for c in plain).split())


def words(text: str) -> tuple[str, ...]:
    return tuple(fold(text).split())


def matches(query_words: tuple[str, ...], text_words: tuple[str, ...]) -> bool:
    return all(any(w.startswith(q) for w in text_words) for q in query_words)


def score(query_words: tuple[str, ...], title_words: tuple[str, ...],
          text_words: tuple[str, ...]) -> int:
    """0 when not all words match; higher when the title matches, and exactly."""
    if not matches(query_words, text_words):
        return 0
    points = 1
    if matches(query_words, title_words):
        points += 10
        if " ".join(query_words) == " ".join(title_words):
            points += 10
        elif title_words[: len(query_words)] == query_words:
            points += 5
    return points
