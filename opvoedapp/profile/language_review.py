"""Which handout languages are reviewed: the translation file's own state, or the
organisation's review recorded in its profile (``[[vertaling]]`` blocks).

Plain data, no Qt: the handout, the handout dialog, Help → Over and the command line all ask
``language_state`` and so all say the same.
"""

from __future__ import annotations

import contextlib
import datetime
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from opvoedapp.content.records import Language
from opvoedapp.profile.model import LanguageReview, OrganisationProfile, ProfileError
from opvoedapp.search.folding import fold

MAX_ROLE_LENGTH = 120
_CODE = re.compile(r"[a-z]{2,3}")
_EXAMPLE = ('[[vertaling]] met taal = "ar", nagekeken_op = 2026-11-20 en '
            'nagekeken_door = "tolk-vertaler Arabisch"')


@dataclass(frozen=True)
class LanguageState:
    """A language and how far its translation can be trusted, in Dutch words."""

    language: Language
    reviewed: bool
    by_organisation: LanguageReview | None

    @property
    def label(self) -> str:
        review = self.by_organisation
        if review is not None:
            return (f"nagekeken door de organisatie op {review.reviewed_on:%d-%m-%Y} "
                    f"({review.reviewer_role})")
        return "nagekeken" if self.reviewed else "nog niet nagekeken"


def language_state(language: Language, profile: OrganisationProfile | None) -> LanguageState:
    """Reviewed when the translation file says so, or when the organisation's profile records
    a review of this language; otherwise unreviewed (the handout then says so)."""
    review = profile.review_of(language.code) if profile is not None else None
    return LanguageState(language, language.review == "reviewed" or review is not None, review)


def language_index(languages: tuple[Language, ...]) -> dict[str, str]:
    """Every folded code, Dutch name and own name of a language, mapped to its code."""
    index: dict[str, str] = {}
    for lang in languages:
        for spelling in (lang.code, lang.name_nl, lang.name_native):
            index.setdefault(fold(spelling), lang.code)
    return index


def parse_reviews(items: object, languages: Mapping[str, str] | None,
                  where: str) -> tuple[LanguageReview, ...]:
    """The profile's ``[[vertaling]]`` blocks; any fault is one Dutch ProfileError naming the
    block and showing how a good one looks. ``languages`` (from ``language_index``) names the
    known languages; without it any two- or three-letter code is taken as it is."""
    if not isinstance(items, list):
        raise ProfileError(f"{where}: [[vertaling]] moet een lijst van blokken zijn, zoals "
                           f"{_EXAMPLE}.")
    reviews: dict[str, LanguageReview] = {}
    for number, item in enumerate(items, 1):
        at = f"{where}: vertaling {number}"
        if not isinstance(item, dict):
            raise ProfileError(f"{at} is geen blok, zoals {_EXAMPLE}.")
        code = _language(item.get("taal"), languages, at)
        if code in reviews:
            raise ProfileError(f"{at}: de taal '{code}' staat al in een eerder blok.")
        reviews[code] = LanguageReview(code, _date(item.get("nagekeken_op"), at),
                                       _role(item.get("nagekeken_door"), at))
    return tuple(reviews.values())


def _language(value: object, languages: Mapping[str, str] | None, at: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ProfileError(f"{at}: 'taal' ontbreekt (de taalcode, bijvoorbeeld \"ar\").")
    if languages is None:
        if _CODE.fullmatch(value.strip()):
            return value.strip()
    elif (code := languages.get(fold(value))) is not None:
        return code
    known = f" Bekend zijn: {', '.join(sorted(set(languages.values())))}." if languages else ""
    raise ProfileError(f"{at}: de taal '{value[:40]}' is onbekend.{known}")


def _date(value: object, at: str) -> datetime.date:
    if isinstance(value, str):
        with contextlib.suppress(ValueError):  # not a date: refused just below
            value = datetime.date.fromisoformat(value.strip())
    if type(value) is not datetime.date:  # a date-time or a bare time is not a review day
        raise ProfileError(f"{at}: 'nagekeken_op' moet een datum zijn, zoals 2026-11-20 "
                           "(jaar-maand-dag).")
    if value > datetime.date.today():
        raise ProfileError(f"{at}: 'nagekeken_op' ({value.isoformat()}) ligt in de toekomst.")
    return value


def _role(value: object, at: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ProfileError(f"{at}: 'nagekeken_door' ontbreekt: de rol van wie nakeek, "
                           "bijvoorbeeld \"tolk-vertaler Arabisch\".")
    if len(value) > MAX_ROLE_LENGTH or "\n" in value.strip():
        raise ProfileError(f"{at}: 'nagekeken_door' moet een korte rol op één regel zijn "
                           f"(hoogstens {MAX_ROLE_LENGTH} tekens).")
    return value.strip()


def reviews_to_toml(reviews: tuple[LanguageReview, ...],
                    quote: Callable[[str], str]) -> list[str]:
    """The ``[[vertaling]]`` blocks as TOML lines (the date as a TOML date)."""
    lines: list[str] = []
    for review in reviews:
        lines += ["", "[[vertaling]]", f"taal = {quote(review.language)}",
                  f"nagekeken_op = {review.reviewed_on.isoformat()}",
                  f"nagekeken_door = {quote(review.reviewer_role)}"]
    return lines
