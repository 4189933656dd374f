"""Answers given but not yet in the file (a full disk, a busy file): kept until saved.

The review found 10 of 20 answers given on a full disk gone after space returned: a failed
save was simply forgotten. Now every answer goes through this queue first and leaves it only
once committed; the store retries the queue on the next answer and when a timer asks.
"""

from __future__ import annotations


class PendingAnswers:
    """In the order given; a later answer to the same item replaces the earlier one."""

    def __init__(self) -> None:
        self._answers: dict[tuple[int, str], int | None] = {}

    def add(self, round_id: int, item_key: str, value: int | None) -> None:
        self._answers.pop((round_id, item_key), None)  # to the end: the newest answer last
        self._answers[(round_id, item_key)] = value

    def in_order(self) -> list[tuple[int, str, int | None]]:
        return [(round_id, key, value) for (round_id, key), value in self._answers.items()]

    def saved(self, round_id: int, item_key: str, value: int | None) -> None:
        """Forget an answer once committed, unless a newer one came in meanwhile."""
        if self._answers.get((round_id, item_key), -1) == value:
            del self._answers[(round_id, item_key)]

    def __len__(self) -> int:
        return len(self._answers)
