"""``opvoedapp self-test [-o FILE]``: check an installation (also the frozen build).

Exit code 0 only when every check holds. ``-o`` writes the lines to a file as well, for a
roll-out script on Windows, where the windowed program has no console to print to.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from opvoedapp.cli import EXIT_USAGE, output_path, refuse_special_output, register
from opvoedapp.console_streams import without_console
from opvoedapp.paths import guideline_database_path
from opvoedapp.safe_write import write_atomically


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = ("Controleer of deze installatie werkt: richtlijndatabase, "
                          "gebruikersmap, folders, PDF-weergave, vertaling, afdrukken, netwerk.")
    parser.add_argument("-o", "--output", type=output_path,
                        help="schrijf de uitkomst ook naar dit tekstbestand (zonder venster)")


def _run(args: argparse.Namespace) -> int:
    from opvoedapp.selftest.run import run_self_test

    database = args.database or guideline_database_path()
    output: Path | None = getattr(args, "output", None)
    if output is not None:
        refusal = refuse_special_output(output)
        if refusal:
            sys.stderr.write(f"opvoedapp: {refusal}\n")
            return EXIT_USAGE
        # Fail before checking anything: a roll-out script must not wait for nothing.
        write_atomically(output, "")
    lines: list[str] = []

    def write(line: str) -> None:
        lines.append(line)
        if sys.stdout is not None:
            print(line, flush=True)

    code = run_self_test(database, write)
    if output is not None:
        write_atomically(output, "\n".join(lines) + "\n")
    elif without_console():
        # The windowed Windows build has no console to print to: show the lines in a dialog.
        from opvoedapp.selftest.dialog import show_result_dialog

        show_result_dialog(lines, passed=code == 0)
    return code


register("self-test", _add_arguments, _run)
