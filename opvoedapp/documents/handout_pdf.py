"""Render HandoutData to an A4 PDF with ReportLab platypus (embedded DejaVu fonts, nl)."""

from __future__ import annotations

from collections.abc import Iterable
from io import BytesIO
from typing import Any

from opvoedapp.documents.handout_data import HandoutData

MARGIN_MM = 20


def build_handout_pdf(data: HandoutData) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        Image,
        KeepTogether,
        ListFlowable,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
    )

    from opvoedapp.documents.fonts import FONT_BOLD, register_fonts

    font = register_fonts()
    body = ParagraphStyle("body", fontName=font, fontSize=11.5, leading=16, spaceAfter=6)
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=12,
                           textColor=colors.HexColor("#444444"))
    h1 = ParagraphStyle("h1", parent=body, fontName=FONT_BOLD, fontSize=20, leading=25,
                        textColor=colors.HexColor("#1b4f72"), spaceAfter=10)
    h2 = ParagraphStyle("h2", parent=body, fontName=FONT_BOLD, fontSize=14, leading=18,
                        textColor=colors.HexColor("#1b4f72"), spaceBefore=10, spaceAfter=4)
    h3 = ParagraphStyle("h3", parent=body, fontName=FONT_BOLD, fontSize=12, leading=16,
                        spaceBefore=4, spaceAfter=2)

    def esc(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def bullets(items: Iterable[str]) -> ListFlowable:
        return ListFlowable([Paragraph(esc(i), body) for i in items], bulletType="bullet",
                            start="•", leftIndent=14, bulletFontName=font)

    story = []
    org = data.organisation
    if org.logo_png:
        logo = Image(BytesIO(org.logo_png))
        scale = min(1.0, (18 * mm) / logo.imageHeight, (60 * mm) / logo.imageWidth)
        logo.drawWidth, logo.drawHeight = logo.imageWidth * scale, logo.imageHeight * scale
        logo.hAlign = "RIGHT"
        story.append(logo)
    story.append(Paragraph(esc(data.title), h1))
    if data.addressee:
        story.append(Paragraph(esc(f"Voor de ouders van {data.addressee}"), h3))
    story.append(Paragraph(esc(data.date_text), small))
    if data.intro:
        story.append(Paragraph(esc(data.intro), body))
    if data.personal_note:
        story += [Paragraph("Persoonlijke notitie", h2), Paragraph(esc(data.personal_note), body)]
    sections: dict[str, list[Any]] = {"agreements": [], "phases": [], "interventions": []}
    if data.outcome or data.agreements or data.follow_up:
        part = sections["agreements"]
        part.append(Paragraph("Wat we hebben besproken", h2))
        if data.outcome:
            part.append(Paragraph(esc(data.outcome), body))
        if data.agreements:
            part.append(bullets(data.agreements))
        if data.follow_up:
            part.append(Paragraph(esc(f"Vervolg: {data.follow_up}"), body))
    for phase in data.phases:
        part = [Paragraph(esc(phase.label), h2),
                Paragraph("Wat hoort bij deze leeftijd?", h3), Paragraph(esc(phase.normal), body)]
        if phase.tips:
            part += [Paragraph("Wat kunt u doen?", h3), bullets(phase.tips)]
        if phase.next_label:
            part += [Paragraph(esc(f"Wat komt er straks? {phase.next_label}"), h3),
                     Paragraph(esc(phase.next_normal), body)]
        sections["phases"].append(KeepTogether(part))
    if data.worry:
        sections["phases"] += [Paragraph("Wanneer praat u erover met ons?", h3),
                               Paragraph(esc(data.worry), body)]
    if data.interventions:
        sections["interventions"].append(Paragraph("Hulp en cursussen", h2))
        if data.offer_note:
            sections["interventions"].append(Paragraph(esc(data.offer_note), body))
    for item in data.interventions:
        part = [Paragraph(esc(item.name), h3), Paragraph(esc(item.what), body)]
        if item.how:
            part.append(Paragraph(esc(item.how), body))
        if item.sign_up:
            part.append(Paragraph(esc(f"Aanmelden: {item.sign_up}"), body))
        sections["interventions"].append(KeepTogether(part))
    for name in data.section_order:
        story += sections.pop(name, [])
    for rest in sections.values():  # a section the order leaves out is still printed
        story += rest
    contact = [x for x in (org.name, org.address, org.phone, org.website) if x]
    if contact:
        story += [Spacer(1, 8), Paragraph("Contact", h2), Paragraph(esc(" · ".join(contact)), body)]
    story += [Spacer(1, 10), Paragraph(
        "De informatie in deze folder is gebaseerd op de JGZ-richtlijn Opvoedingsondersteuning "
        "(NCJ, 2013) en in eenvoudige woorden geschreven door Opvoedapp.", small)]

    def footer(canvas: Any, doc: Any) -> None:  # ReportLab is untyped
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.setFillColor(colors.HexColor("#666666"))
        footer_text = f"{org.name + ' · ' if org.name else ''}Pagina {doc.page}"
        canvas.drawRightString(A4[0] - MARGIN_MM * mm, 10 * mm, footer_text)
        canvas.restoreState()

    out = BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN_MM * mm,
                            rightMargin=MARGIN_MM * mm, topMargin=MARGIN_MM * mm,
                            bottomMargin=MARGIN_MM * mm, title=data.title, author=org.name,
                            subject="Folder voor ouders", lang="nl", creator="Opvoedapp",
                            invariant=True, initialFontName=font)  # else Helvetica, unembedded
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()
