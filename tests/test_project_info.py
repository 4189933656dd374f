"""build/project_info.py: the spec and the zip take name and version from pyproject.toml."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import opvoedapp
from conftest import ROOT

_spec = importlib.util.spec_from_file_location("project_info", ROOT / "build" / "project_info.py")
project_info = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(project_info)


def test_this_project_gives_its_package_version() -> None:
    assert project_info.name_and_version() == ("opvoedapp", opvoedapp.__version__)


def test_a_dynamic_version_follows_the_attribute_pyproject_names(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text('"""x"""\n\n__version__ = "9.8.7"\n')
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "other"\ndynamic = ["version"]\n'
        '[tool.setuptools.dynamic]\nversion = { attr = "pkg.__version__" }\n')
    assert project_info.name_and_version(tmp_path) == ("other", "9.8.7")


def test_a_written_version_is_taken_as_is(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "fixed"\nversion = "1.2"\n')
    assert project_info.name_and_version(tmp_path) == ("fixed", "1.2")
