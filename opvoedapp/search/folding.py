"""Fold text for matching what a nurse types: no case, no accents, punctuation as spaces.

"vht" finds "K-VHT"; "ouder baby" finds "Ouder-Baby-interventie"; "triple p 3" finds
"Triple P niveau 3": every typed word must start a word of the text.

Texts are kept as one string with a space before every word, so "typed word starts a word" is
a substring test for " " + word, which runs in C: one keystroke stays well under a millisecond
on the real content and grows linearly with it.
"""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() else " " for c in plain).split())


def words(text: str) -> tuple[str, ...]:
    return tuple(fold(text).split())


def word_starts(text: str) -> str:
    """The folded text with a leading space: every word is preceded by one space."""
    return " " + fold(text)


def needles(query: str) -> tuple[str, ...]:
    """What to look for in a ``word_starts`` string: " " + each typed word."""
    return tuple(" " + w for w in words(query))


def matches(query: tuple[str, ...], haystack: str) -> bool:
    """Every needle (from ``needles``) starts a word of the haystack (from ``word_starts``)."""
    return all(n in haystack for n in query)


def score(query: tuple[str, ...], title: str, text: str) -> int:
    """0 when not all words match; higher when the title matches, and exactly."""
    if not matches(query, text):
        return 0
    points = 1
    if matches(query, title):
        points += 10
        typed = "".join(query)
        if typed == title:
            points += 10
        elif title.startswith(typed + " ") or title == typed:
            points += 5
        elif title.startswith(typed):
            points += 3
    return points
