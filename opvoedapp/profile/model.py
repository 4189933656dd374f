"""What an organisation profile holds once read and checked (plain data, no Qt)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path

from opvoedapp.errors import OpvoedappError

PROFILE_VERSION = 1


class ProfileError(OpvoedappError):
    """The profile file cannot be used; ``message`` is Dutch and names the file and the fault."""


@dataclass(frozen=True)
class OfferedIntervention:
    intervention_key: str
    sign_up: str  # local sign-up details, as the organisation wrote them


@dataclass(frozen=True)
class LanguageReview:
    """The organisation had a handout language's translations checked: by whom (a role, never
    a person's name, e.g. "tolk-vertaler Arabisch") and when."""

    language: str  # the language code of data/source/translations/<code>.toml
    reviewed_on: datetime.date
    reviewer_role: str


@dataclass(frozen=True)
class OrganisationProfile:
    path: Path
    name: str
    address: str = ""
    phone: str = ""
    website: str = ""
    logo: Path | None = None
    offered: tuple[OfferedIntervention, ...] = field(default_factory=tuple)
    email: str = ""  # last, so positional construction elsewhere keeps working
    reviews: tuple[LanguageReview, ...] = field(default_factory=tuple)  # keyword only, after it

    def offer_map(self) -> dict[str, str]:
        return {o.intervention_key: o.sign_up for o in self.offered}

    def review_of(self, language: str) -> LanguageReview | None:
        return next((r for r in self.reviews if r.language == language), None)
