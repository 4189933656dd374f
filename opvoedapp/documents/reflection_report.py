"""The self-reflection report as PDF (ReportLab): radar with rings 1-4, averages, points to
develop, and the largest differences when a comparison is chosen. No Qt."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

SERIES_COLOURS = ("#1565c0", "#c62828")


@dataclass(frozen=True)
class ReportRow:
    title: str
    average: float | None
    answered: int
    total: int
    high: bool
    other: float | None = None


@dataclass(frozen=True)
class ReportData:
    round_label: str
    rater: str
    day: str
    rows: tuple[ReportRow, ...]
    other_label: str = ""
    differences: tuple[str, ...] = field(default_factory=tuple)
    threshold: float = 3.0
    name: str = ""  # the professional's name, typed for this report only


def radar_drawing(rows: tuple[ReportRow, ...], size: float = 300) -> Any:
    """Our own spider chart: ReportLab's SpiderChart scales to the largest value and has no
    rings; the card's scale is fixed at 1-4, so rings 1..4 are drawn and values are pinned."""
    from reportlab.graphics.shapes import (
        STATE_DEFAULTS,
        Circle,
        Drawing,
        Line,
        PolyLine,
        String,
    )
    from reportlab.lib import colors

    from opvoedapp.documents.fonts import register_fonts
    from opvoedapp.reflection.labels import label_lines

    font = register_fonts()
    # ReportLab's renderers start every drawing in their default font (Helvetica, not
    # embedded); our documents use only the bundled DejaVu fonts.
    STATE_DEFAULTS["fontName"] = font
    drawing = Drawing(size + 160, size + 40)
    cx, cy, radius = (size + 160) / 2, (size + 40) / 2, size / 2 - 10
    n = len(rows)

    def point(index: int, value: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * index / n
        return cx + radius * value / 4 * math.cos(angle), cy + radius * value / 4 * math.sin(angle)

    for ring in (1, 2, 3, 4):
        drawing.add(Circle(cx, cy, radius * ring / 4, strokeColor=colors.HexColor("#bbbbbb"),
                           fillColor=None, strokeWidth=0.6))
        drawing.add(String(cx + 2, cy + radius * ring / 4 + 1, str(ring), fontName=font,
                           fontSize=7, fillColor=colors.HexColor("#777777")))
    for index, row in enumerate(rows):
        x, y = point(index, 4)
        drawing.add(Line(cx, cy, x, y, strokeColor=colors.HexColor("#dddddd"), strokeWidth=0.5))
        lx, ly = point(index, 4.45)
        anchor = "middle" if abs(lx - cx) < 10 else ("start" if lx > cx else "end")
        # Whole labels, broken between words; the block is centred on its spoke's end.
        lines = label_lines(index + 1, row.title, 20)
        top = ly - 3 + (len(lines) - 1) * 8.5 / 2
        for number, line in enumerate(lines):
            drawing.add(String(lx, top - number * 8.5, line, fontName=font, fontSize=7.5,
                               textAnchor=anchor))
    for colour, values in ((SERIES_COLOURS[1], [r.other for r in rows]),
                           (SERIES_COLOURS[0], [r.average for r in rows])):
        if all(v is None for v in values):
            continue
        points: list[float] = []
        for index, value in enumerate(values):
            points.extend(point(index, value or 0))
        points.extend(points[:2])
        drawing.add(PolyLine(points, strokeColor=colors.HexColor(colour), strokeWidth=2))
    return drawing


def build_report_pdf(data: ReportData) -> bytes:
    """The report on the handout's page (page_styles): same fonts, headings, margins, footer."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    from opvoedapp.documents.page_styles import (
        build_document,
        escape,
        page_footer,
        page_styles,
    )

    styles = page_styles(10.5)
    body, h2 = styles.body, styles.h2
    bold = styles.h3.fontName
    legend = f"<font color='{SERIES_COLOURS[0]}'>■</font> {escape(data.round_label)}"
    if data.other_label:
        legend += f"   <font color='{SERIES_COLOURS[1]}'>■</font> {escape(data.other_label)}"
    header = ["Competentie", "Gemiddeld", "Beantwoord", "Oordeel"] + (
        ["Vergeleken*"] if data.other_label else [])
    table = [header]
    for n, row in enumerate(data.rows, 1):
        verdict = "" if row.average is None else ("hoog" if row.high else "ontwikkelpunt")
        line = [Paragraph(escape(f"{n}. {row.title}"), body),
                "" if row.average is None else f"{row.average:.2f}",
                f"{row.answered}/{row.total}", verdict]
        if data.other_label:
            line.append("" if row.other is None else f"{row.other:.2f}")
        table.append(line)
    widths = [64, 25, 27, 28] + ([26] if data.other_label else [])
    grid = Table(table, colWidths=[w * mm for w in widths], repeatRows=1)
    grid.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), styles.font, 9.5),
                              ("FONT", (0, 0), (-1, 0), bold, 9.5),
                              ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#bbbbbb")),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    low = [r.title for r in data.rows if r.average is not None and not r.high]
    who = f"{data.name} · " if data.name else ""
    story = [Paragraph("Zelfreflectie — werkkaart 3", styles.h1),
             Paragraph(escape(f"{who}{data.round_label} · beoordeeld door: {data.rater} · "
                              f"{data.day}"), body)]
    if data.other_label:
        story.append(Paragraph(escape(f"Vergeleken met: {data.other_label}"), body))
    story += [radar_drawing(data.rows), Paragraph(legend, body),
              Paragraph("Gemiddelden per competentie", h2), grid]
    if data.other_label:
        story.append(Paragraph(escape(f"* Vergeleken: {data.other_label}"), styles.small))
    story += [Paragraph("Ontwikkelpunten (bespreek ze met uw teamleider)", h2),
              Paragraph(escape(", ".join(low)) if low else "Geen: alle beantwoorde "
                        f"competenties liggen gemiddeld boven de {data.threshold:g}.", body)]
    if data.differences:
        story += [Paragraph(escape(f"Grootste verschillen met {data.other_label}"), h2)]
        item = styles.item or body
        bullets = [Paragraph("• " + escape(d), item) for d in data.differences]
        story += [KeepTogether(bullets[:2]), *bullets[2:]]
    story += [Spacer(1, 6), Paragraph(
        f"Hoog is gemiddeld boven de {data.threshold:g} (werkkaart 3, JGZ-richtlijn "
        "Opvoedingsondersteuning, NCJ 2013). Dit is geen toets maar een hulpmiddel.",
        styles.small)]
    return build_document(story, title="Zelfreflectie werkkaart 3",
                          subject="Zelfreflectie op de competenties van werkkaart 3",
                          footer=page_footer(styles.font, "Zelfreflectie werkkaart 3"))
