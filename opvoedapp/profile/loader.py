"""Read ``organisatie.toml`` and check every field; any fault is one Dutch ProfileError.

Intervention names may be written as the program's key or as any name or alias the guideline
content knows ("K-VHT", "Triple P"); matching ignores case and diacritics.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from opvoedapp.profile.language_review import parse_reviews
from opvoedapp.profile.logo_check import logo_problem
from opvoedapp.profile.model import (
    PROFILE_VERSION,
    OfferedIntervention,
    OrganisationProfile,
    ProfileError,
)
from opvoedapp.safe_read import (
    MAX_NESTING,
    ReadRefused,
    longest_key_path,
    nesting_depth,
    read_limited,
)
from opvoedapp.search.folding import fold

MAX_PROFILE_BYTES = 1024 * 1024
MAX_LOGO_BYTES = 5 * 1024 * 1024
_TEXT_FIELDS = {"naam": "name", "adres": "address", "telefoon": "phone", "website": "website",
                "e-mail": "email"}
LOGO_SUFFIXES = (".png", ".svg", ".jpg", ".jpeg")


def name_index(interventions: Iterable[tuple[str, str, Iterable[str]]]) -> dict[str, str]:
    """Map every folded key, name and alias to its intervention key."""
    index: dict[str, str] = {}
    for key, name, aliases in interventions:
        for spelling in (key, name, *aliases):
            index.setdefault(fold(spelling), key)
    return index


def load_profile(path: Path, names: Mapping[str, str],
                 languages: Mapping[str, str] | None = None) -> OrganisationProfile:
    """``names``: intervention spellings (``name_index``); ``languages``: handout language
    spellings (``language_review.language_index``), None to take any language code."""
    where = f"Organisatieprofiel {path}"
    try:
        raw = read_limited(path, MAX_PROFILE_BYTES)  # stat first: no FIFO, device, loop
    except ReadRefused as exc:
        raise ProfileError(f"{where} {exc.message}.") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProfileError(f"{where} is geen UTF-8-tekst.") from exc
    if nesting_depth(text) > MAX_NESTING or longest_key_path(text) > MAX_NESTING:
        raise ProfileError(f"{where} is geen geldig TOML-bestand: te diep genest.")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{where} is geen geldig TOML-bestand: {exc}.") from exc
    except RecursionError as exc:  # a nesting the pre-scan missed: still not a profile
        raise ProfileError(f"{where} is geen geldig TOML-bestand: te diep genest.") from exc
    except ValueError as exc:  # an integer over Python's 4,300-digit limit
        raise ProfileError(f"{where} is geen geldig profiel: een getal is te lang.") from exc
    return _profile(path, data, names, languages, where)


def _profile(path: Path, data: dict[str, Any], names: Mapping[str, str],
             languages: Mapping[str, str] | None, where: str) -> OrganisationProfile:
    version = data.get("versie")
    if type(version) is not int or version != PROFILE_VERSION:
        raise ProfileError(f"{where}: 'versie = {PROFILE_VERSION}' ontbreekt of is onbekend "
                           f"({version!r}); dit programma leest versie {PROFILE_VERSION}.")
    organisation = data.get("organisatie")
    if not isinstance(organisation, dict):
        raise ProfileError(f"{where}: het blok [organisatie] ontbreekt.")
    texts = {}
    for dutch, field in _TEXT_FIELDS.items():
        value = organisation.get(dutch, "")
        if not isinstance(value, str) or len(value) > 500:
            raise ProfileError(f"{where}: '{dutch}' moet een korte tekst zijn.")
        texts[field] = value.strip()
    if not texts["name"]:
        raise ProfileError(f"{where}: 'naam' van de organisatie ontbreekt.")
    return OrganisationProfile(path=path, logo=_logo(path, organisation.get("logo"), where),
                               offered=_offered(data.get("aanbod", []), names, where),
                               reviews=parse_reviews(data.get("vertaling", []), languages,
                                                     where), **texts)


def _logo(path: Path, value: object, where: str) -> Path | None:
    if value in (None, ""):
        return None
    if (not isinstance(value, str) or not value.lower().endswith(LOGO_SUFFIXES)
            or "\0" in value or len(value) > 1000):
        raise ProfileError(f"{where}: 'logo' moet een PNG-, SVG- of JPEG-bestand zijn.")
    try:
        logo = (path.parent / value).resolve()
    except (OSError, ValueError, RuntimeError) as exc:  # 3.11: a symlink loop is RuntimeError
        raise ProfileError(f"{where}: het logo '{value[:80]}' kan niet worden gevonden "
                           "(een ongeldige naam of een kringverwijzing).") from exc
    try:
        head = read_limited(logo, MAX_LOGO_BYTES)
    except ReadRefused as exc:
        raise ProfileError(f"{where}: het logo {logo} {exc.message}.") from exc
    problem = logo_problem(head)
    if problem:
        raise ProfileError(f"{where}: het logo {logo} {problem}.")
    return logo


def _offered(items: object, names: Mapping[str, str],
             where: str) -> tuple[OfferedIntervention, ...]:
    if not isinstance(items, list):
        raise ProfileError(f"{where}: [[aanbod]] moet een lijst van interventies zijn.")
    offered: dict[str, OfferedIntervention] = {}
    for number, item in enumerate(items, 1):
        if not isinstance(item, dict) or not isinstance(item.get("interventie"), str):
            raise ProfileError(f"{where}: aanbod {number} noemt geen 'interventie'.")
        key = names.get(fold(item["interventie"]))
        if key is None:
            raise ProfileError(f"{where}: aanbod {number}: de interventie "
                               f"'{item['interventie']}' staat niet in Tabel 2 van de "
                               "richtlijn.")
        sign_up = item.get("aanmelden", "")
        if not isinstance(sign_up, str) or len(sign_up) > 1000:
            raise ProfileError(f"{where}: aanbod {number}: 'aanmelden' moet een tekst zijn.")
        offered[key] = OfferedIntervention(key, sign_up.strip())
    return tuple(offered.values())
