"""``opvoedapp self-test``: check an installation (also the frozen build); exit 0 when all hold."""

from __future__ import annotations

import argparse
import sys

from opvoedapp.cli import register
from opvoedapp.paths import guideline_database_path


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = ("Controleer of deze installatie werkt: richtlijndatabase, "
                          "gebruikersmap, folders, PDF-weergave, vertaling, afdrukken, netwerk.")


def _run(args: argparse.Namespace) -> int:
    from opvoedapp.selftest.run import run_self_test

    database = args.database or guideline_database_path()
    if sys.stdout is not None:
        return run_self_test(database)
    # The windowed Windows build has no console to print to: show the lines in a dialog.
    lines: list[str] = []
    code = run_self_test(database, lines.append)
    from opvoedapp.selftest.dialog import show_result_dialog

    show_result_dialog(lines, passed=code == 0)
    return code


register("self-test", _add_arguments, _run)
