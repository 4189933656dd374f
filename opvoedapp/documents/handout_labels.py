"""The handout's fixed words (headings, labels, the footnote) in one language, from the content.

They are text blocks `handout.label.<name>` (data/source/handout_labels.toml) with their
translations beside them like every parent text, so no heading is a Python literal and a
bilingual handout has each one in both languages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields

PREFIX = "handout.label."


@dataclass(frozen=True)
class HandoutLabels:
    title: str = ""
    addressee: str = ""        # holds "{addressee}"
    personal_note: str = ""
    question_normal: str = ""
    question_tips: str = ""
    question_help: str = ""
    agreements: str = ""
    follow_up: str = ""
    phase_normal: str = ""
    phase_tips: str = ""
    phase_next: str = ""
    phase_worry: str = ""
    interventions: str = ""
    sign_up: str = ""
    no_text: str = ""
    more_reading: str = ""
    contact: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    footnote: str = ""
    unreviewed: str = ""
    page: str = ""


def handout_labels(text: Callable[[str], str]) -> HandoutLabels:
    """Every label through ``text`` (a content's Dutch, or its translation for one language)."""
    return HandoutLabels(**{f.name: text(PREFIX + f.name) for f in fields(HandoutLabels)})
