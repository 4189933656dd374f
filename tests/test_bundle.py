"""The offline one-folder build: built with the project's own script, then run from a
read-only program folder with no network, as on a locked-down school workstation.

How "read-only" and "no network" are made depends on the machine (chosen once, see
``_isolation``):

- ``namespaces`` (CI runs as root and has ``unshare``): the folder is bind-mounted read-only in
  a private mount namespace and the program runs in an empty network namespace. This is the
  real thing; permission bits alone would not do, because root ignores them.
- ``permissions`` (not root, no namespaces): ``chmod -R a-w`` on the folder for the run.
- ``watch`` (root without namespaces): nothing can stop root writing, so the tests only prove
  it does not: no file in the folder appears, disappears or changes (name, size, mtime).

In every mode the folder is also compared before and after, and the self-test's own audit hook
reports any socket connection attempted from Python.
"""

from __future__ import annotations

import functools
import os
import shutil
import stat
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from conftest import GUIDELINE_DB, ROOT
from test_handout_languages_pdf import assert_bilingual_arabic_handout

NAME = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["name"]
BUNDLE = ROOT / "dist" / NAME
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800),
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux build only")]


@functools.cache
def _isolation() -> tuple[str, list[str]]:
    """The strongest isolation this machine allows: (mode, unshare prefix)."""
    if shutil.which("unshare"):
        for prefix in (["unshare", "-m", "-n"], ["unshare", "-r", "-m", "-n"]):
            probe = subprocess.run([*prefix, "sh", "-c", "mount --bind / /mnt"],
                                   capture_output=True, check=False)
            if probe.returncode == 0:
                return "namespaces", prefix
    return ("watch" if os.geteuid() == 0 else "permissions"), []


@pytest.fixture(scope="module")
def bundle() -> Path:
    result = subprocess.run(["bash", str(ROOT / "scripts" / "build-bundle.sh")], cwd=ROOT,
                            capture_output=True, text=True, check=False, timeout=1200)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    assert (BUNDLE / NAME).exists()
    return BUNDLE


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if not p.is_symlink()}


def _make_read_only(folder: Path) -> dict[Path, int]:
    """Clear every write bit below ``folder``; return the old modes to restore."""
    modes = {p: p.stat().st_mode for p in [folder, *folder.rglob("*")] if not p.is_symlink()}
    for path, mode in modes.items():
        path.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    return modes


def _run_locked_down(bundle: Path, home: Path, args: list[str], env_extra: dict[str, str]):
    """Run the frozen program with ``args``, its folder read-only and without network."""
    mode, prefix = _isolation()
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
           "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
           "LANG": "C.UTF-8", **env_extra}
    command = [str(bundle / NAME), *args]
    before = _snapshot(bundle)
    if mode == "namespaces":
        script = (f"mount --bind '{bundle}' '{bundle}' && "
                  f"mount -o remount,bind,ro '{bundle}' && exec \"$@\"")
        command = [*prefix, "sh", "-c", script, "sh", *command]
    modes = _make_read_only(bundle) if mode == "permissions" else {}
    try:
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False,
                                timeout=120)
    finally:
        for path, old_mode in modes.items():
            path.chmod(old_mode)
    assert _snapshot(bundle) == before, f"the program wrote into its folder ({mode})"
    return result


def test_frozen_self_test_passes_read_only_and_offline(bundle: Path, tmp_path: Path) -> None:
    result = _run_locked_down(bundle, tmp_path, ["self-test"], {})
    lines = result.stdout.splitlines()
    assert result.returncode == 0, f"{_isolation()[0]}: {result.stdout}{result.stderr}"
    assert lines[-1] == "Zelftest geslaagd."
    # A CUPS that keeps printed jobs is a warning for the application manager, not a failure.
    assert all(line.startswith(("OK    ", "LET OP Afdrukwachtrij")) for line in lines[:-1]), (
        result.stdout)
    assert any("geopend (alleen lezen), controlegetal klopt" in line for line in lines)
    assert any("Netwerk: geen verbinding geprobeerd" in line for line in lines)
    # User data goes to the user's folder, never next to the executable.
    assert any(str(tmp_path) in line and "Gebruikersmap" in line for line in lines)


