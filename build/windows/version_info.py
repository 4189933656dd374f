"""The Windows version resource (Explorer → Eigenschappen → Details) for opvoedapp.exe.

Built from the version pyproject.toml gives, so it cannot drift from the program's own
``--version``. Imported by build/pyinstaller.spec only when it builds for Windows.
"""

from __future__ import annotations

import re

DUTCH_UNICODE = "041304B0"  # language 0x0413 (Dutch, Netherlands), code page 1200 (UTF-16)


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """"1.2.3" → (1, 2, 3, 0); a suffix such as "1.2.3rc1" keeps its leading digits only."""
    parts = []
    for piece in version.split(".")[:4]:
        leading = re.match(r"\d+", piece)
        parts.append(min(int(leading.group(0)), 65535) if leading else 0)
    return tuple((parts + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def version_info(name: str, version: str):
    # PyInstaller's classes need pefile, which only the Windows build environment has.
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    numbers = numeric_version(version)
    strings = [
        StringStruct("CompanyName", "Opvoedapp"),
        StringStruct("FileDescription", "Opvoedapp: JGZ-richtlijn Opvoedingsondersteuning"),
        StringStruct("FileVersion", version),
        StringStruct("InternalName", name),
        StringStruct("LegalCopyright", "Programma: EUPL-1.2; richtlijninhoud (c) NCJ 2013"),
        StringStruct("OriginalFilename", f"{name}.exe"),
        StringStruct("ProductName", "Opvoedapp"),
        StringStruct("ProductVersion", version),
    ]
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers, mask=0x3F, flags=0x0, OS=0x40004,
                          fileType=0x1, subtype=0x0, date=(0, 0)),
        kids=[StringFileInfo([StringTable(DUTCH_UNICODE, strings)]),
              VarFileInfo([VarStruct("Translation", [0x0413, 1200])])],
    )
