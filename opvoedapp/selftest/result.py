"""One check's outcome: whether it holds and the Dutch line the user reads."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    line: str
    # Holds, but the application manager should act (shown as "LET OP", not a failure).
    warning: bool = False
