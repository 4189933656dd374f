"""Write a profile back as ``organisatie.toml`` (export, and the profile edited in the program)."""

from __future__ import annotations

import filecmp
import json
from dataclasses import replace
from pathlib import Path

from opvoedapp.profile.language_review import reviews_to_toml
from opvoedapp.profile.loader import MAX_LOGO_BYTES
from opvoedapp.profile.model import PROFILE_VERSION, OrganisationProfile
from opvoedapp.safe_read import ReadRefused, read_limited
from opvoedapp.safe_write import SaveError, message_for, write_atomically


def toml_string(text: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's, except that TOML has no surrogate
    pairs (so no ASCII-only escaping) and also forbids a raw DEL."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def with_logo_beside(profile: OrganisationProfile, target: Path) -> OrganisationProfile:
    """The profile as it will live at ``target``, its logo copied into the same folder.

    A roll-out file travels to other workstations as a folder; a logo path from the machine
    it was exported on would not exist there, and the loader refuses a missing logo.
    Raises SaveError (Dutch) when the logo cannot be read or the copy cannot be made.
    """
    logo = profile.logo
    if logo is None or logo.parent == target.parent:
        return replace(profile, path=target)
    beside = target.parent / logo.name
    if beside.exists() and not filecmp.cmp(logo, beside, shallow=False):
        beside = target.parent / f"{target.stem}-logo{logo.suffix.lower()}"
    write_atomically(beside, read_limited(logo, MAX_LOGO_BYTES))  # the same care as the file
    return replace(profile, path=target, logo=beside)


def profile_to_toml(profile: OrganisationProfile) -> str:
    lines = [f"versie = {PROFILE_VERSION}", "", "[organisatie]",
             f"naam = {toml_string(profile.name)}"]
    for key, value in (("adres", profile.address), ("telefoon", profile.phone),
                       ("e-mail", profile.email), ("website", profile.website)):
        if value:
            lines.append(f"{key} = {toml_string(value)}")
    if profile.logo is not None:
        # Beside the file: written relative, so the folder can be copied anywhere.
        logo = profile.logo.name if profile.logo.parent == profile.path.parent else profile.logo
        lines.append(f"logo = {toml_string(str(logo))}")
    for offered in profile.offered:
        lines += ["", "[[aanbod]]", f"interventie = {toml_string(offered.intervention_key)}"]
        if offered.sign_up:
            lines.append(f"aanmelden = {toml_string(offered.sign_up)}")
    lines += reviews_to_toml(profile.reviews, toml_string)
    return "\n".join(lines) + "\n"


def write_profile_file(path: Path, profile: OrganisationProfile) -> OrganisationProfile:
    """Write ``profile`` as ``path`` (logo copied beside it) through the one safe writer.

    Returns the profile as written; raises SaveError (Dutch) when it cannot be saved.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        placed = with_logo_beside(profile, path)
    except OSError as exc:
        raise SaveError(message_for(path, exc)) from exc
    except ReadRefused as exc:
        raise SaveError(f"Het logo {profile.logo} {exc.message}: het profiel is niet "
                        "opgeslagen.") from exc
    write_atomically(path, profile_to_toml(placed))
    return placed
