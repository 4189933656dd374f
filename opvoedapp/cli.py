"""Commands without a window. Errors: one Dutch line on stderr, exit code 2."""

from __future__ import annotations

import argparse
import stat
import sys
from collections.abc import Callable
from pathlib import Path

from opvoedapp import __version__
from opvoedapp.errors import OpvoedappError

EXIT_USAGE = 2
EXIT_INTERNAL_ERROR = 3

# Subcommands register here: name -> (add_arguments, run). Later commands (handout, self-test)
# add themselves in their own modules through register().
_COMMANDS: dict[str, tuple[Callable[[argparse.ArgumentParser], None],
                           Callable[[argparse.Namespace], int]]] = {}


def register(name: str, add_arguments: Callable[[argparse.ArgumentParser], None],
             run: Callable[[argparse.Namespace], int]) -> None:
    _COMMANDS[name] = (add_arguments, run)


def command_names() -> set[str]:
    _load_commands()
    return set(_COMMANDS)


def output_path(text: str) -> Path:
    """argparse type for ``-o``: an empty name is refused here, in Dutch (Path('') is '.')."""
    if not text.strip():
        raise argparse.ArgumentTypeError("geen bestandsnaam opgegeven")
    return Path(text)


def refuse_special_output(path: Path) -> str:
    """'' when ``path`` may be written, or a Dutch reason.

    Checked with stat only: opening a FIFO to write waits for a reader for ever, and a
    device is not the user's file to replace.
    """
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return ""
    except OSError:
        return ""  # the write itself reports a folder we may not enter, in Dutch
    if stat.S_ISDIR(mode):
        return f"{path} is een map; geef een bestandsnaam op."
    if not stat.S_ISREG(mode):
        return f"{path} is geen gewoon bestand (een apparaat of pijp); kies een ander bestand."
    return ""


def unknown_command_line(word: str) -> str:
    return (f"opvoedapp: onbekende opdracht '{word}'; kies uit "
            f"{', '.join(sorted(command_names()))}, of start zonder opdracht voor het venster.\n")


class _DutchParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"opvoedapp: ongeldige opdracht: {message}\n")
        raise SystemExit(EXIT_USAGE)


def _load_commands() -> None:
    from opvoedapp import cli_commands  # noqa: F401  (registers the commands)


def run(argv: list[str]) -> int:
    _load_commands()
    parser = _DutchParser(prog="opvoedapp", description="Opvoedapp zonder venster.")
    parser.add_argument("--version", action="version", version=f"opvoedapp {__version__}")
    parser.add_argument("--database", type=Path, help="een andere richtlijndatabase gebruiken")
    sub = parser.add_subparsers(dest="command", parser_class=_DutchParser)
    for name, (add_arguments, _run) in sorted(_COMMANDS.items()):
        add_arguments(sub.add_parser(name))
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 0
    try:
        return _COMMANDS[args.command][1](args)
    except OpvoedappError as exc:  # GuidelineDatabaseError, SaveError, …: already Dutch
        sys.stderr.write(f"opvoedapp: {exc.message}\n")
        return EXIT_USAGE
    except OSError as exc:
        name = exc.filename or ""
        sys.stderr.write(f"opvoedapp: kan niet schrijven of lezen: {name} ({exc.strerror}).\n")
        return EXIT_USAGE
    except Exception as exc:
        sys.stderr.write(f"opvoedapp: onverwachte fout in het programma ({type(exc).__name__}); "
                         f"meld dit bij uw applicatiebeheerder.\n")
        return EXIT_INTERNAL_ERROR
