"""ORM rows for the handout languages and their translations, in a fixed order."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from opvoedapp.content import models as m
from opvoedapp.content.translations import filled_translations


def languages_in_order(files: dict[str, dict[str, Any]]) -> list[str]:
    """Language codes ordered by their Dutch name, the order a Dutch nurse scans a list in."""
    return sorted(files, key=lambda code: (files[code]["name_nl"].casefold(), code))


def translation_rows(data: dict[str, Any]) -> Iterator[m.Base]:
    files = data["translations"]
    row_id = 0
    for position, code in enumerate(languages_in_order(files), 1):
        header = files[code]
        yield m.Language(id=position, position=position, code=code,
                         name_native=header["name_native"], name_nl=header["name_nl"],
                         direction=header["direction"], review=header["review"])
        for key, text in filled_translations(header):
            row_id += 1
            yield m.Translation(id=row_id, key=key, language=code, text=text)
