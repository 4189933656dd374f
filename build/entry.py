"""Entry point for the frozen program (PyInstaller needs a script, not a module)."""

import sys

from opvoedapp.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
