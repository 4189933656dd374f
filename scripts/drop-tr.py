"""Remove the tr() wrappers: Opvoedapp's interface is Dutch only (docs/architecture.md, "UI text").

Rewrites, in every module under opvoedapp/ (or the files named):
  self.tr(X) / obj.tr(X) / _tr(X) / QCoreApplication.translate("Ctx", X)  ->  X
and deletes the module-level ``def _tr`` helpers. Calls into Qt's own catalogue (a context
starting with "Q", e.g. ``translate("QPlatformTheme", "Cancel")`` in the self-test) stay:
they test that Qt's dialogs are Dutch. Run `ruff check --fix` afterwards for the imports this
leaves unused. Idempotent, so it can be run again after merging a branch that added wrappers:

    .venv/bin/python scripts/drop-tr.py && .venv/bin/ruff check --fix opvoedapp
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _wrapped_text(call: ast.Call) -> ast.expr | None:
    """The text argument when ``call`` is a translation wrapper of ours, else None."""
    func = call.func
    if isinstance(func, ast.Name) and func.id == "_tr" and call.args:
        return call.args[0]
    if isinstance(func, ast.Attribute) and func.attr == "tr" and len(call.args) == 1:
        return call.args[0]
    if (isinstance(func, ast.Attribute) and func.attr == "translate"
            and isinstance(func.value, ast.Name) and func.value.id == "QCoreApplication"
            and len(call.args) >= 2 and isinstance(call.args[0], ast.Constant)
            and not str(call.args[0].value).startswith("Q")):
        return call.args[1]
    return None


def _offset(lines: list[str], line: int, col: int) -> int:
    """Character offset of ``ast``'s (line, UTF-8 byte column)."""
    return (sum(len(text) for text in lines[:line - 1])
            + len(lines[line - 1].encode()[:col].decode()))


def rewrite(source: str) -> str:
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    edits: list[tuple[int, int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == "_tr" and node in tree.body:
            start = _offset(lines, node.lineno, 0)
            end = _offset(lines, node.end_lineno or node.lineno, node.end_col_offset or 0)
            edits.append((start, end, ""))
        elif isinstance(node, ast.Call) and (text := _wrapped_text(node)) is not None:
            inner = ast.get_source_segment(source, text) or ""
            if "\n" in inner:  # an implicit concatenation over lines keeps its brackets
                inner = f"({inner})"
            edits.append((_offset(lines, node.lineno, node.col_offset),
                          _offset(lines, node.end_lineno or node.lineno,
                                  node.end_col_offset or 0), inner))
    # Outermost first would be overwritten by inner edits: apply only non-nested ones per
    # pass, and repeat until nothing is left.
    edits.sort()
    chosen: list[tuple[int, int, str]] = []
    for edit in edits:
        if chosen and edit[0] < chosen[-1][1]:
            continue  # nested in the previous edit: next pass
        chosen.append(edit)
    for start, end, text in reversed(chosen):
        source = source[:start] + text + source[end:]
    if len(chosen) < len(edits):
        return rewrite(source)
    return source


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or sorted((ROOT / "opvoedapp").rglob("*.py"))
    changed = 0
    for path in files:
        before = path.read_text(encoding="utf-8")
        after = rewrite(before)
        if after != before:
            # Three blank lines where a _tr helper went: back to two.
            while "\n\n\n\n" in after:
                after = after.replace("\n\n\n\n", "\n\n\n")
            path.write_text(after, encoding="utf-8")
            changed += 1
    print(f"drop-tr: {changed} files rewritten")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
