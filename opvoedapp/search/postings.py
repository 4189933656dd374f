"""Which entries hold which word form: prefix look-ups in a sorted list instead of a scan.

Each distinct form (word, stem, compound part) has a bit mask of the entries that hold it.
A typed word matches the forms it starts (a contiguous range of the sorted list, found with
``bisect``); the masks of those forms are OR-ed, the words of a query AND-ed. The cost of a
keystroke then grows with the number of matching forms and entries, not with all the text.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from opvoedapp.search.folding import Query

_AFTER_EVERY_LETTER = "\U0010ffff"


class Postings:
    def __init__(self, haystacks: Iterable[str]) -> None:
        masks: dict[str, int] = {}
        for n, haystack in enumerate(haystacks):
            bit = 1 << n
            for form in set(haystack.split()):
                masks[form] = masks.get(form, 0) | bit
        self._forms = sorted(masks)
        self._masks = [masks[form] for form in self._forms]

    def _starting_with(self, prefix: str) -> int:
        low = bisect_left(self._forms, prefix)
        high = bisect_left(self._forms, prefix + _AFTER_EVERY_LETTER, low)
        mask = 0
        for m in self._masks[low:high]:
            mask |= m
        return mask

    def count(self, q: Query) -> int:
        """In how many entries every typed word occurs (how common the words are)."""
        return len(self.candidates(q))

    def candidates(self, q: Query) -> list[int]:
        """Entry numbers where every typed word (or its stem) starts some form, in order."""
        found = -1
        for word, root in zip(q.typed, q.stems, strict=True):
            found &= self._starting_with(word) | self._starting_with(root.strip())
            if not found:
                return []
        bits = bin(found)[:1:-1]  # bit n is character n
        result, n = [], bits.find("1")
        while n != -1:
            result.append(n)
            n = bits.find("1", n + 1)
        return result
