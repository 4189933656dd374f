"""Run the benchmarks; print one JSON object per line: name, value, unit, detail.

    .venv/bin/python bench/run.py            # all benchmarks
    .venv/bin/python bench/run.py startup    # only bench_startup.py
    .venv/bin/python bench/run.py endurance  # a working day: endurance_s, endurance_peak_ratio

Every bench_*.py module in this folder has a run() that emits its figures. Ratios compare
with a bare PySide6 window or the bare library call measured in the same run.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def main(argv: list[str]) -> int:
    names = sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))
    chosen = [n for n in names if not argv or n in argv]
    if len(chosen) == 1:
        importlib.import_module(f"bench_{chosen[0]}").run()
        return 0
    # Each module in its own process: a child forked from a process that already loaded Qt
    # inherits its peak memory, which would spoil the memory ratios of the next module.
    for name in chosen:
        subprocess.run([sys.executable, __file__, name], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
