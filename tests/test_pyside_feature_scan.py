"""The patch of PySide's per-import source check steps aside when PySide changes
(opvoedapp/pyside_feature_scan.py), and answers as PySide did for real modules."""

from __future__ import annotations

import sys
import types

from opvoedapp import pyside_feature_scan


def test_a_pyside_without_the_check_is_left_as_it_is(monkeypatch) -> None:
    changed = types.ModuleType("shibokensupport.feature")  # a PySide that renamed it
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", changed)
    pyside_feature_scan._install()
    assert vars(changed).keys() == types.ModuleType("x").__dict__.keys()


def test_the_answer_comes_from_the_files_bytes_or_pyside(monkeypatch, tmp_path) -> None:
    asked: list[str] = []

    def original(module: types.ModuleType) -> bool:
        asked.append(module.__name__)
        return True

    feature = types.ModuleType("shibokensupport.feature")
    feature._mod_uses_pyside = original  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", feature)
    pyside_feature_scan._install()
    pyside_feature_scan._install()  # a second install wraps nothing twice
    check = feature._mod_uses_pyside  # type: ignore[attr-defined]
    uses, plain = tmp_path / "uses.py", tmp_path / "plain.py"
    uses.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    plain.write_text("import json\n", encoding="utf-8")
    module = types.ModuleType
    assert check(_with_file(module("uses"), uses)) is True
    assert check(_with_file(module("plain"), plain)) is False
    assert asked == []  # plain .py files: answered from their bytes
    assert check(module("builtin_like")) is True and asked == ["builtin_like"]


def _with_file(module: types.ModuleType, path) -> types.ModuleType:
    module.__file__ = str(path)
    return module
