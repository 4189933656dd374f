"""What an organisation profile holds once read and checked (plain data, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from opvoedapp.errors import OpvoedappError

PROFILE_VERSION = 1
PROFILE_FILE_NAME = "organisatie.toml"


class ProfileError(OpvoedappError):
    """The profile file cannot be used; ``message`` is Dutch and names the file and the fault."""


@dataclass(frozen=True)
class OfferedIntervention:
    intervention_key: str
    sign_up: str  # local sign-up details, as the organisation wrote them


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

    def offer_map(self) -> dict[str, str]:
        return {o.intervention_key: o.sign_up for o in self.offered}
