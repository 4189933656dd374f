"""What the window's command line asks for: another database, a feedback form to fill in.

Qt-free and import-light on purpose: the composition root reads these on every start, and
importing the form dialog just to find a file name would load SQLAlchemy (about 0.4 s) before
the nurse sees content (bench/bench_startup.py).
"""

from __future__ import annotations

from pathlib import Path


def database_argument(argv: list[str]) -> Path | None:
    """`--database FILE`: the guideline database to open instead of the installed one."""
    if "--database" in argv:
        index = argv.index("--database")
        if index + 1 < len(argv):
            return Path(argv[index + 1])
    return None


def form_argument(argv: list[str]) -> Path | None:
    """A feedback file given on the command line (`opvoedapp FORMULIER.json`)."""
    skip = False
    for arg in argv:
        if skip:  # the value of an option, e.g. --database FILE
            skip = False
        elif arg.startswith("--"):
            skip = arg == "--database"
        elif arg.lower().endswith(".json"):
            return Path(arg)
    return None
