"""The Windows build: program folder, zip and MSI sizes (the folder must stay under 200 MB).

Builds with scripts/build-windows.sh first (Wine; about 3 minutes once the downloads are
there), so the figures are those of the code as it is now. OPVOEDAPP_WINDOWS_REUSE=1 measures
an existing build instead. Also reports how long that build took (seconds, not a ratio: there
is no bare counterpart to a cross-build).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

from harness import ROOT, emit

sys.path.insert(0, str(ROOT / "build"))
from project_info import name_and_version

NAME, VERSION = name_and_version(ROOT)
BUNDLE = ROOT / "dist" / "windows" / NAME
BASE = f"{NAME}-{VERSION}-windows-x64"
ZIP = ROOT / "dist" / f"{BASE}.zip"
MSI = ROOT / "dist" / f"{BASE}.msi"


def _mb(size: int) -> float:
    return size / 1_000_000


def run() -> None:
    reuse = os.environ.get("OPVOEDAPP_WINDOWS_REUSE") == "1" and BUNDLE.exists()
    if not reuse:
        start = time.perf_counter()
        build = subprocess.run(["bash", str(ROOT / "scripts" / "build-windows.sh")], cwd=ROOT,
                               capture_output=True, text=True, check=False)
        if build.returncode != 0:
            raise RuntimeError(f"build-windows.sh failed:\n{build.stderr[-3000:]}")
        emit("windows_build_s", time.perf_counter() - start, "s",
             {"note": "downloads cached in build/work-windows; Wine prefix made fresh"})
    files = [p for p in BUNDLE.rglob("*") if p.is_file()]
    zipped = ZIP.stat().st_size
    emit("windows_bundle_mb", _mb(sum(p.stat().st_size for p in files)), "MB",
         {"path": f"dist/windows/{NAME}", "files": len(files), "target": 200,
          "zip_mb": round(_mb(zipped), 1)})
    emit("windows_bundle_zip_mb", _mb(zipped), "MB", {"path": f"dist/{ZIP.name}"})
    emit("windows_msi_mb", _mb(MSI.stat().st_size), "MB", {"path": f"dist/{MSI.name}"})
