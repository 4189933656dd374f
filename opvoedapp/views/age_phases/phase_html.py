"""One Table 1 phase as HTML: normal and serious problems unmistakably apart, and what is next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from opvoedapp.content.records import AgePhase
from opvoedapp.views.text_view import bullet_list, escape


def _tr(text: str) -> str:
    return QCoreApplication.translate("PhaseHtml", text)


def phase_html(phase: AgePhase, following: AgePhase | None, note: str = "") -> str:
    parts = [f"<h2>{escape(phase.label)}</h2>"]
    if note:
        parts.append(f"<p style='background:#fff8e1'><i>{escape(note)}</i></p>")
    parts.append("<table width='100%' cellspacing='8'><tr>")
    for title, items in ((_tr("Belangrijke milieus"), phase.settings),
                         (_tr("Ontwikkelingsopgaven"), phase.developmental_tasks),
                         (_tr("Opvoedingsopgaven"), phase.parenting_tasks)):
        parts.append(f"<td valign='top'><b>{escape(title)}</b>{bullet_list(list(items))}</td>")
    parts.append("</tr></table>")
    # Wording and a symbol carry the difference, colour only supports it.
    parts.append(
        "<table width='100%' cellspacing='8'><tr>"
        f"<td width='50%' valign='top' style='background:#e8f4ea'>"
        f"<b>✓ {escape(_tr('Hoort bij deze leeftijd — ‘normaal’ probleem'))}</b>"
        f"{bullet_list(list(phase.normal_problems))}</td>"
        f"<td width='50%' valign='top' style='background:#fbe9e7'>"
        f"<b>⚠ {escape(_tr('Ernstig door moment, duur of heftigheid — voorbeelden'))}</b>"
        f"{bullet_list(list(phase.serious_problems))}</td></tr></table>")
    if following is not None:
        parts.append(
            f"<h3>{escape(_tr('Wat komt er straks? Anticiperende voorlichting'))} "
            f"({escape(following.label)})</h3><table width='100%' cellspacing='8'><tr>"
            f"<td valign='top'><b>{escape(_tr('Ontwikkelingsopgaven'))}</b>"
            f"{bullet_list(list(following.developmental_tasks))}</td>"
            f"<td valign='top'><b>{escape(_tr('Opvoedingsopgaven'))}</b>"
            f"{bullet_list(list(following.parenting_tasks))}</td>"
            f"<td valign='top'><b>✓ {escape(_tr('‘Normale’ problemen'))}</b>"
            f"{bullet_list(list(following.normal_problems))}</td></tr></table>")
    parts.append(f"<p><small>{escape(_tr('Bron'))}: {escape(phase.source)}</small></p>")
    return "".join(parts)
