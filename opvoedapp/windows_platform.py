"""What the program needs to know about Windows (and Wine) that it cannot learn from Qt.

Kept apart so every Windows-only call is in one place and guarded by ``sys.platform``: the
same code runs on Linux, where none of these calls exist.
"""

from __future__ import annotations

import sys

# QtPdf (PDFium, from Chromium) asks Windows for random numbers through ProcessPrng in
# bcryptprimitives.dll (Windows 10 and later) and stops the whole process with a breakpoint
# (int3) when the DLL or the function is missing, before Python can catch anything. Wine 8 has
# neither. Checking first turns that crash into a sentence.
PDF_RANDOM_DLL = "bcryptprimitives.dll"
PDF_RANDOM_FUNCTION = "ProcessPrng"


def wine_version() -> str | None:
    """The Wine version when this Windows program runs under Wine, else None.

    Wine's ntdll exports ``wine_get_version``; Windows' ntdll does not.
    """
    if sys.platform != "win32":
        return None
    import ctypes

    try:
        getter = ctypes.WinDLL("ntdll").wine_get_version
    except (AttributeError, OSError):
        return None
    getter.restype = ctypes.c_char_p
    return getter().decode("ascii", "replace")


def qtpdf_prerequisite_missing() -> str | None:
    """Why QtPdf cannot run on this Windows system, in Dutch, or None when it can.

    Always None off Windows.
    """
    if sys.platform != "win32":
        return None
    import ctypes

    try:
        getattr(ctypes.WinDLL(PDF_RANDOM_DLL), PDF_RANDOM_FUNCTION)
        return None
    except (AttributeError, OSError):
        pass
    wine = wine_version()
    where = (f"Wine {wine} (geen echte Windows-installatie)" if wine
             else "deze Windows-versie (Windows 10 of nieuwer is nodig)")
    return (f"{where} mist {PDF_RANDOM_FUNCTION} in {PDF_RANDOM_DLL}; QtPdf (PDFium) heeft "
            f"die nodig om PDF's te tonen")
