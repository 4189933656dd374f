"""The list of command-line commands; each module registers itself with opvoedapp.cli."""

from opvoedapp.commands import (
    export_content,  # noqa: F401
    handout,  # noqa: F401
    self_test,  # noqa: F401
    zoek,  # noqa: F401
)
