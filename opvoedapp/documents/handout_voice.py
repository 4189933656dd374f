"""How one language is set in the handout: its paragraph styles and its writing direction.

A Dutch handout has one voice. A bilingual handout has two: the parent's language in the
handout's own styles, and the Dutch right after each part in smaller grey type, indented, so a
parent reads on in their own language and the nurse (or a Dutch-speaking partner) finds the
Dutch of every part just below it. Arabic is set right to left (documents.bidi_paragraph),
right aligned, bullets at the right.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from opvoedapp.documents.handout_labels import HandoutLabels
from opvoedapp.documents.page_styles import PageStyles, escape
from opvoedapp.documents.unbroken import keep_phone_numbers_whole

if TYPE_CHECKING:
    from collections.abc import Iterable

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable

ECHO_GREY = "#555555"
ECHO_INDENT = 10  # points: the Dutch sits a little in, under the part it repeats


@dataclass(frozen=True)
class Voice:
    s: PageStyles
    labels: HandoutLabels
    rtl: bool = False
    # The Dutch repeat of a bilingual handout: it leaves out what the nurse typed (notes,
    # agreements, follow-up, contact details), which the parent's part already shows as is.
    echo: bool = False
    # In the parent's part of a bilingual handout: the Dutch labels, for the headings of parts
    # that have no Dutch repeat (a heading then shows both languages).
    dutch: HandoutLabels | None = None

    def p(self, text: str, style: ParagraphStyle | None, kept: str = "",
          private: bool = False) -> Flowable:
        """A paragraph; ``kept`` (typed by the nurse or the organisation) follows the text
        and keeps its own direction in a right-to-left paragraph; ``private``: the text holds
        what the nurse typed (a name). A phone number in ``kept`` stays whole, with its word."""
        kept = keep_phone_numbers_whole(kept)
        if self.rtl:
            from opvoedapp.documents.bidi_paragraph import BidiParagraph

            return BidiParagraph(text, style, kept=kept, private=private)
        from reportlab.platypus import Paragraph

        return Paragraph(escape(f"{text} {kept}" if kept else text), style)

    def typed(self, text: str, style: ParagraphStyle | None) -> Flowable:
        """What the nurse typed (or the date): set in its own direction, whatever this
        voice's, so a Dutch note in an Arabic handout reads left to right; a phone number in
        it stays whole."""
        text = keep_phone_numbers_whole(text)
        rtl = _starts_rtl(text)
        if self.rtl and not rtl and style is not None:
            # Lined up at the right like the Arabic around it, or a Dutch note stands alone
            # at the far left under its right-aligned heading.
            style = right_aligned(style)
        return replace(self, rtl=rtl).p(text, style, private=True)

    def typed_bullets(self, items: tuple[str, ...]) -> list[Flowable]:
        """Agreements the nurse typed. In a right-to-left handout the list stands at the
        right like every list around it, bullets at the right, and each item keeps its own
        direction (a Dutch "Elke dag voorlezen." reads left to right, full stop at the end)."""
        if not self.rtl:
            return replace(self, rtl=all(_starts_rtl(i) for i in items)).bullets(items, True)
        from reportlab.platypus import Spacer

        from opvoedapp.documents.bidi_paragraph import BidiParagraph

        s = self.s
        item_style = s.item or s.body
        return [*(BidiParagraph("", item_style, bullet=True, kept=keep_phone_numbers_whole(i),
                                private=True) for i in items),
                Spacer(1, max(0.0, s.body.spaceAfter - item_style.spaceAfter))]

    def bullets(self, items: Iterable[str], private: bool = False) -> list[Flowable]:
        s = self.s
        item_style = s.item or s.body
        if self.rtl:
            from reportlab.platypus import Spacer

            from opvoedapp.documents.bidi_paragraph import BidiParagraph

            flowables: list[Flowable] = [BidiParagraph(i, item_style, bullet=True,
                                                        private=private)
                                          for i in items]
            return [*flowables, Spacer(1, max(0.0, s.body.spaceAfter - item_style.spaceAfter))]
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import Indenter, ListFlowable

        # The list indents its items itself; an indented (Dutch repeat) list moves as a whole.
        indent = item_style.leftIndent
        item = ParagraphStyle("list-item", parent=item_style, leftIndent=0) if indent \
            else item_style
        listed = ListFlowable([self.p(i, item) for i in items], bulletType="bullet", start="•",
                              leftIndent=14, bulletFontName=s.bullet_font,
                              bulletColor=item_style.textColor, spaceAfter=s.body.spaceAfter)
        return [Indenter(left=indent), listed, Indenter(left=-indent)] if indent else [listed]

    def both(self, name: str) -> str:
        """A label in this voice, followed by its Dutch when this is a parent's part."""
        own = str(getattr(self.labels, name))
        dutch = "" if self.dutch is None else str(getattr(self.dutch, name))
        return own if dutch in ("", own) else f"{own} / {dutch}"


def right_aligned(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` lined up at the right (left-to-right text in a right-to-left handout)."""
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(f"{style.name}-right", parent=style, alignment=TA_RIGHT)


def _starts_rtl(text: str) -> bool:
    from bidi import get_base_level

    return bool(get_base_level(text) == 1)


def _echo_style(style: ParagraphStyle, name: str) -> ParagraphStyle:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    grey = colors.HexColor(ECHO_GREY)
    return ParagraphStyle(f"echo-{name}", parent=style, textColor=grey,
                          leftIndent=style.leftIndent + ECHO_INDENT)


def echo_styles(size: float) -> PageStyles:
    """The Dutch repeat's styles: the handout's, smaller, grey and indented."""
    from opvoedapp.documents.page_styles import page_styles

    s = page_styles(size)
    return replace(s, body=_echo_style(s.body, "body"), small=_echo_style(s.small, "small"),
                   h1=_echo_style(s.h1, "h1"), h2=_echo_style(s.h2, "h2"),
                   h3=_echo_style(s.h3, "h3"), item=_echo_style(s.item, "item"))
