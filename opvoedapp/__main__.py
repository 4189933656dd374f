"""Entry point: ``python -m opvoedapp`` and the ``opvoedapp`` console script."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    first = next((a for a in args if not a.startswith("-")), "")
    wants_cli = "--version" in args or "-h" in args or "--help" in args
    if wants_cli or (first and _is_command(first)):
        from opvoedapp import cli

        return cli.run(args)
    from opvoedapp import app

    return app.run(args)


def _is_command(word: str) -> bool:
    from opvoedapp.cli import command_names

    return word in command_names()


if __name__ == "__main__":
    sys.exit(main())
