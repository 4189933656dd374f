"""PySide's look at every imported module, without keeping the module's source in memory.

PySide6 replaces ``__import__``. After each import, its ``__feature__`` support
(``shibokensupport.feature._mod_uses_pyside``) asks whether the new module's source mentions
"PySide6", through ``inspect.getsource``. That reads the file through ``linecache``, which
keeps every line of every module imported after PySide6 for the whole run: about 3 MiB of
the program's memory at start-up and 36 M instructions (bench/bench_startup.py).

Importing this module (``app.py`` does, right after PySide6) answers the same question from
the file's bytes, which are dropped at once. A module that is not a plain ``.py`` file (an
extension, a frozen build's archive) still gets PySide's own answer. The program never uses
``from __feature__ import``; PySide's bookkeeping gets the answer it always did.
"""

from __future__ import annotations

import sys
from types import ModuleType

_MARK = "_opvoedapp_reads_bytes"


def _install() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, _MARK, False):
        return  # another PySide version, or installed already: leave PySide as it is

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))

    setattr(uses_pyside, _MARK, True)
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


_install()
