"""One intervention in detail: what, for whom, how, the guideline's word and every Table 2 cell."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from opvoedapp.content.repository import ContentRepository
from opvoedapp.views.offer_state import OfferState
from opvoedapp.views.text_view import bullet_list, escape


def _tr(text: str) -> str:
    return QCoreApplication.translate("InterventionDetail", text)


def cells_listing(content: ContentRepository, key: str) -> list[str]:
    questions = {q.key: q for q in content.questions}
    groups = {g.key: g.label for g in content.age_groups}
    lines = []
    for cell in content.matrix_cells:
        for entry in (e for e in cell.entries if e.intervention_key == key):
            question = questions[cell.question_key]
            row = question.label
            if question.parent_key:
                row = f"{questions[question.parent_key].label} — {question.label}"
            where = groups.get(cell.age_group_key, _tr("leeftijd niet af te lezen"))
            kind = cell.kind or _tr("soort niet vermeld")
            qualifier = f" ({entry.qualifier})" if entry.qualifier else ""
            footnote = f" [{_tr('voetnoot')} {entry.footnote}]" if entry.footnote else ""
            lines.append(f"{row} · {where} · {kind}: {entry.printed_name}{qualifier}{footnote}")
    return lines


def detail_html(content: ContentRepository, key: str, offer: OfferState) -> str:
    item = content.intervention(key)
    if item is None:
        return ""
    parts = [f"<h2>{escape(item.name)}</h2>"]
    if item.aliases:
        parts.append(f"<p><small>{escape(_tr('Ook'))}: {escape(', '.join(item.aliases))}</small></p>")
    if offer.has_profile and offer.is_offered(key):
        details = offer.sign_up_details(key)
        local = escape(_tr("Aanbod van uw organisatie"))
        parts.append(f"<p style='background:#e3f2fd'><b>● {local}</b>"
                     f"{': ' + escape(details) if details else ''}</p>")
    for title, text in ((_tr("Wat is het"), item.description_own),
                        (_tr("Voor wie"), item.target_group_own),
                        (_tr("Vorm"), item.format_own), (_tr("Duur"), item.duration_own),
                        (_tr("Wie voert het uit"), item.delivered_by_own)):
        if text:
            parts.append(f"<p><b>{escape(title)}:</b> {escape(text)}</p>")
    parts.append(f"<h3>{escape(_tr('Oordeel in de richtlijn (2013)'))}</h3>"
                 f"<p><b>{escape(item.evidence or _tr('geen'))}</b> — "
                 f"{escape(item.guideline_qualification)} "
                 f"<small>({escape(item.guideline_qualification_source)})</small></p>")
    if item.later_recognition:
        later = [f"{r.year}: {r.rating} ({r.source})" for r in item.later_recognition]
        heading = _tr("Later, na de richtlijn (niet het oordeel van de richtlijn)")
        parts.append(f"<h3>{escape(heading)}</h3>{bullet_list(later)}")
    cells = cells_listing(content, key)
    not_in_table = escape(_tr("Niet in Tabel 2; genoemd in §5.2."))
    parts.append(f"<h3>{escape(_tr('In Tabel 2'))}</h3>"
                 + (bullet_list(cells) if cells else f"<p>{not_in_table}</p>"))
    if item.gaps:
        parts.append(f"<h3>{escape(_tr('Niet bekend (gat in de bronnen)'))}</h3>"
                     f"{bullet_list(list(item.gaps))}")
    parts.append(f"<p><small>{escape(_tr('Bronnen'))}: {escape('; '.join(item.sources))}</small></p>")
    return "".join(parts)
