"""The list of command-line commands; each module registers itself with opvoedapp.cli."""

from opvoedapp.commands import export_content  # noqa: F401
from opvoedapp.commands import self_test  # noqa: F401
from opvoedapp.commands import handout  # noqa: F401
from opvoedapp.commands import zoek  # noqa: F401
