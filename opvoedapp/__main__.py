"""Entry point: ``python -m opvoedapp`` and the ``opvoedapp`` console script."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    first = _first_word(args)
    wants_cli = "--version" in args or "-h" in args or "--help" in args
    if args and args[-1] in _OPTIONS_WITH_VALUE:
        sys.stderr.write(f"opvoedapp: {args[-1]} heeft een waarde nodig, bijvoorbeeld "
                         f"{args[-1]} bestand.\n")
        return 2
    if first and not wants_cli and not _is_command(first):
        # A mistyped command must not open the window: a roll-out script would wait for ever.
        from opvoedapp.cli import unknown_command_line

        sys.stderr.write(unknown_command_line(first))
        return 2
    if wants_cli or (first and _is_command(first)):
        from opvoedapp import cli, console_streams

        console_streams.prepare()
        code = cli.run(args)
        console_streams.show_collected_errors()
        return code
    from opvoedapp import app

    return app.run(args)


# Global options that take a value (ours and Qt's own): their value is not a command name.
_OPTIONS_WITH_VALUE = {"--database", "-platform", "-style", "-stylesheet", "-display",
                       "-geometry", "-qwindowgeometry", "-qwindowtitle", "-qwindowicon",
                       "-platformtheme", "-plugin", "-session"}


def _first_word(args: list[str]) -> str:
    skip_next = False
    for arg in args:
        if skip_next:
            skip_next = False
        elif arg in _OPTIONS_WITH_VALUE:
            skip_next = True
        elif not arg.startswith("-"):
            return arg
    return ""


def _is_command(word: str) -> bool:
    from opvoedapp.cli import command_names

    return word in command_names()


if __name__ == "__main__":
    sys.exit(main())
