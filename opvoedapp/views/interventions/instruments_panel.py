"""The signalling instruments of §5.1, filtered by the consult's age, with the caution."""

from __future__ import annotations

from opvoedapp.content.records import Instrument
from opvoedapp.content.repository import ContentRepository
from opvoedapp.views import style
from opvoedapp.views.text_view import escape


def fits_age(item: Instrument, age_months: int | None) -> bool:
    """Without a consult age, or without an age range in the guideline, it is always listed."""
    if age_months is None or item.age_from_months is None or item.age_to_months is None:
        return True
    return item.age_from_months <= age_months <= item.age_to_months


def instruments_html(content: ContentRepository, age_months: int | None, found: str = "") -> str:
    """``found``: an instrument the global search jumped to, listed and marked whatever the age."""
    parts = [f"<p style='{style.box_style(style.NOTE)}'><b>⚠ {escape('Let op')}:</b> "
             f"{escape(content.text('instruments.caution'))}</p>"]
    if age_months is not None:
        note = ("Voor de leeftijd in dit consult; instrumenten zonder leeftijd in de richtlijn "
                   "staan er altijd bij.")
        parts.append(f"<p><i>{escape(note)}</i></p>")
    for item in content.instruments:
        if not (fits_age(item, age_months) or item.key == found):
            continue
        age = item.age_text or "leeftijd niet vermeld in de samenvatting"
        mark = f" style='{style.box_style(style.FOUND)}'" if item.key == found else ""
        parts.append(f"<p{mark}><a name='{escape(item.key)}'></a><b>{escape(item.name)}</b> — "
                     f"{escape(item.purpose)}, {escape(item.use or '')}; {escape(age)}<br>"
                     f"{escape(item.description_own)}</p>")
    parts.append(f"<h3>{escape('Wat de richtlijn over signaleren zegt')}</h3>")
    parts.append("<ul>" + "".join(f"<li>{escape(r.text_own)}</li>"
                                  for r in content.instrument_rules) + "</ul>")
    return "".join(parts)
