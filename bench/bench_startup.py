"""Start-up against a bare PySide6 window: first paint, idle with content, peak memory.

Targets (issue 16): first_window_ratio <= 1.3, startup_ratio <= 1.6, startup_memory_ratio
<= 1.5. Both programs end at the same moment: the first paint (QCoreApplication.exit in the
paint's event filter, so nothing queued by that paint runs) or the first idle turn with the
content shown.
"""

from __future__ import annotations

import compileall

from harness import PYTHON, ROOT, emit, median, paired, qt_env

PAIRS = 9
APP = [PYTHON, "-m", "opvoedapp"]
BARE = [PYTHON, str(ROOT / "bench" / "bare_window.py")]


def run() -> None:
    # Byte-code compiled first, as an installation or the frozen build has it: with
    # PYTHONDONTWRITEBYTECODE set, every run would compile the package again (about 30 ms)
    # and the figure would time the compiler. (bare_window.py is one small file.)
    compileall.compile_dir(ROOT / "opvoedapp", quiet=1)
    first = paired(APP, BARE, qt_env(OPVOEDAPP_EXIT_AFTER="first-paint"), PAIRS)
    ratios = [a / b for a, b in zip(first["app_s"], first["bare_s"], strict=True)]
    emit("first_window_ratio", median(ratios), "ratio", {
        "app_ms": round(median(first["app_s"]) * 1000, 1),
        "bare_ms": round(median(first["bare_s"]) * 1000, 1), "pairs": PAIRS, "target": 1.3})

    ready = paired(APP, BARE, qt_env(OPVOEDAPP_EXIT_AFTER="ready"), PAIRS)
    ratios = [a / b for a, b in zip(ready["app_s"], ready["bare_s"], strict=True)]
    emit("startup_ratio", median(ratios), "ratio", {
        "app_ms": round(median(ready["app_s"]) * 1000, 1),
        "bare_ms": round(median(ready["bare_s"]) * 1000, 1), "pairs": PAIRS, "target": 1.6})

    memory = [a / b for a, b in zip(ready["app_mib"], ready["bare_mib"], strict=True)]
    emit("startup_memory_ratio", median(memory), "ratio", {
        "app_mib": round(median(ready["app_mib"]), 1),
        "bare_mib": round(median(ready["bare_mib"]), 1), "pairs": PAIRS, "target": 1.5})
