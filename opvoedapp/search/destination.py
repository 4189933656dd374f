"""Where a search result leads, in the words of the program's tabs (no Qt).

The window jumps with ``SearchEntry.tab``/``kind``/``key``; this is the same place said for a
person, in the search dialog's preview and on the command line (``opvoedapp zoek``).
"""

from __future__ import annotations

from opvoedapp.search.index import SearchEntry

TAB_LABELS = {
    "tab-beslisschema": "Beslisschema", "tab-leeftijdsfasen": "Leeftijdsfasen",
    "tab-interventies": "Interventies", "tab-zelfreflectie": "Zelfreflectie",
}
_WITHIN = {
    "phase": "{title}", "problem": "{context}", "question": "Tabel 2: {title}",
    "intervention": "{title}", "instrument": "Signaleringsinstrumenten: {title}",
    "competency": "werkkaart 3, item {key}", "step": "stap {title}", "outcome": "besluit: {title}",
}
NO_TAB = "alleen hier te lezen (aanbeveling uit de samenvatting)"


def destination(entry: SearchEntry) -> str:
    """"Leeftijdsfasen › ± 2-4 jaar, ernstig", or where a recommendation can be read."""
    if not entry.tab:
        return NO_TAB
    within = _WITHIN[entry.kind].format(title=entry.title, context=entry.context, key=entry.key)
    return f"{TAB_LABELS[entry.tab]} › {within}"
