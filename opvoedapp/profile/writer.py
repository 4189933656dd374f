"""Write a profile back as ``organisatie.toml`` (export, and the profile edited in the program)."""

from __future__ import annotations

import json

from opvoedapp.profile.model import PROFILE_VERSION, OrganisationProfile


def _string(text: str) -> str:
    # A JSON string is a valid TOML basic string for everything we write (\\uXXXX escapes).
    return json.dumps(text, ensure_ascii=False)


def profile_to_toml(profile: OrganisationProfile) -> str:
    lines = [f"versie = {PROFILE_VERSION}", "", "[organisatie]",
             f"naam = {_string(profile.name)}"]
    for key, value in (("adres", profile.address), ("telefoon", profile.phone),
                       ("website", profile.website)):
        if value:
            lines.append(f"{key} = {_string(value)}")
    if profile.logo is not None:
        lines.append(f"logo = {_string(str(profile.logo))}")
    for offered in profile.offered:
        lines += ["", "[[aanbod]]", f"interventie = {_string(offered.intervention_key)}"]
        if offered.sign_up:
            lines.append(f"aanmelden = {_string(offered.sign_up)}")
    return "\n".join(lines) + "\n"
