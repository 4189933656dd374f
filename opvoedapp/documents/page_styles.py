"""Page styles shared by the program's PDF documents (parent handout, reflection report).

One place for the A4 page, margins, the embedded DejaVu fonts, the paragraph styles and the
page footer, so the documents look alike. Headings keep with the text after them, so a
heading never ends a page on its own. ReportLab is imported only when a document is made.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import BaseDocTemplate, Flowable

    # What platypus calls on each page (onFirstPage/onLaterPages).
    PageCallback = Callable[[Canvas, BaseDocTemplate], None]

MARGIN_MM = 20
HEADING_COLOUR = "#1b4f72"
MUTED_COLOUR = "#444444"
FOOTER_COLOUR = "#666666"


@dataclass(frozen=True)
class PageStyles:
    font: str
    body: ParagraphStyle
    small: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    bullet_font: str
    item: ParagraphStyle | None = None  # a list item: body text with little space after


def page_styles(size: float = 11) -> PageStyles:
    """Paragraph styles for body text of ``size`` points (headings scale with it)."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    from opvoedapp.documents.fonts import FONT_BOLD, register_fonts

    font = register_fonts()
    body = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.38,
                          spaceAfter=size * 0.45)
    small = ParagraphStyle("small", parent=body, fontSize=size * 0.8, leading=size * 1.05,
                           textColor=colors.HexColor(MUTED_COLOUR))
    heading = colors.HexColor(HEADING_COLOUR)
    h1 = ParagraphStyle("h1", parent=body, fontName=FONT_BOLD, fontSize=size * 1.7,
                        leading=size * 2.1, textColor=heading, spaceAfter=size * 0.6,
                        keepWithNext=1)
    h2 = ParagraphStyle("h2", parent=body, fontName=FONT_BOLD, fontSize=size * 1.25,
                        leading=size * 1.6, textColor=heading, spaceBefore=size * 0.8,
                        spaceAfter=size * 0.3, keepWithNext=1)
    h3 = ParagraphStyle("h3", parent=body, fontName=FONT_BOLD, fontSize=size * 1.02,
                        leading=size * 1.38, spaceBefore=size * 0.3, spaceAfter=size * 0.15,
                        keepWithNext=1)
    item = ParagraphStyle("item", parent=body, spaceAfter=size * 0.15)
    return PageStyles(font, body, small, h1, h2, h3, font, item)


def escape(text: str) -> str:
    """Plain text for a ReportLab Paragraph (its markup is XML-like)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def page_footer(font: str, left_text: str = "", page_word: str = "Pagina",
                rtl: bool = False) -> PageCallback:
    """A platypus page callback drawing '<left_text> · Pagina n' at the bottom right
    (``page_word``: the handout passes its label, in one or two languages). ``rtl``: the
    page word starts in a right-to-left script (Arabic), so the line is shaped and set right
    to left, read from the right: page word, number, then ``left_text`` in its own direction."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.setFillColor(colors.HexColor(FOOTER_COLOUR))
        right = A4[0] - MARGIN_MM * mm
        if rtl:
            from opvoedapp.documents.bidi_paragraph import draw_line

            text = f"{page_word} {doc.page}{' ·' if left_text else ''}"
            draw_line(canvas, right, 10 * mm, text, font, 9, kept=left_text)
        else:
            text = f"{left_text + ' · ' if left_text else ''}{page_word} {doc.page}"
            canvas.drawRightString(right, 10 * mm, text)
        canvas.restoreState()

    return draw


def _show_title_in_reader(canvas: Canvas) -> None:
    # Readers (and screen readers) then announce the document title, not the file name.
    canvas.setViewerPreference("DisplayDocTitle", "true")


def build_document(story: list[Flowable], *, title: str, author: str = "", subject: str = "",
                   footer: PageCallback | None = None, top_mm: float = MARGIN_MM) -> bytes:
    """An A4 PDF with title, author, subject and language (nl) set, fonts embedded."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    from opvoedapp.documents.fonts import register_fonts

    font = register_fonts()
    footer = footer or page_footer(font)

    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        _show_title_in_reader(canvas)
        footer(canvas, doc)

    out = BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN_MM * mm,
                            rightMargin=MARGIN_MM * mm, topMargin=top_mm * mm,
                            bottomMargin=(MARGIN_MM - 3) * mm, title=title, author=author,
                            subject=subject, lang="nl", creator="Opvoedapp",
                            invariant=True, initialFontName=font)  # else Helvetica, unembedded
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return out.getvalue()
