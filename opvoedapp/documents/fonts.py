"""Register the bundled fonts with ReportLab, embedded as TrueType subsets.

DejaVu Sans covers Latin (ĳ, ë, €, Turkish ğ ş ı İ, Polish ą ę ł ż) and Cyrillic (і ї є ґ);
the standard PDF fonts lack such glyphs, so every document uses it. Noto Sans Arabic (OFL,
from Debian's fonts-noto-core) sets Arabic: a typeface drawn for Arabic, with the joining
forms that ReportLab's harfbuzz shaping picks (documents.bidi_paragraph). No italic: no
document uses it, and each registered font costs start-up time and disk.
"""

from __future__ import annotations

from functools import cache

from opvoedapp.paths import resources_dir

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
ARABIC_FONT = "NotoSansArabic-Regular"
ARABIC_FONT_BOLD = "NotoSansArabic-Bold"
# The Arabic face to use beside each Latin face (a heading stays bold in both scripts).
ARABIC_FOR = {FONT: ARABIC_FONT, FONT_BOLD: ARABIC_FONT_BOLD}


@cache
def register_fonts() -> str:
    """Register the Latin/Cyrillic family once per process; return its name for styles."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = resources_dir() / "fonts"
    for name in (FONT, FONT_BOLD):
        pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
    # <i> would otherwise raise; it falls back to the upright faces.
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT)
    addMapping(FONT, 1, 1, FONT_BOLD)
    return FONT


@cache
def register_arabic_fonts() -> str:
    """Register Noto Sans Arabic only when an Arabic handout is made (Dutch never pays)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    register_fonts()
    folder = resources_dir() / "fonts"
    for name in (ARABIC_FONT, ARABIC_FONT_BOLD):
        pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf"), shapable=True))
    return ARABIC_FONT
