"""Say where a fact comes from in words a nurse reads, from the content's source codes.

The content files cite "seed:samenvatting §5.2" or "content:interventies.md §13" (see
docs/content-format.md); on screen that becomes "Richtlijn (samenvatting) §5.2" and
"Referentienotities interventies §13".
"""

from __future__ import annotations

import re

SEEDS = {"samenvatting": "Richtlijn (samenvatting)", "werkkaart-3": "Werkkaart 3"}


def source_label(source: str) -> str:
    origin, _, rest = source.partition(":")
    name, _, place = rest.partition(" ")
    if origin == "seed":
        title = SEEDS.get(name, name)
    elif origin == "content":
        title = "Referentienotities " + name.removesuffix(".md").replace("-", " ")
    else:
        return source
    return f"{title} {place}".strip()


def sources_label(sources: tuple[str, ...] | list[str]) -> str:
    return "; ".join(source_label(s) for s in sources)


_CODE = re.compile(r"\b(?:seed|content):[\w.-]+"
                   r"(?: (?:§[\d.]*\d|Tabel \d+(?: voetnoot \d+)?|competentie \d+))?")


def readable_sources(text: str) -> str:
    """Replace source codes inside a sentence ("... (content:interventies.md §4)")."""
    return _CODE.sub(lambda m: source_label(m.group(0).strip()), text)
