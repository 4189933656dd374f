"""Shared helpers: time whole processes in alternation and report medians and ratios."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def emit(name: str, value: float, unit: str, detail: dict | str) -> None:
    print(json.dumps({"name": name, "value": round(value, 3), "unit": unit, "detail": detail},
                     ensure_ascii=False), flush=True)


def run_process(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Run to completion; return (wall seconds, peak resident MiB) of that one process."""
    wall, mib, _cpu = run_process_usage(args, env)
    return wall, mib


def run_process_usage(args: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(wall seconds, peak resident MiB, CPU seconds user+system) of one process run.

    CPU time is steadier than wall time on a machine that others load too."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{args} exited with {proc.returncode}")
    return wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def qt_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra)
    return env


def paired(app_args: list[str], bare_args: list[str], env: dict[str, str],
           pairs: int) -> dict[str, list[float]]:
    """Alternate app and bare runs (after one warm-up each) so machine drift hits both."""
    run_process(app_args, env)
    run_process(bare_args, env)
    result: dict[str, list[float]] = {"app_s": [], "bare_s": [], "app_mib": [], "bare_mib": [],
                                      "app_cpu_s": [], "bare_cpu_s": []}
    for _ in range(pairs):
        for side, args in (("app", app_args), ("bare", bare_args)):
            wall, mib, cpu = run_process_usage(args, env)
            result[f"{side}_s"].append(wall)
            result[f"{side}_mib"].append(mib)
            result[f"{side}_cpu_s"].append(cpu)
    return result


def median(values: list[float]) -> float:
    return statistics.median(values)
