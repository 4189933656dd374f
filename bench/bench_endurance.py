"""endurance_s (a working day of 200 consults) and endurance_peak_ratio (its memory growth).

Runs ``tests/endurance_driver.py`` once: the real program in a fresh process, 200 consults
(age, date of birth, question, every tab, a handout built, Ctrl+N) and 1,000 Zelfreflectie
answers, with a private home. endurance_s is the time of the 200 consults; the memory figure
is the run's peak resident size against the same run's peak after its first consult, so a
leak per consult shows as a ratio well above 1, whatever the machine.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path

from harness import PYTHON, ROOT, emit, qt_env

CONSULTS, ANSWERS = 200, 1000


def run() -> None:
    with tempfile.TemporaryDirectory(prefix="opvoedapp-bench-endurance-") as folder:
        home = Path(folder)
        report = home / "endurance.json"
        env = qt_env(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
                     XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"))
        env.pop("OPVOEDAPP_EXIT_AFTER", None)
        subprocess.run([PYTHON, str(ROOT / "tests" / "endurance_driver.py"),
                        "--consults", str(CONSULTS), "--answers", str(ANSWERS),
                        "--report", str(report)],
                       cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        figures = json.loads(report.read_text(encoding="utf-8"))
    emit("endurance_s", figures["consults_s"], "s", {
        "consults": CONSULTS, "per_consult_ms": round(1000 * figures["consults_s"] / CONSULTS, 1),
        "answers": ANSWERS, "answers_s": round(figures["answers_s"], 2),
        "process_s": round(figures["total_s"], 2)})
    emit("endurance_peak_ratio", figures["peak_mib"] / figures["first_consult_mib"], "ratio", {
        "peak_mib": round(figures["peak_mib"], 1),
        "after_first_consult_mib": round(figures["first_consult_mib"], 1),
        # Which half grows: the consults, or the Zelfreflectie answers after them.
        "after_200_consults_mib": round(figures["after_consults_mib"], 1),
        # The peak's rise over the answers, per answer (about 85 KB while the charts leaked;
        # bench_reflection.py's answer_memory_kb measures the tab alone).
        "answers_growth_kb_each": round(
            (figures["peak_mib"] - figures["after_consults_mib"]) * 1024 / ANSWERS, 1)})


if __name__ == "__main__":
    os.chdir(ROOT)
    run()
