"""First, read-only views of each part of the guideline, built straight from the content.

Each later, richer tab replaces its builder here in app.py's tab list; these stay honest in the
meantime: they show the real content, nothing more.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from opvoedapp.content.repository import ContentRepository
from opvoedapp.views.offer_state import OfferState
from opvoedapp.views.text_view import TextView, bullet_list, escape


def _tr(text: str) -> str:
    return QCoreApplication.translate("OverviewTabs", text)


def age_phases_view(content: ContentRepository) -> QWidget:
    parts = [f"<p>{escape(content.text('table1.intro'))}</p>"]
    for phase in content.age_phases:
        parts.append(f"<h2>{escape(phase.label)}</h2>")
        for title, items in (
            (_tr("Belangrijke milieus"), phase.settings),
            (_tr("Ontwikkelingsopgaven"), phase.developmental_tasks),
            (_tr("Opvoedingsopgaven"), phase.parenting_tasks),
            (_tr("‘Normale’ problemen"), phase.normal_problems),
            (_tr("Voorbeelden van ernstige problemen"), phase.serious_problems),
        ):
            parts.append(f"<h3>{escape(title)}</h3>{bullet_list(items)}")
    return TextView("leeftijdsfasen-overview", _tr("Leeftijdsfasen"), "".join(parts))


def interventions_html(content: ContentRepository, offer: OfferState | None = None) -> str:
    parts = []
    if offer is None or not offer.has_profile:
        note = _tr("Geen organisatieprofiel: alle interventies staan hier, geen enkele is als "
                   "lokaal aanbod gemarkeerd.")
        parts.append(f"<p><small>{escape(note)}</small></p>")
    for item in content.interventions:
        qualification = item.evidence or _tr("geen oordeel in de richtlijn")
        local = ""
        if offer is not None and offer.is_offered(item.key):
            details = offer.sign_up_details(item.key)
            local = (f"<p><b>● {escape(_tr('Aanbod van uw organisatie'))}</b>"
                     f"{': ' + escape(details) if details else ''}</p>")
        # No description means the sources could not say what it is: show that gap, not a blank.
        about = item.description_own or _tr("Niet bekend: ") + "; ".join(item.gaps)
        parts.append(
            f"<h3>{escape(item.name)}</h3>{local}<p><i>{escape(qualification)}</i> — "
            f"{escape(about)}</p>"
        )
    return "".join(parts)


def interventions_view(content: ContentRepository, offer: OfferState | None = None) -> QWidget:
    view = TextView("interventies-overview", _tr("Interventies"),
                    interventions_html(content, offer))
    if offer is not None:
        offer.changed.connect(lambda: view.setHtml(interventions_html(content, offer)))
    return view


def competencies_view(content: ContentRepository) -> QWidget:
    parts = [f"<p>{escape(content.text('werkkaart3.intro'))}</p>"]
    for competency in content.competencies:
        parts.append(f"<h3>{competency.number}. {escape(competency.title)}</h3>")
        parts.append(bullet_list([item.text for item in competency.items]))
    return TextView("zelfreflectie-overview", _tr("Zelfreflectie"), "".join(parts))


def scheme_view(content: ContentRepository) -> QWidget:
    parts = [f"<h2>{escape(content.text('scheme.title'))}</h2>",
             f"<p><i>{escape(content.text('scheme.label_own'))}</i></p>"]
    for row in content.scheme_rows("scheme_step"):
        parts.append(f"<h3>{row['number']}. {escape(str(row['title']))}</h3>"
                     f"<p>{escape(str(row['purpose_own']))}</p>")
    return TextView("beslisschema-overview", _tr("Beslisschema"), "".join(parts))
