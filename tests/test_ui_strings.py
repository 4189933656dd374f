"""UI text is Dutch and written where it is shown: no tr() wrappers, no half translation.

The program has one language; translation plumbing that no catalogue (.ts/.qm) fed was noise
that `pyside6-lupdate` could not even see through. Qt's own dialogs are Dutch through
qtbase_nl (opvoedapp/i18n.py), and the calls that test that catalogue stay. Parent handouts
in other languages come from data (data/source/), not from Qt's translation system.
scripts/drop-tr.py removes wrappers that a merge brings back.
"""

from __future__ import annotations

import ast
import importlib.util

from conftest import ROOT

_spec = importlib.util.spec_from_file_location("drop_tr", ROOT / "scripts" / "drop-tr.py")
assert _spec and _spec.loader
drop_tr = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(drop_tr)


def test_no_translation_wrappers_are_left() -> None:
    found = []
    for path in sorted((ROOT / "opvoedapp").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and drop_tr._wrapped_text(node) is not None:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
            elif isinstance(node, ast.FunctionDef) and node.name == "_tr":
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} def _tr")
    assert not found, "tr() wrappers (run scripts/drop-tr.py): " + ", ".join(found)


def test_the_rewrite_keeps_the_text_and_qt_catalogue_calls() -> None:
    source = (
        'def _tr(text):\n    return QCoreApplication.translate("X", text)\n\n\n'
        'a = _tr("Één")\nb = self.tr("{0} pagina").format(n)\n'
        'c = f(_tr("lang "\n      "verhaal"), 2)\n'
        'd = QCoreApplication.translate("QPlatformTheme", "Cancel")\n'
        'e = _tr(_tr("genest"))\n')
    after = drop_tr.rewrite(source)
    assert 'a = "Één"' in after and 'b = "{0} pagina".format(n)' in after
    assert 'c = f(("lang "\n      "verhaal"), 2)' in after
    assert 'QCoreApplication.translate("QPlatformTheme", "Cancel")' in after
    assert 'e = "genest"' in after and "def _tr" not in after
    compile(after, "<rewritten>", "exec")
