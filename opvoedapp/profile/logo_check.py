"""Is this logo a usable PNG, JPEG or SVG? Checked from its bytes, Qt-free, at load time.

The docs promise that a broken logo refuses the profile, so a broken roll-out is noticed;
before, a text file named ``logo.png`` printed every handout without a logo and no warning.
A logo is small: an image larger than MAX_PIXELS, or an SVG with a DOCTYPE (entity
expansion), is refused rather than handed to an image decoder.
"""

from __future__ import annotations

import re
import struct

MAX_PIXELS = 25_000_000  # 5000×5000: far above any letterhead logo
_PNG = b"\x89PNG\r\n\x1a\n"
_SVG_SIZE = re.compile(rb'\b(width|height)\s*=\s*["\']\s*([0-9.]+)', re.IGNORECASE)


def logo_problem(data: bytes) -> str:
    """"" for a usable logo, else a Dutch phrase ("is geen afbeelding …")."""
    if data.startswith(_PNG):
        return _png_problem(data)
    if data.startswith(b"\xff\xd8\xff"):
        return _jpeg_problem(data)
    if b"<svg" in data[:4096].lower():
        return _svg_problem(data)
    return "is geen PNG-, JPEG- of SVG-afbeelding"


def _too_large(width: float, height: float) -> str:
    if width <= 0 or height <= 0:
        return "heeft geen geldige afmetingen"
    if width * height > MAX_PIXELS:
        return f"is te groot als afbeelding ({int(width)} × {int(height)} beeldpunten)"
    return ""


def _png_problem(data: bytes) -> str:
    if len(data) < 33 or data[12:16] != b"IHDR" or b"IEND" not in data[-32:]:
        return "is een afgebroken of beschadigde PNG-afbeelding"
    width, height = struct.unpack(">II", data[16:24])
    return _too_large(width, height)


def _jpeg_problem(data: bytes) -> str:
    index = 2
    while index + 9 < len(data):
        if data[index] != 0xFF:
            return "is een beschadigde JPEG-afbeelding"
        marker = data[index + 1]
        if marker == 0xFF:  # fill byte
            index += 1
            continue
        length = struct.unpack(">H", data[index + 2:index + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):  # a start of frame
            height, width = struct.unpack(">HH", data[index + 5:index + 9])
            if b"\xff\xd9" not in data[-64:]:
                return "is een afgebroken JPEG-afbeelding"
            return _too_large(width, height)
        if length < 2:
            return "is een beschadigde JPEG-afbeelding"
        index += 2 + length
    return "is een afgebroken of beschadigde JPEG-afbeelding"


def _svg_problem(data: bytes) -> str:
    if b"<!doctype" in data.lower() or b"<!entity" in data.lower():
        return "is een SVG met een DOCTYPE of ENTITY; die worden niet gelezen"
    if b"</svg>" not in data[-4096:].lower() and not re.search(rb"<svg[^>]*/>\s*$", data):
        return "is een afgebroken SVG-afbeelding"
    head = data[data.lower().find(b"<svg"):][:2048]
    head = head[:head.find(b">") + 1] if b">" in head else head
    sizes = {name.lower(): float(value) for name, value in _SVG_SIZE.findall(head)
             if value.count(b".") <= 1 and value.strip(b".")}
    if b"width" in sizes and b"height" in sizes:
        return _too_large(sizes[b"width"], sizes[b"height"])
    return ""
