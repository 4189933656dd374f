"""Who is one person in the team view: the same file, or the same rater on the same form.

A team leader may be sent the same result twice, or a colleague may fill in one form twice;
counting her twice would both skew the mean and make the "at least 3 people" rule a lie.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from opvoedapp.reflection.feedback_file import FeedbackResult


def person_key(raw: bytes, result: FeedbackResult) -> str:
    """The identity of the person behind a result file (no name is ever shown)."""
    if result.rater_name and result.form_id:
        return f"{result.rater_name.casefold()}|{result.form_id}"
    # A version 1 file has neither; the file itself is then the person.
    return "file|" + hashlib.sha256(raw).hexdigest()


@dataclass
class TeamFiles:
    """Result files read so far, one entry per person (a later day replaces an earlier one)."""

    people: dict[str, FeedbackResult] = field(default_factory=dict)
    _files: set[str] = field(default_factory=set)

    def add(self, raw: bytes, result: FeedbackResult) -> bool:
        """Add a file; False when it adds no new person (a copy or the same rater again)."""
        digest = hashlib.sha256(raw).hexdigest()
        if digest in self._files:
            return False
        self._files.add(digest)
        key = person_key(raw, result)
        known = self.people.get(key)
        self.people[key] = result if known is None or result.day >= known.day else known
        return known is None

    def score_maps(self) -> list[dict[str, int]]:
        return [result.scores for result in self.people.values()]
