"""``opvoedapp export-content [-o FILE]``: all guideline content as UTF-8 JSON."""

from __future__ import annotations

import argparse
import sys

from opvoedapp.cli import output_path, register
from opvoedapp.content.database import open_guideline_database
from opvoedapp.content.export import export_json
from opvoedapp.content.repository import ContentRepository
from opvoedapp.paths import guideline_database_path
from opvoedapp.safe_write import write_atomically


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = "Schrijf alle richtlijninhoud als JSON (standaard naar stdout)."
    parser.add_argument("-o", "--output", type=output_path, help="bestand om naar te schrijven")


def _run(args: argparse.Namespace) -> int:
    path = args.database or guideline_database_path()
    repo = ContentRepository(open_guideline_database(path))
    try:
        text = export_json(repo)
    finally:
        repo.close()
    if args.output is None:
        sys.stdout.write(text)
        return 0
    # Atomic, normal permissions, never over a device; a fault is a Dutch SaveError.
    write_atomically(args.output, text)
    return 0


register("export-content", _add_arguments, _run)
