"""Running the Windows build under Wine for tests/test_windows_build.py.

Each test module gets its own Wine prefix in a temporary folder (Windows 10, plus the harness
shims of build/windows/wine-harness/ in its system32). The Windows program's output goes
through pipes: Wine cannot hand a Windows program a Linux file as its standard output.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from conftest import ROOT

WORK = ROOT / "build" / "work-windows"
SHIMS = WORK / "shims"
MAKE_PREFIX = ROOT / "build" / "windows" / "wine-harness" / "make-prefix.sh"
# Wine shows the Linux root as drive Z:.


def windows_path(path: Path) -> str:
    return "Z:" + str(path).replace("/", "\\")


class Wine:
    def __init__(self, prefix: Path, display: str | None = None) -> None:
        self.prefix = prefix
        self.env = {**os.environ, "WINEPREFIX": str(prefix), "WINEARCH": "win64",
                    "WINEDEBUG": "-all", "WINEDLLOVERRIDES": "mscoree=;mshtml="}
        self.env.pop("DISPLAY", None)
        if display:
            self.env["DISPLAY"] = display

    def make(self) -> None:
        result = subprocess.run(["bash", str(MAKE_PREFIX), str(self.prefix), str(SHIMS)],
                                env=self.env, capture_output=True, text=True, timeout=300,
                                check=False)
        assert result.returncode == 0, result.stderr[-2000:]

    @property
    def system32(self) -> Path:
        return self.prefix / "drive_c" / "windows" / "system32"

    def run(self, program: Path | str, *args: str, timeout: int = 300):
        return subprocess.run(["wine", str(program), *args], env=self.env,
                              stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout,
                              check=False)

    def start(self, program: Path, *args: str) -> subprocess.Popen:
        return subprocess.Popen(["wine", str(program), *args], env=self.env,
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT)

    def stop(self) -> None:
        """End every Windows process of this prefix (and only of this prefix)."""
        subprocess.run(["wineserver", "-k"], env=self.env, check=False, timeout=60)


def wait_until(condition: Callable[[], object], timeout: float, what: str) -> object:
    """Poll ``condition`` until it returns something true; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.25)  # polling an outside process; there is no signal to wait on
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


class Xvfb:
    """A private X server on a free display in :270-:279 (this project's range)."""

    def __init__(self) -> None:
        self.process: subprocess.Popen | None = None
        self.display = ""

    def __enter__(self) -> Xvfb:
        for number in range(270, 280):
            if Path(f"/tmp/.X{number}-lock").exists():
                continue
            process = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1366x768x24",
                                        "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
            socket = Path(f"/tmp/.X11-unix/X{number}")
            try:
                # Called at once, in this iteration; the defaults only say so to the linter.
                wait_until(lambda socket=socket, process=process: (
                    socket.exists() or process.poll() is not None), 20, f"Xvfb :{number}")
            except AssertionError:
                process.kill()
                continue
            if process.poll() is None:
                self.process, self.display = process, f":{number}"
                return self
        raise AssertionError("no free X display in :270-:279")

    def __exit__(self, *exc: object) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)

    def windows(self) -> str:
        result = subprocess.run(["xwininfo", "-root", "-tree"],
                                # UTF-8, or the title's dash fails to convert and is lost.
                                env={"DISPLAY": self.display, "LC_ALL": "C.UTF-8"},
                                capture_output=True, text=True, check=False, timeout=30)
        return result.stdout

    def screenshot(self, target: Path) -> Path:
        subprocess.run(["import", "-display", self.display, "-window", "root", str(target)],
                       check=True, timeout=60)
        return target


def screenshot_dir() -> Path:
    """Outside the repository; OPVOEDAPP_SCREENSHOT_DIR chooses where (default: temp)."""
    folder = Path(os.environ.get("OPVOEDAPP_SCREENSHOT_DIR") or "/tmp/opvoedapp-windows-shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def have_tools() -> bool:
    return all(shutil.which(tool) for tool in ("wine", "wineserver", "msiinfo"))
