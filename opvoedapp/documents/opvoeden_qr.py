"""The QR code for Opvoeden.nl, drawn on the handout without any network use.

The modules are ReportLab's own QR encoding (reportlab.graphics.barcode.qr, level M) of
OPVOEDEN_URL, stored here because that pure-Python encoding takes longer than the rest of a
handout; tests/test_handout_ages.py checks that they still equal a fresh encoding.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

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


def dark_runs(modules: tuple[str, ...] = MODULES) -> Iterator[tuple[int, int, int]]:
    """(row, first column, length) of every run of dark modules, row 0 at the top."""
    for row, line in enumerate(modules):
        start = None
        for col, dark in enumerate(line + "0"):
            if dark == "1" and start is None:
                start = col
            elif dark == "0" and start is not None:
                yield row, start, col - start
                start = None


def qr_flowable(size: float, modules: tuple[str, ...] = MODULES) -> Flowable:
    """A platypus flowable ``size`` points square that fills one rectangle per run of dark
    modules straight on the canvas (no graphics tree: cheaper, and no font involved)."""
    from reportlab.platypus import Flowable

    count = len(modules) + 2 * QUIET_MODULES
    box = size / count
    runs = tuple(dark_runs(modules))

    # ReportLab ships no type information, so Flowable is Any to mypy.
    class QrCode(Flowable):  # type: ignore[misc]
        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            return size, size

        def draw(self) -> None:
            canvas = self.canv
            canvas.saveState()
            canvas.setFillColorRGB(0, 0, 0)
            for row, col, length in runs:
                canvas.rect((col + QUIET_MODULES) * box, size - (row + QUIET_MODULES + 1) * box,
                            length * box, box, stroke=0, fill=1)
            canvas.restoreState()

    return QrCode()
