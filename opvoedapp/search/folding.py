"""Fold and match text the way a nurse types it: no case, no accents, Dutch word forms, compounds.

Matching rules, from loose to strict (the ranking in ``score`` rewards the strict ones):

- every typed word starts a word of the text: "vht" finds "K-VHT", "ouder baby" finds
  "Ouder-Baby-interventie", "triple p 3" finds "Triple P niveau 3";
- or its Dutch stem (Snowball's Dutch stemmer, via PyStemmer) starts the stem of a word:
  "slapen" and "slaap" both stem to "slaap"; "broertjes" finds "broers";
- or it starts a part of a compound word: "slaap" finds "Eet-/slaapproblemen" and
  "mishandeling" finds "kindermishandeling". Compounds are split only into parts that occur as
  words of the same content (``Vocabulary``), so the split follows the guideline's own words
  rather than rules written by hand.

A text is kept as one string with a space before every word and every extra form, so "typed
word starts a word" is a substring test for " " + word, which runs in C.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import Stemmer

_STEMMER = Stemmer.Stemmer("dutch")
# Dutch links the parts of a compound with these (opvoeding-s-ondersteuning, kind-er-opvang).
LINKING = ("", "s", "e", "en", "er")
MIN_PART = 3  # shorter "parts" (ge, be, on) are prefixes, not words


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() else " " for c in plain).split())


def words(text: str) -> tuple[str, ...]:
    return tuple(fold(text).split())


def word_starts(text: str) -> str:
    """The folded text with a leading space: every word is preceded by one space."""
    return " " + fold(text)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball Dutch stem of one folded word (numbers and short words as they are)."""
    return _STEMMER.stemWord(word) if word.isalpha() and len(word) > 2 else word


class Vocabulary:
    """The words of one body of content, to split its compounds into parts it also uses."""

    def __init__(self, texts: list[str] | tuple[str, ...]) -> None:
        self._known = {w for text in texts for w in fold(text).split()
                       if len(w) >= MIN_PART and w.isalpha()}
        self._cache: dict[str, tuple[str, ...]] = {}

    def parts(self, word: str) -> tuple[str, ...]:
        """The parts of a compound ("slaapproblemen" → slaap, problemen), or () if none."""
        if word not in self._cache:
            self._cache[word] = self._split(word, 0) or ()
        return self._cache[word]

    def _split(self, word: str, depth: int) -> tuple[str, ...] | None:
        if len(word) < 2 * MIN_PART or depth > 3 or not word.isalpha():
            return None
        # Longest head first: "opvoedingsondersteuning" is opvoeding+s+ondersteuning.
        for cut in range(len(word) - MIN_PART, MIN_PART - 1, -1):
            head = word[:cut]
            if head not in self._known:
                continue
            for link in LINKING:
                if not word.startswith(link, cut):
                    continue
                tail = word[cut + len(link):]
                if len(tail) < MIN_PART:
                    continue
                if tail in self._known:
                    return (head, tail)
                rest = self._split(tail, depth + 1)
                if rest:
                    return (head, *rest)
        return None


def forms(text: str, vocabulary: Vocabulary | None = None) -> str:
    """The folded words, then their stems, compound parts and the parts' stems, each once,
    each between spaces: the haystack that ``matches`` searches (" word " is the very word)."""
    seen: dict[str, None] = {}
    plain = fold(text).split()
    extra: dict[str, None] = {}
    for word in plain:
        seen.setdefault(word)
        extra.setdefault(stem(word))
        for part in vocabulary.parts(word) if vocabulary else ():
            extra.setdefault(part)
            extra.setdefault(stem(part))
    return " " + " ".join([*seen, *(w for w in extra if w not in seen)]) + " "


@dataclass(frozen=True)
class Query:
    """What a nurse typed, folded once per keystroke."""

    typed: tuple[str, ...]  # the folded words
    needles: tuple[str, ...]  # " " + word: starts a word
    stems: tuple[str, ...]  # " " + stem: starts a stem or a compound part
    # What ``matches`` looks for per word: the stem alone when it starts the word (it then
    # finds everything the word finds), else word and stem ("slaap" → "slap"-less stems).
    probes: tuple[tuple[str, ...], ...] = ()
    exact: tuple[tuple[str, str], ...] = ()  # " word ", " stem ": the very word or its stem
    stem_text: str = ""  # the stems joined, to compare with aliases

    def __bool__(self) -> bool:
        return bool(self.typed)

    @property
    def text(self) -> str:
        return " ".join(self.typed)


@lru_cache(maxsize=256)
def query(text: str) -> Query:
    typed = words(text)
    needles = tuple(" " + w for w in typed)
    stems = tuple(" " + stem(w) for w in typed)
    probes = tuple((root,) if word.startswith(root) else (root, word)
                   for word, root in zip(needles, stems, strict=True))
    exact = tuple((word + " ", root + " ") for word, root in zip(needles, stems, strict=True))
    return Query(typed, needles, stems, probes, exact, " ".join(r[1:] for r in stems))


def matches(q: Query, haystack: str) -> bool:
    """Every typed word (or its stem) starts a word, stem or compound part of the haystack."""
    for probes in q.probes:
        for probe in probes:
            if probe in haystack:
                break
        else:
            return False
    return True


def _level(q: Query, n: int, title: str) -> int:
    """How well typed word n fits a title (a ``forms`` string): 3 the very word or its stem,
    2 the start of a word, 1 the start of a stem or compound part, 0 not in the title."""
    word, root = q.exact[n]
    if word in title or root in title:
        return 3
    if q.needles[n] in title:
        return 2
    return 1 if q.stems[n] in title else 0


def score(q: Query, title: str, title_forms: str, text_forms: str,
          aliases: tuple[str, ...] = ()) -> int:
    """0 when a typed word is missing; higher the more of the query is the entry itself.

    ``title`` is the ``word_starts`` form of the title, ``title_forms``/``text_forms`` the
    ``forms`` of the title and of everything (title included). ``aliases`` are folded names
    that stand for the entry itself ("meldcode" for the safety outcome): typing one exactly,
    or its stem, puts the entry first.
    """
    if not matches(q, text_forms):
        return 0
    points = 1
    typed = q.text
    if aliases:
        if typed in aliases or q.stem_text in aliases:
            points += 40
        elif any(alias.startswith(typed) for alias in aliases):
            points += 12
    levels = [_level(q, n, title_forms) for n in range(len(q.typed))]
    points += sum(levels)
    if all(levels):  # the whole query is in the title: above any match in a description
        points += 10
        plain = title[1:]
        if plain == typed:
            points += 10
        elif plain.startswith(typed + " "):
            points += 5
        elif plain.startswith(typed):
            points += 3
    return points
