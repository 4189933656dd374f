"""Name and version of the program as pyproject.toml gives them, for the spec and the zip.

The version is dynamic in pyproject.toml (``[tool.setuptools.dynamic]`` names
``opvoedapp.__version__``); this follows that pointer without importing the package, so the
build reads the same number pip installs. ``python build/project_info.py`` prints both.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def name_and_version(root: Path = ROOT) -> tuple[str, str]:
    pyproject = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    project = pyproject["project"]
    if "version" in project:
        return project["name"], project["version"]
    attr = pyproject["tool"]["setuptools"]["dynamic"]["version"]["attr"]  # "pkg.__version__"
    module, _, variable = attr.rpartition(".")
    source = (root / Path(*module.split(".")) / "__init__.py").read_text(encoding="utf-8")
    found = re.search(rf'^{re.escape(variable)}\s*=\s*"([^"]+)"', source, re.MULTILINE)
    if found is None:
        raise SystemExit(f"project_info: no {attr} in {module}/__init__.py")
    return project["name"], found.group(1)


if __name__ == "__main__":
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT
    print(*name_and_version(root))
