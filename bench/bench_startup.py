"""Start-up against a bare PySide6 window: first paint, idle with content, peak memory.

Targets (issue 16): first_window_ratio <= 1.3, startup_ratio <= 1.6, startup_memory_ratio
<= 1.5. Both programs end at the same moment: the first paint (QCoreApplication.exit in the
paint's event filter, so nothing queued by that paint runs) or the first idle turn after the
content has been painted (the program: the tab on screen built and drawn, the menus and the
privacy guards installed; the bare window: drawn). Until issue 16's last round "ready" was
a zero timer, which on the offscreen platform fires before the next paint: the bare window
quit without ever drawing itself and the program without drawing its content
(tests/test_bench_ready.py).

Both run on the same offscreen screen of 1920x1080 (bench/offscreen-1920x1080.json) unless
QT_QPA_PLATFORM is set: offscreen's own default screen is 800x800, smaller than any nurse's,
where the program (not the bare window) opens maximised and elides its consult bar. Each
figure is the median of the per-pair ratios; the detail gives their spread (min-max), the
CPU-time ratio (steadier than wall time on a shared machine) and the load average.
"""

from __future__ import annotations

import compileall
import os

from harness import PYTHON, ROOT, emit, median, paired, qt_env

PAIRS = 9
APP = [PYTHON, "-m", "opvoedapp"]
BARE = [PYTHON, str(ROOT / "bench" / "bare_window.py")]
SCREEN = ROOT / "bench" / "offscreen-1920x1080.json"


def _env(mode: str) -> dict[str, str]:
    env = qt_env(OPVOEDAPP_EXIT_AFTER=mode)
    if "QT_QPA_PLATFORM" not in os.environ:
        env["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"
    return env


def _ratios(result: dict[str, list[float]], key: str) -> list[float]:
    return [a / b for a, b in zip(result[f"app_{key}"], result[f"bare_{key}"], strict=True)]


def _emit(name: str, result: dict[str, list[float]], key: str, unit_key: str,
          target: float) -> None:
    ratios = _ratios(result, key)
    detail: dict = {f"app_{unit_key}": round(median(result[f"app_{key}"]) * (
                        1000 if key != "mib" else 1), 1),
                    f"bare_{unit_key}": round(median(result[f"bare_{key}"]) * (
                        1000 if key != "mib" else 1), 1),
                    "spread": [round(min(ratios), 3), round(max(ratios), 3)]}
    if key == "s":
        cpu = _ratios(result, "cpu_s")
        detail["cpu_ratio"] = round(median(cpu), 3)
        detail["cpu_spread"] = [round(min(cpu), 3), round(max(cpu), 3)]
        detail["app_cpu_ms"] = round(median(result["app_cpu_s"]) * 1000, 1)
        detail["bare_cpu_ms"] = round(median(result["bare_cpu_s"]) * 1000, 1)
    detail.update({"pairs": PAIRS, "target": target,
                   "load_average": [round(x, 2) for x in os.getloadavg()]})
    emit(name, median(ratios), "ratio", detail)


def run() -> None:
    # Byte-code compiled first, as an installation or the frozen build has it: with
    # PYTHONDONTWRITEBYTECODE set, every run would compile the package again (about 30 ms)
    # and the figure would time the compiler. (bare_window.py is one small file.)
    compileall.compile_dir(ROOT / "opvoedapp", quiet=1)
    first = paired(APP, BARE, _env("first-paint"), PAIRS)
    _emit("first_window_ratio", first, "s", "ms", 1.3)
    ready = paired(APP, BARE, _env("ready"), PAIRS)
    _emit("startup_ratio", ready, "s", "ms", 1.6)
    _emit("startup_memory_ratio", ready, "mib", "mib", 1.5)
