"""One intervention in detail: what, for whom, how, the guideline's word and every Table 2 cell."""

from __future__ import annotations

from opvoedapp.content.repository import ContentRepository
from opvoedapp.search.folding import fold
from opvoedapp.state.offer_state import OfferState
from opvoedapp.views import style
from opvoedapp.views.interventions.cells_table import cells_table_html
from opvoedapp.views.source_label import readable_sources, source_label, sources_label
from opvoedapp.views.text_view import bullet_list, escape


def shown_aliases(name: str, aliases: tuple[str, ...]) -> list[str]:
    """Other names worth reading; numbered spellings ("Triple P niveau 3") only help search."""
    return [a for a in aliases
            if not (fold(a).startswith(fold(name)) and any(c.isdigit() for c in a))]


def detail_html(content: ContentRepository, key: str, offer: OfferState) -> str:
    item = content.intervention(key)
    if item is None:
        return ""
    parts = [f"<h2>{escape(item.name)}</h2>"]
    aliases = shown_aliases(item.name, item.aliases)
    if aliases:
        parts.append(f"<p><small>{escape('Ook bekend als')}: {escape(', '.join(aliases))}"
                     "</small></p>")
    if offer.has_profile and offer.is_offered(key):
        details = offer.sign_up_details(key)
        local = escape("Aanbod van uw organisatie")
        parts.append(f"<p style='{style.box_style(style.INFO)}'><b>● {local}</b>"
                     f"{': ' + escape(details) if details else ''}</p>")
    for title, text in (("Wat is het", item.description_own),
                        ("Voor wie", item.target_group_own),
                        ("Vorm", item.format_own), ("Duur", item.duration_own),
                        ("Wie voert het uit", item.delivered_by_own)):
        if text:
            parts.append(f"<p><b>{escape(title)}:</b> {escape(text)}</p>")
    parts.append(f"<h3>{escape('Oordeel in de richtlijn (2013)')}</h3>"
                 f"<p><b>{escape(item.evidence or 'geen')}</b> — "
                 f"{escape(item.guideline_qualification)} "
                 f"<small>({escape(source_label(item.guideline_qualification_source))})"
                 "</small></p>")
    parts.append(_footnotes_html(content, key))
    if item.later_recognition:
        later = [f"{r.year}: {r.rating} ({source_label(r.source)})"
                 for r in item.later_recognition]
        heading = "Later, na de richtlijn (niet het oordeel van de richtlijn)"
        parts.append(f"<h3>{escape(heading)}</h3>{bullet_list(later)}")
    cells = cells_table_html(content, key)
    not_in_table = escape("Niet in Tabel 2; genoemd in §5.2.")
    parts.append(f"<h3>{escape('In Tabel 2')}</h3>" + (cells or f"<p>{not_in_table}</p>"))
    if item.gaps:
        parts.append(f"<h3>{escape('Niet bekend (gat in de bronnen)')}</h3>"
                     f"{bullet_list([readable_sources(g) for g in item.gaps])}")
    parts.append(f"<p><small>{escape('Bronnen')}: {escape(sources_label(item.sources))}"
                 "</small></p>")
    return "".join(parts)


def _footnotes_html(content: ContentRepository, key: str) -> str:
    """The Table 2 footnotes at this intervention's names, in the table's words."""
    numbers = sorted({e.footnote for c in content.matrix_cells for e in c.entries
                      if e.intervention_key == key and e.footnote})
    texts = {f.number: f.text for f in content.footnotes}
    lines = [f"{'Voetnoot'} {n}: {texts[n]}" for n in numbers if n in texts]
    return bullet_list(lines) if lines else ""
