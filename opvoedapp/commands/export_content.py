"""``opvoedapp export-content [-o FILE]``: all guideline content as UTF-8 JSON."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from opvoedapp.cli import output_path, register
from opvoedapp.content.database import open_guideline_database
from opvoedapp.content.export import export_json
from opvoedapp.content.repository import ContentRepository
from opvoedapp.paths import guideline_database_path


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
    _write_atomically(args.output, text)
    return 0


def _write_atomically(target: Path, text: str) -> None:
    # A full disk or a broken write must not leave a half file where a good one was.
    directory = target.parent if str(target.parent) else Path(".")
    handle, temp_name = tempfile.mkstemp(prefix=".export-", dir=directory)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


register("export-content", _add_arguments, _run)