def test_frozen_program_starts_to_an_idle_window(bundle: Path, tmp_path: Path) -> None:
    result = _run_locked_down(bundle, tmp_path, [],
                              {"QT_QPA_PLATFORM": "offscreen", "OPVOEDAPP_EXIT_AFTER": "ready"})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_frozen_self_test_reports_a_damaged_database(bundle: Path, tmp_path: Path) -> None:
    copy = tmp_path / "guideline.sqlite"
    data = bytearray((bundle / "_internal" / "data" / "guideline.sqlite").read_bytes())
    data[-10] ^= 0xFF  # one flipped byte: still opens, but it is not what was built
    copy.write_bytes(bytes(data))
    shutil.copy(bundle / "_internal" / "data" / "guideline.sqlite.sha256", tmp_path)
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "d")}
    result = subprocess.run([str(bundle / NAME), "--database", str(copy), "self-test"],
                            env=env, capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 1
    assert "FOUT  Richtlijndatabase" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_frozen_program_makes_a_bilingual_arabic_handout(bundle: Path, tmp_path: Path,
                                                         content) -> None:
    # The frozen program finds its Arabic font, shapes with harfbuzz (uharfbuzz's compiled
    # module) and orders with python-bidi: all must have been collected by the spec.
    pdf = tmp_path / "uit" / "folder-ar.pdf"
    pdf.parent.mkdir()
    result = _run_locked_down(bundle, tmp_path, ["handout", "--age", "2", "--question", "gedrag",
                                                 "--taal", "ar", "-o", str(pdf)], {})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert_bilingual_arabic_handout(pdf.read_bytes(), content, tmp_path, "gedrag")


def test_profile_in_the_program_folder_is_rolled_out_with_it(bundle: Path, tmp_path: Path) -> None:
    profile = bundle / "organisatie.toml"
    profile.write_text('versie = 1\n[organisatie]\nnaam = "JGZ Schoollocatie"\n'
                       '[[aanbod]]\ninterventie = "Opvoeden & Zo"\n', encoding="utf-8")
    try:
        result = _run_locked_down(bundle, tmp_path, ["self-test"], {})
    finally:
        profile.unlink()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Organisatieprofiel: JGZ Schoollocatie, 1 interventie(s)" in result.stdout


def test_bundle_holds_what_the_spec_promises(bundle: Path) -> None:
    internal = bundle / "_internal"
    files = {str(p.relative_to(internal)) for p in internal.rglob("*") if p.is_file()}
    assert (internal / "data" / "guideline.sqlite").read_bytes() == GUIDELINE_DB.read_bytes()
    fonts = {Path(f).name for f in files if f.startswith("opvoedapp/resources/fonts/")}
    assert {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE-DejaVu.txt"} <= fonts
    assert {Path(f).name for f in files if "/translations/" in f} == {"qtbase_nl.qm"}
    assert any(f.endswith("plugins/printsupport/libcupsprintersupport.so") for f in files)
    assert any(f.endswith("plugins/platforms/libqxcb.so") for f in files)
    assert {"PySide6/QtCharts.abi3.so", "PySide6/QtPdf.abi3.so"} <= files
    left_out = ("Qt6Quick", "Qt6Qml", "VirtualKeyboard", "WebEngine", "/qml/", "libqgtk3",
                "Qt6Multimedia", "QtNetwork.abi3", "QtOpenGL.abi3", "QtOpenGLWidgets.abi3",
                "QtDBus.abi3", "libqwayland", "libqeglfs", "libqvnc", "_hashlib", "libcrypto")
    assert not [f for f in files if any(part in f for part in left_out)]
    # No UPX: a packed program carries this marker, and antivirus scanners distrust it.
    assert b"UPX!" not in (bundle / NAME).read_bytes()
