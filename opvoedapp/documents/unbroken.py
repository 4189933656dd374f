"""Keep a phone number whole on the page, and with the word before it.

A line that ends in "Bel" with "010-7654321" on the next one (or a number split at its
spaces, "010 765" / "43 21") is read wrongly or not at all. Non-breaking spaces (U+00A0)
join them: ReportLab's Paragraph and documents.bidi_text break lines only at ordinary
whitespace, and neither breaks at a hyphen. Readers take U+00A0 as a space when copying.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
MIN_DIGITS = 6  # a phone number, not "2 weken" or "0-4 jaar"
# A number that may be written in groups: "010-7654321", "010 765 43 21", "+31 (0)10 765 4321".
_NUMBER = re.compile(r"(?<![\w+])\+?\(?\d[\d\-()/ ]*\d\)?(?!\w)")
_WORD_BEFORE = re.compile(r"(\w[\w.:]*) $")


def keep_phone_numbers_whole(text: str) -> str:
    """``text`` with the spaces inside each phone number, and the one space between it and
    the word before it, made non-breaking. Anything else is left exactly as it was."""
    if not text:
        return text
    out: list[str] = []
    at = 0
    for match in _NUMBER.finditer(text):
        number = match.group().strip()
        if sum(c.isdigit() for c in number) < MIN_DIGITS:
            continue
        start = match.start() + (len(match.group()) - len(match.group().lstrip()))
        before = text[at:start]
        if _WORD_BEFORE.search(before):  # "Bel 010-…": the word stays with its number
            before = before[:-1] + NBSP
        out += [before, number.replace(" ", NBSP)]
        at = start + len(number)
    out.append(text[at:])
    return "".join(out)
