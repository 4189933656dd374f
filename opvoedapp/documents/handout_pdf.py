"""Render HandoutData to an A4 PDF with ReportLab platypus (styles from page_styles).

Every part is built by its own function and returns no flowables when it has nothing to say,
so the handout never shows an empty heading. Each heading keeps with its text.
"""

from __future__ import annotations

from collections.abc import Iterable
from io import BytesIO
from typing import TYPE_CHECKING

from opvoedapp.documents.handout_data import HandoutData
from opvoedapp.documents.page_styles import PageStyles, build_document, escape, page_footer

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable, ListFlowable, Paragraph

MARGIN_MM = 20  # kept for callers; the page itself is set in page_styles
FOOTNOTE = ("De tekst in deze folder komt uit de richtlijn over opvoeden van de "
            "jeugdgezondheidszorg (2013). Opvoedapp schreef hem in gewone woorden.")


def _p(text: str, style: ParagraphStyle | None) -> Paragraph:
    from reportlab.platypus import Paragraph

    return Paragraph(escape(text), style)


def _bullets(items: Iterable[str], s: PageStyles) -> ListFlowable:
    from reportlab.platypus import ListFlowable

    return ListFlowable([_p(i, s.item) for i in items], bulletType="bullet", start="•",
                        leftIndent=14, bulletFontName=s.bullet_font, spaceAfter=s.body.spaceAfter)


def _block(heading: Flowable, flowables: list[Flowable]) -> list[Flowable]:
    """A heading with its text kept together; nothing at all when there is no text."""
    from reportlab.platypus import KeepTogether

    return [KeepTogether([heading, *flowables])] if flowables else []


def _question(data: HandoutData, s: PageStyles) -> list[Flowable]:
    q = data.question
    if q is None:
        return []
    parts = [_p(q.title, s.h2)]
    parts += _block(_p("Wat is gewoon?", s.h3), [_p(q.normal, s.body)])
    parts += _block(_p("Wat helpt?", s.h3), [_bullets(q.tips, s)] if q.tips else [])
    help_items = [_bullets(q.help, s)] if q.help else []
    if data.worry:
        help_items.append(_p(data.worry, s.body))
    parts += _block(_p("Wanneer vraagt u hulp?", s.h3), help_items)
    return parts


def _agreements(data: HandoutData, s: PageStyles) -> list[Flowable]:
    items = [_p(data.outcome, s.body)] if data.outcome else []
    if data.agreements:
        items.append(_bullets(data.agreements, s))
    if data.follow_up:
        items.append(_p(f"Vervolg: {data.follow_up}", s.body))
    return _block(_p("Wat we hebben besproken", s.h2), items)


def _phases(data: HandoutData, s: PageStyles) -> list[Flowable]:
    parts = []
    for phase in data.phases:
        parts.append(_p(phase.label, s.h2))
        parts += _block(_p("Wat hoort bij deze leeftijd?", s.h3),
                        [_p(phase.normal, s.body)] if phase.normal else [])
        parts += _block(_p("Wat kunt u doen?", s.h3),
                        [_bullets(phase.tips, s)] if phase.tips else [])
        if phase.near_note:
            parts.append(_p(phase.near_note, s.body))
        if phase.next_label and phase.next_normal:
            parts += _block(_p(f"Wat komt er straks? {phase.next_label}", s.h3),
                            [_p(phase.next_normal, s.body)])
    if data.worry and data.question is None and parts:
        parts += _block(_p("Wanneer praat u erover met ons?", s.h3), [_p(data.worry, s.body)])
    return parts


def _interventions(data: HandoutData, s: PageStyles) -> list[Flowable]:
    from reportlab.platypus import KeepTogether

    if not data.interventions:
        return []
    parts = [_p("Hulp en cursussen", s.h2)]
    if data.offer_note:
        parts.append(_p(data.offer_note, s.body))
    for item in data.interventions:
        texts = [item.what, item.how, item.selective_note,
                 f"Aanmelden: {item.sign_up}" if item.sign_up else ""]
        parts.append(KeepTogether([_p(item.name, s.h3),
                                   _p(" ".join(t for t in texts if t), s.body)]))
    return parts


def _opvoeden(data: HandoutData, s: PageStyles) -> list[Flowable]:
    """Recommendation 1 of the guideline: point parents to validated information. The QR code
    is ReportLab's own encoding (opvoeden_qr); the program opens no connection."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    from opvoedapp.documents.opvoeden_qr import qr_flowable

    if not data.opvoeden_text:
        return []
    side = 24 * mm
    code = qr_flowable(side)
    text = [_p("Meer lezen", s.h3), _p(data.opvoeden_text, s.body),
            Paragraph(f"<b>{escape(data.opvoeden_short)}</b>", s.body)]
    table = Table([[code, text]], colWidths=[side + 4 * mm, None])
    # A table sets each cell's font (default Helvetica, not embedded) before drawing it.
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), s.font),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (0, 0), (0, 0), 0)]))
    return [table]


def _contact(data: HandoutData, s: PageStyles) -> list[Flowable]:
    org = data.organisation
    if org.reachable:
        details = [x for x in (org.name, org.address, org.phone, org.email, org.website) if x]
        return _block(_p("Contact", s.h2), [_p(data.contact_text, s.body),
                                            _p(" · ".join(details), s.body)])
    # No organisation details known: a line the nurse fills in by hand, never an empty promise.
    lines = [_p(data.contact_text, s.body)]
    if org.name:
        lines.append(_p(org.name, s.body))
    lines += [_p("Naam: " + "_" * 40, s.body), _p("Telefoon of e-mail: " + "_" * 30, s.body)]
    return _block(_p("Contact", s.h2), lines)


def handout_story(data: HandoutData, s: PageStyles) -> list[Flowable]:
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, Spacer

    story = []
    org = data.organisation
    if org.logo_png:
        logo = Image(BytesIO(org.logo_png))
        scale = min(1.0, (18 * mm) / logo.imageHeight, (60 * mm) / logo.imageWidth)
        logo.drawWidth, logo.drawHeight = logo.imageWidth * scale, logo.imageHeight * scale
        logo.hAlign = "RIGHT"
        story.append(logo)
    story.append(_p(data.title, s.h1))
    if data.addressee:
        story.append(_p(f"Voor de ouders van {data.addressee}", s.h3))
    story.append(_p(data.date_text, s.small))
    if data.intro:
        story.append(_p(data.intro, s.body))
    if data.personal_note:
        story += _block(_p("Persoonlijke notitie", s.h2), [_p(data.personal_note, s.body)])
    builders = {"question": _question, "agreements": _agreements, "phases": _phases,
                "interventions": _interventions}
    order = [n for n in dict.fromkeys(data.section_order) if n in builders]  # each once
    order += [n for n in builders if n not in order]  # a part the order leaves out still prints
    for name in order:
        story += builders[name](data, s)
    story += [Spacer(1, 6), *_opvoeden(data, s), *_contact(data, s), Spacer(1, 6),
              _p(FOOTNOTE, s.small)]
    return story


def build_handout_pdf(data: HandoutData) -> bytes:
    from opvoedapp.documents.page_styles import page_styles

    styles = page_styles(10.5)
    footer = page_footer(styles.font, data.organisation.name)
    return build_document(handout_story(data, styles), title=data.title,
                          author=data.organisation.name, subject="Folder voor ouders",
                          footer=footer, top_mm=15)
