"""One check's outcome: whether it holds and the Dutch line the user reads."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    line: str
