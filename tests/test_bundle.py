"""The offline one-folder build: built with the project's own script, then run from a
read-only program folder with no network, as on a locked-down school workstation."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

BUNDLE = ROOT / "dist" / "opvoedapp"
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux build only")]


def _isolation_works() -> bool:
    # A private mount namespace (for a read-only bind mount of the program folder) and an
    # empty network namespace. Root permission bits alone would not stop root from writing.
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-m", "-n", "sh", "-c",
                            "mount --bind / /mnt 2>/dev/null || true; true"],
                           capture_output=True, check=False)
    return probe.returncode == 0


@pytest.fixture(scope="module")
def bundle() -> Path:
    result = subprocess.run(["bash", str(ROOT / "scripts" / "build-bundle.sh")], cwd=ROOT,
                            capture_output=True, text=True, check=False, timeout=1200)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    assert (BUNDLE / "opvoedapp").exists()
    return BUNDLE


def _run_isolated(bundle: Path, home: Path, command: str, env_extra: dict[str, str]):
    """Run ``command`` with the bundle folder mounted read-only and no network at all."""
    script = (f"mount --bind '{bundle}' '{bundle}' && "
              f"mount -o remount,bind,ro '{bundle}' && {command}")
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
           "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
           "LANG": "C.UTF-8", **env_extra}
    return subprocess.run(["unshare", "-m", "-n", "sh", "-c", script], env=env,
                          capture_output=True, text=True, check=False, timeout=120)


def _listing(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.mark.skipif(not _isolation_works(), reason="no mount/network namespaces here (unshare)")
def test_frozen_self_test_passes_read_only_and_offline(bundle: Path, tmp_path: Path) -> None:
    before = _listing(bundle)
    result = _run_isolated(bundle, tmp_path, f"'{bundle}/opvoedapp' self-test", {})
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    assert lines[-1] == "Zelftest geslaagd."
    assert all(line.startswith("OK") for line in lines[:-1]), result.stdout
    assert any("controlegetal klopt" in line for line in lines)
    assert any("Netwerk: geen verbinding geprobeerd" in line for line in lines)
    # User data goes to the user's folder, never next to the executable.
    assert any(str(tmp_path) in line and "Gebruikersmap" in line for line in lines)
    assert _listing(bundle) == before


@pytest.mark.skipif(not _isolation_works(), reason="no mount/network namespaces here (unshare)")
def test_frozen_program_starts_to_an_idle_window(bundle: Path, tmp_path: Path) -> None:
    result = _run_isolated(bundle, tmp_path, f"'{bundle}/opvoedapp'",
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
    result = subprocess.run([str(bundle / "opvoedapp"), "--database", str(copy), "self-test"],
                            env=env, capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 1
    assert "FOUT  Richtlijndatabase" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


@pytest.mark.skipif(not _isolation_works(), reason="no mount/network namespaces here (unshare)")
def test_profile_in_the_program_folder_is_rolled_out_with_it(bundle: Path, tmp_path: Path) -> None:
    profile = bundle / "organisatie.toml"
    profile.write_text('versie = 1\n[organisatie]\nnaam = "JGZ Schoollocatie"\n'
                       '[[aanbod]]\ninterventie = "Opvoeden & Zo"\n', encoding="utf-8")
    try:
        result = _run_isolated(bundle, tmp_path, f"'{bundle}/opvoedapp' self-test", {})
    finally:
        profile.unlink()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Organisatieprofiel: JGZ Schoollocatie, 1 interventie(s)" in result.stdout
