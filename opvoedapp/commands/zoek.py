"""``opvoedapp zoek TERM [--json]``: the Ctrl+F search of the window, on the command line.

One result per line, best first (kind, title, where the window would jump to), or JSON. The
same ``search.index.find`` ranks both, so a nurse's query gives the same order everywhere.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from opvoedapp.cli import EXIT_USAGE, register
from opvoedapp.content.database import open_guideline_database
from opvoedapp.content.repository import ContentRepository
from opvoedapp.paths import guideline_database_path
from opvoedapp.search.folding import words

if TYPE_CHECKING:
    from opvoedapp.search.index import SearchEntry

NO_TERM = ("opvoedapp zoek: geef een zoekterm met letters of cijfers, "
           "bijvoorbeeld: opvoedapp zoek slapen")


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = ("Zoek in de hele richtlijn, zoals Ctrl+F in het venster: fasen, "
                          "problemen, vragen, interventies, instrumenten, competenties, "
                          "stappen en besluiten van het beslisschema, aanbevelingen.")
    parser.add_argument("term", nargs="*", metavar="TERM",
                        help="wat u zoekt, bijvoorbeeld: slapen, ruzie broertjes, meldcode")
    parser.add_argument("--json", action="store_true", help="de resultaten als JSON")


def _run(args: argparse.Namespace) -> int:
    text = " ".join(args.term)
    if not words(text):
        sys.stderr.write(NO_TERM + "\n")
        return EXIT_USAGE
    from opvoedapp.search.destination import destination
    from opvoedapp.search.index import KIND_LABELS, build_index, find

    repo = ContentRepository(open_guideline_database(args.database or guideline_database_path()))
    try:
        found = find(build_index(repo), text)
    finally:
        repo.close()
    rows = [_row(e, "alle woorden", KIND_LABELS, destination) for e in found.entries]
    rows += [_row(e, "deel van de woorden", KIND_LABELS, destination) for e in found.partial]
    if args.json:
        json.dump({"query": text, "partial_words": list(found.partial_words), "results": rows},
                  sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not rows:
        sys.stdout.write(f"Geen resultaten voor „{text}” in de richtlijn.\n")
        return 0
    for n, row in enumerate(rows, 1):
        if n == len(found.entries) + 1:
            sys.stdout.write(f"Met alleen „{' '.join(found.partial_words)}”:\n")
        context = f" ({row['context']})" if row["context"] else ""
        sys.stdout.write(f"{n}. {row['kind_label']}: {row['title']}{context} → "
                         f"{row['jumps_to']}\n")
    return 0


def _row(entry: SearchEntry, match: str, labels: Mapping[str, str],
         destination: Callable[[SearchEntry], str]) -> dict[str, str]:
    return {"kind": entry.kind, "kind_label": labels[entry.kind], "key": entry.key,
            "title": entry.title, "context": entry.context, "tab": entry.tab,
            "jumps_to": destination(entry), "match": match}


register("zoek", _add_arguments, _run)
