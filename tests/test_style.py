"""Readable coloured boxes under light, dark and high-contrast palettes (WCAG 4.5:1).

The guideline's coloured panes (Table 1 normal against serious, notes, the local offer, the
matrix heads, the search mark) are laid out by Qt's rich-text engine exactly as the views do,
and for every piece of text the colour it is drawn in is compared with the background behind
it: a cell's, a paragraph's or a span's background, else the palette's base. Text without its
own colour is drawn in the palette's text colour, so a light box without a text colour of its
own fails under a dark palette.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QBrush, QColor, QPalette, QTextCursor, QTextDocument

from opvoedapp.views import style
from opvoedapp.views.style import contrast_ratio

MIN_CONTRAST = 4.5
VIEWS = Path(style.__file__).parent


def _palette(window: str, base: str, text: str) -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.Text, QColor(text))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    return palette


PALETTES = {
    "light": _palette("#efefef", "#ffffff", "#000000"),
    "dark": _palette("#2b2b2b", "#1e1e1e", "#f0f0f0"),
    "high-contrast-black": _palette("#000000", "#000000", "#ffffff"),
    "high-contrast-white": _palette("#ffffff", "#ffffff", "#000000"),
}


def _brush_colour(brush: QBrush) -> QColor | None:
    return brush.color() if brush.style() != QBrush().style() else None


def text_contrasts(html: str, palette: QPalette) -> list[tuple[float, str]]:
    """(contrast, text) for every run of text in the laid-out document."""
    document = QTextDocument()
    document.setHtml(html)
    found = []
    block = document.begin()
    while block.isValid():
        cursor = QTextCursor(block)
        table = cursor.currentTable()
        background = _brush_colour(block.blockFormat().background())
        if background is None and table is not None:
            background = _brush_colour(table.cellAt(cursor).format().background())
        for run in block.textFormats():
            text = block.text()[run.start:run.start + run.length].strip()
            if not text:
                continue
            behind = (_brush_colour(run.format.background()) or background
                      or palette.color(QPalette.ColorRole.Base))
            ink = (_brush_colour(run.format.foreground())
                   or palette.color(QPalette.ColorRole.Text))
            found.append((contrast_ratio(ink, behind), text))
        block = block.next()
    return found


def _pages(content) -> dict[str, str]:
    """The HTML the views show, built by the views' own functions."""
    from opvoedapp.views.age_phases.phase_html import phase_html
    from opvoedapp.views.interventions.instruments_panel import instruments_html
    from opvoedapp.views.scheme.consult_context import consult_context
    from opvoedapp.views.scheme.panels import age_norms_html

    phases = content.age_phases
    first_serious = phases[0].serious_problems[0]
    pages = {f"Tabel 1 {p.label}": phase_html(p, phases[i + 1] if i + 1 < len(phases) else None,
                                              note="Dicht bij een grens.", child_age="2 jaar",
                                              found=first_serious if i == 0 else "")
             for i, p in enumerate(phases)}
    pages["Beslisschema, Tabel 1"] = age_norms_html(consult_context(content, 27, "grenzen"))
    pages["Instrumenten"] = instruments_html(content, 27, content.instruments[0].key)
    return pages


@pytest.mark.parametrize("palette_name", sorted(PALETTES))
def test_every_text_in_the_coloured_panes_has_contrast(qapp, content, palette_name) -> None:
    palette = PALETTES[palette_name]
    too_low = []
    for page, html in _pages(content).items():
        for ratio, text in text_contrasts(html, palette):
            if ratio < MIN_CONTRAST:
                too_low.append(f"{page}: {ratio:.1f}:1 {text[:40]!r}")
    assert not too_low, "\n".join(too_low[:20])


def test_the_checker_sees_a_light_box_without_its_own_text_colour(qapp) -> None:
    """A box as the views had it before (background only) is caught under a dark palette."""
    html = "<table><tr><td bgcolor='#e6f4ea'><ul><li>Driftbuien</li></ul></td></tr></table>"
    assert min(r for r, _t in text_contrasts(html, PALETTES["light"])) >= MIN_CONTRAST
    assert min(r for r, _t in text_contrasts(html, PALETTES["dark"])) < MIN_CONTRAST


@pytest.mark.parametrize("name", sorted(style.ALL_BOXES))
def test_every_box_of_the_style_module_has_contrast(name) -> None:
    box = style.ALL_BOXES[name]
    assert contrast_ratio(box.text, box.background) >= MIN_CONTRAST


@pytest.mark.parametrize("palette_name", sorted(PALETTES))
def test_refusals_are_readable_on_the_window(palette_name) -> None:
    palette = PALETTES[palette_name]
    ink = style.ink_on_window(palette, style.REFUSED_INK)
    assert contrast_ratio(ink, palette.color(QPalette.ColorRole.Window)) >= MIN_CONTRAST


def test_coloured_boxes_take_their_colours_from_the_style_module() -> None:
    """No view of this part of the program picks its own box colours (one place to change)."""
    checked = [*(VIEWS / "age_phases").glob("*.py"), *(VIEWS / "interventions").glob("*.py"),
               *(VIEWS / "scheme").glob("*.py"), VIEWS / "consult_bar.py",
               VIEWS / "pdf_dialog.py"]
    hex_colour = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")
    stray = [f"{path.name}: {m}" for path in checked
             for m in hex_colour.findall(path.read_text(encoding="utf-8"))]
    assert not stray, stray
