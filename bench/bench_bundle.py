"""The offline build: folder and zip size, and frozen start-up against the bare window.

Builds dist/opvoedapp with scripts/build-bundle.sh first (about 40 s), so the figures are
those of the code as it is now, never of an older build left in dist/.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from harness import PYTHON, ROOT, emit, median, paired, qt_env

PAIRS = 9
BUNDLE = ROOT / "dist" / "opvoedapp"
BARE = [PYTHON, str(ROOT / "bench" / "bare_window.py")]
BARE_DIST = ROOT / "dist" / "bench"


def _size_mb(path: Path) -> float:
    files = [path] if path.is_file() else [p for p in path.rglob("*")
                                            if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 1_000_000


def run() -> None:
    build = subprocess.run(["bash", str(ROOT / "scripts" / "build-bundle.sh")], cwd=ROOT,
                           capture_output=True, text=True, check=False)
    if build.returncode != 0:
        raise RuntimeError(f"build-bundle.sh failed:\n{build.stderr[-3000:]}")
    internal = BUNDLE / "_internal"
    # What the handout languages add: the fonts (DejaVu + Noto Sans Arabic) and the shaping
    # and bidi libraries (uharfbuzz, python-bidi).
    emit("bundle_mb", _size_mb(BUNDLE), "MB", {
        "path": "dist/opvoedapp", "target": 160,
        "fonts_mb": round(_size_mb(internal / "opvoedapp" / "resources" / "fonts"), 2),
        "uharfbuzz_mb": round(_size_mb(internal / "uharfbuzz"), 2),
        "python_bidi_mb": round(_size_mb(internal / "bidi"), 2)})
    newest_zip = max(BUNDLE.parent.glob("opvoedapp-*.zip"), key=lambda p: p.stat().st_mtime)
    emit("bundle_zip_mb", _size_mb(newest_zip), "MB", {"path": f"dist/{newest_zip.name}"})
    # The reference frozen the same way (build/pyinstaller.spec, OPVOEDAPP_FREEZE_BARE_WINDOW),
    # beside the venv's bare window for comparison with the earlier figure.
    bare_build = subprocess.run(
        [PYTHON, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath",
         str(BARE_DIST), "--workpath", str(ROOT / "build" / "work-bare"),
         str(ROOT / "build" / "pyinstaller.spec")], cwd=ROOT, capture_output=True, text=True,
        check=False, env=dict(os.environ, OPVOEDAPP_FREEZE_BARE_WINDOW="1"))
    if bare_build.returncode != 0:
        raise RuntimeError(f"freezing the bare window failed:\n{bare_build.stderr[-3000:]}")
    frozen_bare = [str(BARE_DIST / "bare-window" / "bare-window")]
    env = qt_env(OPVOEDAPP_EXIT_AFTER="ready")
    frozen = paired([str(BUNDLE / "opvoedapp")], frozen_bare, env, PAIRS)
    venv = paired([str(BUNDLE / "opvoedapp")], BARE, env, PAIRS)
    ratios = [a / b for a, b in zip(frozen["app_s"], frozen["bare_s"], strict=True)]
    emit("frozen_startup_ratio", median(ratios), "ratio", {
        "frozen_ms": round(median(frozen["app_s"]) * 1000, 1),
        "bare_frozen_ms": round(median(frozen["bare_s"]) * 1000, 1),
        "bare_venv_ms": round(median(venv["bare_s"]) * 1000, 1),
        "ratio_vs_bare_venv": round(median(
            [a / b for a, b in zip(venv["app_s"], venv["bare_s"], strict=True)]), 3),
        "pairs": PAIRS, "target": 2.0})
