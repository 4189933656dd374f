"""The QR code for Opvoeden.nl, drawn on the handout without any network use.

The modules are ReportLab's own QR encoding (reportlab.graphics.barcode.qr, level M) of
OPVOEDEN_URL, stored here because that pure-Python encoding takes longer than the rest of a
handout; tests/test_handout_ages.py checks that they still equal a fresh encoding.
"""

from __future__ import annotations

OPVOEDEN_URL = "https://www.opvoeden.nl"
QUIET_MODULES = 4  # the white border a phone camera needs around the code
MODULES = (
    "1111111000011110001111111",
    "1000001010011010101000001",
    "1011101011101001101011101",
    "1011101011110100101011101",
    "1011101000101000101011101",
    "1000001000100010101000001",
    "1111111010101010101111111",
    "0000000010001011100000000",
    "1000001011111110011001110",
    "1000000110111111010111110",
    "1100101101001111011111011",
    "0011100011100001110101001",
    "0101011101011011001000001",
    "1111110101100101110100010",
    "1011001101011111011111011",
    "1000110100110010110101101",
    "1001111000010111111110100",
    "0000000011101101100010000",
    "1111111001110000101010001",
    "1000001001001001100010010",
    "1011101000101111111110111",
    "1011101000100111001000011",
    "1011101000011010100001101",
    "1000001000110000110110001",
    "1111111011001110110001001",
)


def qr_drawing(size: float, modules: tuple[str, ...] = MODULES, font: str = ""):
    """A ReportLab Drawing of ``size`` points square: one black rectangle per run of dark
    modules in a row."""
    from reportlab.graphics.shapes import Drawing, Rect
    from reportlab.lib import colors

    count = len(modules) + 2 * QUIET_MODULES
    box = size / count
    drawing = Drawing(size, size)
    if font:  # else the renderer starts in Helvetica (not embedded)
        drawing.initialFontName = font
    for row, line in enumerate(modules):
        y = size - (row + QUIET_MODULES + 1) * box
        start = None
        for col, dark in enumerate(line + "0"):
            if dark == "1" and start is None:
                start = col
            elif dark == "0" and start is not None:
                drawing.add(Rect((start + QUIET_MODULES) * box, y, (col - start) * box, box,
                                 fillColor=colors.black, strokeColor=None, strokeWidth=0))
                start = None
    return drawing
