"""The signalling instruments of §5.1, filtered by the consult's age, with the caution."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from opvoedapp.content.repository import ContentRepository
from opvoedapp.views.text_view import escape


def _tr(text: str) -> str:
    return QCoreApplication.translate("InstrumentsPanel", text)


def instruments_html(content: ContentRepository, age_months: int | None) -> str:
    parts = [f"<p style='background:#fff8e1'><b>{escape(_tr('Let op'))}:</b> "
             f"{escape(content.text('instruments.caution'))}</p>"]
    shown = []
    for item in content.instruments:
        known = item.age_from_months is not None and item.age_to_months is not None
        if age_months is not None and known and not (
                item.age_from_months <= age_months <= item.age_to_months):
            continue
        shown.append(item)
    if age_months is not None:
        note = _tr("Voor de leeftijd in dit consult; instrumenten zonder leeftijd in de richtlijn "
                   "staan er altijd bij.")
        parts.append(f"<p><i>{escape(note)}</i></p>")
    for item in shown:
        age = item.age_text or _tr("leeftijd niet vermeld in de samenvatting")
        parts.append(f"<p><b>{escape(item.name)}</b> — {escape(item.purpose)}, "
                     f"{escape(item.use or '')}; {escape(age)}<br>{escape(item.description_own)}</p>")
    parts.append("<ul>" + "".join(f"<li>{escape(r.text_own)}</li>"
                                  for r in content.instrument_rules) + "</ul>")
    return "".join(parts)
