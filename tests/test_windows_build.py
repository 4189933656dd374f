"""The Windows build, made here by scripts/build-windows.sh and run under Wine.

Runs only with OPVOEDAPP_WINDOWS=1 (``.ci/run`` sets it; the build installs Wine and takes
several minutes). Developers skip it by leaving the variable unset, or with
``-m 'not windows'``. With the variable set, a missing tool is a failure, not a skip.

Under Wine the program needs two harness shims (build/windows/wine-harness/): the tests prove
they are never shipped, and that without the QtPdf one the self-test says why instead of
crashing.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from conftest import ROOT
from test_handout_languages_pdf import assert_bilingual_arabic_handout
from windows_harness import Wine, Xvfb, screenshot_dir, wait_until, windows_path

pytestmark = [
    # The first test also builds the program (Wine, wheels, PyInstaller): minutes, not the
    # suite's default two.
    pytest.mark.timeout(2400),
    pytest.mark.windows, pytest.mark.slow,
    pytest.mark.skipif(os.environ.get("OPVOEDAPP_WINDOWS") != "1",
                       reason="Windows build under Wine: set OPVOEDAPP_WINDOWS=1 (CI does)"),
]
sys.path.insert(0, str(ROOT / "build"))
from project_info import name_and_version  # noqa: E402

NAME, VERSION = name_and_version(ROOT)
BUNDLE = ROOT / "dist" / "windows" / NAME
EXE = BUNDLE / f"{NAME}.exe"
ZIP = ROOT / "dist" / f"{NAME}-{VERSION}-windows-x64.zip"
MSI = ROOT / "dist" / f"{NAME}-{VERSION}-windows-x64.msi"
SELF_TEST_CHECKS = ("Richtlijndatabase", "Gebruikersmap", "Organisatieprofiel", "Folder (PDF)",
                    "PDF-weergave", "Vertaling", "Afdrukken", "Zelfreflectie-opslag",
                    "Grafiek", "Netwerk", "Afdrukwachtrij")


@pytest.fixture(scope="module")
def build() -> Path:
    # For a developer re-running the tests: OPVOEDAPP_WINDOWS_REUSE=1 keeps an existing build.
    if os.environ.get("OPVOEDAPP_WINDOWS_REUSE") == "1" and EXE.exists() and MSI.exists():
        return BUNDLE
    result = subprocess.run(["bash", str(ROOT / "scripts" / "build-windows.sh")], cwd=ROOT,
                            capture_output=True, text=True, check=False, timeout=1800)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return BUNDLE


@pytest.fixture(scope="module")
def wine(build: Path, tmp_path_factory: pytest.TempPathFactory):
    harness = Wine(tmp_path_factory.mktemp("wine") / "prefix")
    harness.make()
    yield harness
    harness.stop()


def _ico_images(path: Path) -> list[bytes]:
    data = path.read_bytes()
    count = struct.unpack_from("<H", data, 4)[0]
    entries = [struct.unpack_from("<II", data, 6 + 16 * i + 8) for i in range(count)]
    return [data[offset:offset + size] for size, offset in entries]


def _pe_subsystem(exe: Path) -> int:
    data = exe.read_bytes()
    header = struct.unpack_from("<I", data, 0x3C)[0]
    return struct.unpack_from("<H", data, header + 24 + 68)[0]  # OptionalHeader.Subsystem


def test_folder_is_a_windowed_program_with_icon_and_version(build: Path) -> None:
    assert _pe_subsystem(EXE) == 2  # IMAGE_SUBSYSTEM_WINDOWS_GUI: no console window
    data = EXE.read_bytes()
    assert "ProductVersion\0".encode("utf-16-le") in data
    assert f"{VERSION}\0".encode("utf-16-le") in data
    assert "Opvoedapp: JGZ-richtlijn".encode("utf-16-le") in data
    # Every image of the .ico is copied into the program's icon resources.
    for image in _ico_images(ROOT / "build" / "windows" / "opvoedapp.ico"):
        assert image in data
    files = [p for p in build.rglob("*") if p.is_file()]
    names = {p.name.lower() for p in files}
    for shim in ("icuuc.dll", "icuuc77.dll", "icudt77.dll", "bcryptprimitives.dll",
                 "mscms.dll", "_wmi.pyd"):
        assert shim not in names
    assert (build / "_internal" / "data" / "guideline.sqlite").exists()
    assert sum(p.stat().st_size for p in files) < 200_000_000
    assert ZIP.stat().st_size > 0


def test_self_test_passes_under_wine(wine: Wine, tmp_path: Path) -> None:
    report = tmp_path / "zelftest.txt"
    result = wine.run(EXE, "self-test", "-o", windows_path(report))
    lines = report.read_text(encoding="utf-8").splitlines()
    assert result.returncode == 0, lines
    assert lines[-1] == "Zelftest geslaagd."
    for check in SELF_TEST_CHECKS:
        assert any(line.startswith(f"OK    {check}:") for line in lines), (check, lines)
    assert "C:\\users\\" in next(line for line in lines if "Gebruikersmap" in line)


def test_self_test_names_wines_missing_prng_and_keeps_other_checks(wine: Wine,
                                                                   tmp_path: Path) -> None:
    shim = wine.system32 / "bcryptprimitives.dll"
    kept = tmp_path / "bcryptprimitives.dll"
    shim.rename(kept)
    report = tmp_path / "zelftest.txt"
    try:
        # Once in a full CI run, Wine ended this process before it wrote its report (not seen
        # alone or in two other full runs); a second try tells a Wine hiccup from our bug,
        # and the output of both is kept for the failure message.
        outputs = []
        for _attempt in range(2):
            result = wine.run(EXE, "self-test", "-o", windows_path(report))
            outputs.append((result.returncode, result.stdout[-1500:], result.stderr[-1500:]))
            if report.exists():
                break
    finally:
        kept.rename(shim)
    assert report.exists(), outputs
    lines = report.read_text(encoding="utf-8").splitlines()
    assert result.returncode == 1
    pdf_line = next(line for line in lines if "PDF-weergave" in line)
    assert pdf_line.startswith("FOUT") and "Wine" in pdf_line and "ProcessPrng" in pdf_line
    others = [line for line in lines[:-1] if "PDF-weergave" not in line]
    assert len(others) == len(SELF_TEST_CHECKS) - 1
    assert all(line.startswith("OK") for line in others), others


def test_export_content_matches_the_linux_program(wine: Wine, tmp_path: Path) -> None:
    exported = tmp_path / "inhoud.json"
    result = wine.run(EXE, "export-content", "-o", windows_path(exported))
    assert result.returncode == 0, result.stdout[-2000:]
    linux = subprocess.run([sys.executable, "-m", "opvoedapp", "export-content"], cwd=ROOT,
                           capture_output=True, check=True, timeout=120)
    assert json.loads(exported.read_text(encoding="utf-8")) == json.loads(linux.stdout)


def test_handout_pdf_from_the_windows_program(wine: Wine, tmp_path: Path) -> None:
    pdf = tmp_path / "folder.pdf"
    result = wine.run(EXE, "handout", "--age", "2", "--question", "gedrag", "-o",
                      windows_path(pdf))
    assert result.returncode == 0, result.stdout[-2000:]
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 1
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Opvoeden" in text or "opvoeden" in text
    fonts = {font.get_object()["/BaseFont"] for page in reader.pages
             for font in page["/Resources"]["/Font"].values()}
    assert any("DejaVuSans" in name for name in fonts), fonts
    assert b"/FontFile2" in pdf.read_bytes()  # the bundled fonts are embedded


def test_arabic_handout_from_the_windows_program(wine: Wine, tmp_path: Path, content) -> None:
    # The Windows folder must carry the Arabic font, uharfbuzz's compiled module and
    # python-bidi: the same checks as the Linux program's handout.
    pdf = tmp_path / "folder-ar.pdf"
    result = wine.run(EXE, "handout", "--age", "2", "--question", "gedrag", "--taal", "ar",
                      "-o", windows_path(pdf))
    assert result.returncode == 0, (result.stdout[-2000:], result.stderr[-2000:])
    assert_bilingual_arabic_handout(pdf.read_bytes(), content, tmp_path, "gedrag")


def test_window_opens_under_wine_on_a_screen(build: Path, tmp_path_factory) -> None:
    with Xvfb() as screen:
        harness = Wine(tmp_path_factory.mktemp("wine-gui") / "prefix", display=screen.display)
        harness.make()
        program = harness.start(EXE)
        try:
            title = '"Opvoedapp — richtlijn Opvoedingsondersteuning"'
            wait_until(lambda: title in screen.windows() or program.poll() is not None, 120,
                       "the main window")
            assert program.poll() is None, program.stdout.read().decode(errors="replace")[-2000:]
            assert '"Error"' not in screen.windows()
            shot = screenshot_dir() / "opvoedapp-under-wine.png"
            # Drawn: text, tab bar and the red safety button, not one flat colour.
            wait_until(lambda: _looks_drawn(screen.screenshot(shot)), 60, "the window drawn")
        finally:
            harness.stop()
            program.communicate(timeout=60)


def _looks_drawn(shot: Path) -> bool:
    from PIL import Image

    with Image.open(shot) as image:
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20) or []
    safety_red = any(r > 150 and g < 80 and b < 80 for _count, (r, g, b) in colours)
    return len(colours) > 50 and safety_red


def _msi_table(name: str) -> list[list[str]]:
    out = subprocess.run(["msiinfo", "export", str(MSI), name], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    return [line.split("\t") for line in out.splitlines()[3:]]  # after names, types, key


def test_msi_installs_per_machine_with_a_start_menu_shortcut(build: Path) -> None:
    properties = dict(row[:2] for row in _msi_table("Property"))
    assert properties["ALLUSERS"] == "1"
    assert properties["ProductVersion"] == VERSION
    assert properties["UpgradeCode"] == "{34407C9D-D74E-43D2-AF81-26EE321B56D8}"
    directories = {row[0]: row for row in _msi_table("Directory")}
    assert directories["INSTALLDIR"][1:] == ["ProgramFiles64Folder", "Opvoedapp"]
    [shortcut] = _msi_table("Shortcut")
    assert shortcut[1:3] == ["ProgramMenuFolder", "Opvoedapp"]
    assert shortcut[4] == f"[INSTALLDIR]{NAME}.exe"
    files = [p for p in build.rglob("*") if p.is_file()]
    assert len(_msi_table("File")) == len(files)
    assert {row[1] for row in _msi_table("Upgrade")} != set()  # newer replaces older
    summary = subprocess.run(["msiinfo", "suminfo", str(MSI)], capture_output=True, text=True,
                             check=True).stdout
    assert "Template: x64;" in summary


def test_msi_silent_install_runs_and_uninstalls_cleanly(wine: Wine, tmp_path: Path) -> None:
    installed = wine.prefix / "drive_c" / "Program Files" / "Opvoedapp"
    result = wine.run("msiexec", "/i", windows_path(MSI), "/qn")
    assert result.returncode == 0, result.stdout[-2000:]
    assert (installed / f"{NAME}.exe").exists()
    # Registered for the machine (HKLM), with its uninstall command.
    uninstall = wine.run("reg", "query",
                         r"HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall", "/s")
    assert b"DisplayName    REG_SZ    Opvoedapp" in uninstall.stdout
    # Wine 8 resolves ProgramMenuFolder to the user's Start menu even with ALLUSERS=1 (Windows
    # uses the all-users one; the Property table test above checks ALLUSERS): find either.
    [menu] = [p for p in wine.prefix.joinpath("drive_c").rglob("Opvoedapp.lnk")
              if "Start Menu" in str(p)]
    report = tmp_path / "zelftest.txt"
    ran = wine.run(installed / f"{NAME}.exe", "self-test", "-o", windows_path(report))
    assert ran.returncode == 0, report.read_text(encoding="utf-8")
    removed = wine.run("msiexec", "/x", windows_path(MSI), "/qn")
    assert removed.returncode == 0, removed.stdout[-2000:]
    assert not installed.exists() and not menu.exists()
    after = wine.run("reg", "query",
                     r"HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall", "/s")
    assert b"Opvoedapp" not in after.stdout
