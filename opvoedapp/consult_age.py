"""The child's age for the consult bar: from a typed date of birth, and what to say about it.

No Qt; nothing here is stored. Dutch messages are returned for the bar to show where the user
types.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from opvoedapp.content.age_mapping import (
    GUIDELINE_MAX_MONTHS,
    OUTER_MAX_MONTHS,
    BandMatch,
    match_bands,
)

# The ways nurses type a date: 15-08-2024, 15-8-24, 15/8/2024, 15082024, 150824, 2024-08-15.
_DAY_FIRST = re.compile(r"^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{2}|\d{4})$")
_YEAR_FIRST = re.compile(r"^(\d{4})[-/. ](\d{1,2})[-/. ](\d{1,2})$")
_DIGITS_ONLY = re.compile(r"^(\d{2})(\d{2})(\d{2}|\d{4})$")
DATE_FORMAT_MESSAGE = ("Schrijf de geboortedatum als dd-mm-jjjj (bijvoorbeeld 03-11-2023), "
                       "of 03112023, 3-11-23 of 2023-11-03.")


@dataclass(frozen=True)
class AgeReading:
    months: int | None  # None when refused
    message: str  # Dutch: why refused, or a note about the age; "" when nothing to say


def months_between(birth: date, today: date) -> int:
    months = (today.year - birth.year) * 12 + (today.month - birth.month)
    if today.day < birth.day:
        months -= 1
    return months


def _date_parts(text: str) -> tuple[int, int, int, bool] | None:
    """(day, month, year, two_digit_year) from the typed text, or None when unreadable."""
    text = text.strip()
    match = _YEAR_FIRST.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return day, month, year, False
    match = _DAY_FIRST.match(text) or _DIGITS_ONLY.match(text)
    if not match:
        return None
    day, month, year = (int(g) for g in match.groups())
    return day, month, year, len(match.group(3)) == 2


def _full_year(two_digits: int, today: date) -> int:
    """"24" is 2024; "98" is 1998: a child is never born in the future."""
    year = 2000 + two_digits
    return year if year <= today.year else year - 100


def age_from_birth_date(text: str, today: date) -> AgeReading:
    parts = _date_parts(text)
    if parts is None:
        return AgeReading(None, DATE_FORMAT_MESSAGE)
    day, month, year, two_digit_year = parts
    if two_digit_year:
        year = _full_year(year, today)
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

APPROXIMATE_NOTE = ("De leeftijden in de richtlijn zijn bij benadering (±): bij een grens "
                    "gelden beide.")


def band_explanation(match: BandMatch, months: int, table: str = "deze tabel") -> str:
    """Why two bands are shown for this age, naming the edge, e.g. "dicht bij 4 jaar"."""
    if len(match.bands) != 2 or match.reason not in ("grens", "tussen"):
        return ""
    before, after = match.bands
    if before.age_to == after.age_from:
        return f"dicht bij de grens van {before.age_to} jaar"
    gap = f"tussen {before.age_to} en {after.age_from} jaar heeft {table} geen fase"
    if match.reason == "tussen":
        return gap
    edge = before.age_to if months < before.age_to * 12 else after.age_from
    return f"dicht bij {edge} jaar; {gap}"


def two_bands_note(match: BandMatch, months: int, table: str) -> str:
    """A whole sentence for a view that marks two bands: where the edge is, and why both."""
    why = band_explanation(match, months, table)
    if not why:
        return ""
    why = why[0].upper() + why[1:]
    if match.reason == "tussen":
        return f"{why}; daarom zijn de fase ervoor en de fase erna allebei gemarkeerd."
    return (f"{why}. De leeftijden in de richtlijn zijn bij benadering (±), daarom zijn beide "
            "gemarkeerd.")


def bands_hint(phases: tuple[Any, ...], groups: tuple[Any, ...], months: int) -> str:
    """One line for the consult bar: the Table 1 and Table 2 bands of this age, and why two."""
    parts, near_edge = [], False
    for table, bands in (("Tabel 1", phases), ("Tabel 2", groups)):
        if not bands:
            continue
        match = match_bands(bands, months)
        labels = " én ".join(b.label if table == "Tabel 1" else
                             f"{b.label} ({b.age_from}-{b.age_to})" for b in match.bands)
        why = band_explanation(match, months, table)
        near_edge = near_edge or match.reason == "grens"
        parts.append(f"{table}: {labels}" + (f" ({why})" if why else ""))
    if near_edge:
        parts.append(APPROXIMATE_NOTE)
    return "   ·   ".join(parts)


def age_text(months: int) -> str:
    """"3 jaar en 11 maanden", "1 maand", "14 jaar"."""
    years, rest = divmod(months, 12)
    parts = [f"{years} jaar"] if years else []
    if rest or not years:
        parts.append(f"{rest} maand" + ("en" if rest != 1 else ""))
    return " en ".join(parts)
