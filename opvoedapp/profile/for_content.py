"""Load the organisation profile against the guideline's interventions."""

from __future__ import annotations

from pathlib import Path

from opvoedapp.content.repository import ContentRepository
from opvoedapp.profile.language_review import language_index
from opvoedapp.profile.loader import load_profile, name_index
from opvoedapp.profile.location import profile_path
from opvoedapp.profile.model import OrganisationProfile, ProfileError


def intervention_names(content: ContentRepository) -> dict[str, str]:
    return name_index((i.key, i.name, i.aliases) for i in content.interventions)


def offer_names(content: ContentRepository) -> dict[str, str]:
    """Names a profile may offer: the guideline lets organisations choose from Table 2."""
    return name_index((i.key, i.name, i.aliases) for i in content.interventions if i.in_table2)


def language_names(content: ContentRepository) -> dict[str, str]:
    """Spellings a profile may use for a handout language (code, Dutch or own name)."""
    return language_index(content.languages)


def find_and_load(content: ContentRepository,
                  path: Path | None = None) -> tuple[OrganisationProfile | None, str]:
    """(profile, "") when loaded; (None, "") when there is none; (None, message) when broken."""
    path = path or profile_path()
    if path is None:
        return None, ""
    try:
        return load_profile(path, offer_names(content), language_names(content)), ""
    except ProfileError as exc:
        return None, exc.message
    except Exception as exc:
        # Our bug, not the file's: still start without the profile and say so. Only the type
        # is kept for support; a message could quote the file.
        return None, (f"Organisatieprofiel {path} kan niet worden gebruikt (interne fout "
                      f"{type(exc).__name__}); Opvoedapp start zonder profiel. Meld dit bij uw "
                      "applicatiebeheerder.")
