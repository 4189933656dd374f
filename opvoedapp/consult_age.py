"""The child's age for the consult bar: from a typed date of birth, and what to say about it.

No Qt; nothing here is stored. Dutch messages are returned for the bar to show where the user
types.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from opvoedapp.content.age_mapping import GUIDELINE_MAX_MONTHS, OUTER_MAX_MONTHS

_DATE = re.compile(r"^\s*(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})\s*$")


@dataclass(frozen=True)
class AgeReading:
    months: int | None  # None when refused
    message: str  # Dutch: why refused, or a note about the age; "" when nothing to say


def months_between(birth: date, today: date) -> int:
    months = (today.year - birth.year) * 12 + (today.month - birth.month)
    if today.day < birth.day:
        months -= 1
    return months


def age_from_birth_date(text: str, today: date) -> AgeReading:
    match = _DATE.match(text)
    if not match:
        return AgeReading(None, "Schrijf de geboortedatum als dd-mm-jjjj, bijvoorbeeld 03-11-2023.")
    day, month, year = (int(g) for g in match.groups())
    try:
        birth = date(year, month, day)
    except ValueError:
        return AgeReading(None, "Deze datum bestaat niet. Schrijf hem als dd-mm-jjjj.")
    if birth > today:
        return AgeReading(None, "Deze geboortedatum ligt in de toekomst.")
    months = months_between(birth, today)
    if months > OUTER_MAX_MONTHS + 11:
        return AgeReading(None, "Ouder dan 23 jaar: dat valt buiten de jeugdgezondheidszorg.")
    return AgeReading(months, age_note(months))


def age_note(months: int | None) -> str:
    if months is not None and months > GUIDELINE_MAX_MONTHS:
        return ("De richtlijn beschrijft 0 tot 19 jaar; 19 tot 23 jaar wordt alleen kort "
                "genoemd. De tabellen gaan niet over deze leeftijd.")
    return ""


# Why two neighbouring bands are shown for one age (content.age_mapping reasons).
REASONS = {
    "grens": "De leeftijd ligt dicht bij een grens van de (globale) fasen; beide worden getoond.",
    "tussen": "Tabel 1 heeft geen fase tussen 4 en 5 jaar; de fasen ervoor en erna worden getoond.",
    "buiten": "De richtlijn beschrijft 0 tot 19 jaar; deze leeftijd valt erbuiten.",
}

PREGNANCY_NOTE = ("De richtlijn noemt de zwangerschap (vanaf -9 maanden) alleen kort; de tabellen "
                  "beginnen bij de geboorte.")
