"""A right-to-left paragraph flowable for ReportLab platypus (Arabic handouts).

It takes plain text in logical order and a ParagraphStyle (font size, leading, colour, space
before/after, keep-with-next), breaks the lines in logical order and draws each line right
aligned, its pieces placed right to left by documents.bidi_text. A bullet sits at the right,
where an Arabic reader starts. It splits across pages between lines, like a Paragraph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from opvoedapp.documents import bidi_text

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas

BULLET = "•"
BULLET_INDENT = 14  # as the Dutch lists (ListFlowable leftIndent)


class BidiParagraph(Flowable):  # type: ignore[misc]
    def __init__(self, text: str, style: ParagraphStyle, bullet: bool = False,
                 _lines: list[list[bidi_text.Piece]] | None = None, _first: bool = True,
                 kept: str = "", private: bool = False) -> None:
        """``kept``: typed text after ``text`` that keeps its own direction (bidi_text);
        ``private``: all of it is what the nurse typed (not kept in the shaping cache)."""
        super().__init__()
        self.text = text
        self.style = style
        self.bullet = bullet
        self._words = bidi_text.words(text, style.fontName, kept, private) \
            if _lines is None else []
        self._lines = _lines
        self._first = _first  # the part that carries the bullet and the space before
        self._width = 0.0
        self.keepWithNext = getattr(style, "keepWithNext", 0)
        self.spaceBefore = style.spaceBefore if _first else 0
        self.spaceAfter = style.spaceAfter

    def __repr__(self) -> str:  # platypus names flowables in its error messages
        return f"BidiParagraph({self.text[:40]!r})"

    def _indent(self) -> float:
        return BULLET_INDENT if self.bullet else 0.0

    def _layout(self, avail_width: float) -> list[list[bidi_text.Piece]]:
        if self._lines is None or avail_width != self._width:
            if self._words:
                room = avail_width - self._indent()
                self._lines = bidi_text.break_lines(self._words, self.style.fontSize, room, room)
            self._lines = self._lines or []
            self._width = avail_width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = len(self._layout(availWidth)) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        lines = self._layout(availWidth)
        fit = int(availHeight // self.style.leading)
        if fit <= 0 or fit >= len(lines):
            return []
        head = BidiParagraph(self.text, self.style, self.bullet, lines[:fit], self._first)
        tail = BidiParagraph(self.text, self.style, self.bullet, lines[fit:], False)
        head.spaceAfter = 0
        head.keepWithNext = 0
        return [head, tail]

    def draw(self) -> None:
        canvas = self.canv
        style = self.style
        size = style.fontSize
        right = self.width - self._indent()
        # The first baseline sits as a Paragraph's does: one font size below the top.
        y = self.height - size
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        if self.bullet and self._first and self._lines:
            canvas.setFont(style.fontName, size)
            canvas.drawRightString(self.width, y, BULLET)
        for line in self._layout(self.width):
            pieces = bidi_text.visual_order(line)
            x = right - bidi_text.width(pieces, size)
            for piece in pieces:
                text, advance = bidi_text.drawn(piece, size)
                # A space is a gap, not a glyph (half the text objects of an Arabic handout);
                # readers such as pdftotext see the word break in the gap.
                if not piece.space:
                    canvas.setFont(piece.font, size)
                    canvas.drawString(x, y, text)
                x += advance
            y -= style.leading
        canvas.restoreState()


def draw_line(canvas: Canvas, right: float, y: float, text: str, font: str, size: float,
              kept: str = "") -> None:
    """One right-to-left line (a page footer) ending at ``right``, never broken: ``text`` in
    logical order, ``kept`` after it in its own direction (bidi_text.words)."""
    line = [piece for word in bidi_text.words(text, font, kept)
            for piece in (*word.pieces, *([word.space_after] if word.space_after else []))]
    pieces = bidi_text.visual_order(line)
    x = right - bidi_text.width(pieces, size)
    for piece in pieces:
        glyphs, advance = bidi_text.drawn(piece, size)
        if not piece.space:
            canvas.setFont(piece.font, size)
            canvas.drawString(x, y, glyphs)
        x += advance
