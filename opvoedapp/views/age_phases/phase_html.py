"""One Table 1 phase as HTML: normal and serious problems unmistakably apart, and what is next.

Normal and serious differ in three ways at once, so no one has to rely on colour: the words
of the heading, a symbol (✓ against ⚠) and a tinted box with a coloured edge.
"""

from __future__ import annotations

from opvoedapp.content.records import AgePhase
from opvoedapp.views import style
from opvoedapp.views.source_label import source_label
from opvoedapp.views.text_view import escape


def _items(items: tuple[str, ...], found: str = "") -> str:
    lines = []
    for item in items:
        text = escape(item)
        if item == found:  # the problem the global search jumped to
            text = f"<span style='{style.box_style(style.FOUND)}'><b>{text}</b> ◀</span>"
        lines.append(f"<li>{text}</li>")
    return "<ul>" + "".join(lines) + "</ul>"


def _box(symbol: str, title: str, items: tuple[str, ...], box: style.BoxColours,
         found: str) -> str:
    # Background and text colour together: readable under any palette (style.py).
    return (f"<td width='50%' valign='top' bgcolor='{box.background}' "
            f"style='color:{box.text}; border-left: 6px solid {box.edge}'>"
            f"<p style='color:{box.text}; font-size:large'><b>{symbol} {escape(title)}</b></p>"
            f"<div style='color:{box.text}'>{_items(items, found)}</div></td>")


def phase_html(phase: AgePhase, following: AgePhase | None, note: str = "",
               child_age: str = "", found: str = "") -> str:
    """``child_age`` ("3 jaar en 11 maanden") when this is the consult's phase."""
    parts = [f"<h2>{escape(phase.label)}</h2>"]
    if child_age:
        parts.append(f"<p><b>● {escape('Het kind in dit consult')}: {escape(child_age)}</b>"
                     "</p>")
    if note:
        parts.append(f"<p style='{style.box_style(style.NOTE)}'><i>{escape(note)}</i></p>")
    parts.append("<table width='100%' cellspacing='8'><tr>")
    for title, items in (("Belangrijke milieus", phase.settings),
                         ("Ontwikkelingsopgaven", phase.developmental_tasks),
                         ("Opvoedingsopgaven", phase.parenting_tasks)):
        parts.append(f"<td valign='top'><b>{escape(title)}</b>{_items(items)}</td>")
    parts.append("</tr></table>")
    parts.append("<table width='100%' cellspacing='8' cellpadding='6'><tr>"
                 + _box("✓", "Hoort bij deze leeftijd — ‘normaal’ probleem",
                        phase.normal_problems, style.NORMAL, found)
                 + _box("⚠", "Ernstig door moment, duur of heftigheid — voorbeelden",
                        phase.serious_problems, style.SERIOUS, found)
                 + "</tr></table>")
    if following is not None:
        parts.append(
            f"<h3>{escape('Wat komt er straks? Anticiperende voorlichting')} "
            f"({escape(following.label)})</h3><table width='100%' cellspacing='8'><tr>"
            f"<td valign='top'><b>{escape('Ontwikkelingsopgaven')}</b>"
            f"{_items(following.developmental_tasks)}</td>"
            f"<td valign='top'><b>{escape('Opvoedingsopgaven')}</b>"
            f"{_items(following.parenting_tasks)}</td>"
            f"<td valign='top'><b>✓ "
            f"{escape('‘Normale’ problemen')}</b>"
            f"{_items(following.normal_problems)}</td></tr></table>")
    parts.append(f"<p><small>{escape('Bron')}: {escape(source_label(phase.source))}"
                 "</small></p>")
    return "".join(parts)
