"""Every Table 2 cell that lists one intervention, as a small table: questions down, ages across.

Each place says the kind (preventie / lichte hulp), the spelling in the table with its
qualifier, and the footnote number. Cells whose age column or kind the source does not show
say so instead of guessing.
"""

from __future__ import annotations

from opvoedapp.content.repository import ContentRepository
from opvoedapp.views import style
from opvoedapp.views.text_view import escape

_HEAD = (f"bgcolor='{style.TABLE_HEAD.background}' "
         f"style='color:{style.TABLE_HEAD.text}'")  # readable under any palette

UNKNOWN = ""


def cell_places(content: ContentRepository, key: str) -> dict[str, dict[str, list[str]]]:
    """question key → age group key (UNKNOWN when not readable) → lines, in table order."""
    groups = {g.key for g in content.age_groups}
    places: dict[str, dict[str, list[str]]] = {}
    for cell in content.matrix_cells:
        for entry in (e for e in cell.entries if e.intervention_key == key):
            kind = cell.kind or "soort niet vermeld"
            qualifier = f" ({entry.qualifier})" if entry.qualifier else ""
            footnote = f" — {'voetnoot'} {entry.footnote}" if entry.footnote else ""
            column = cell.age_group_key if cell.age_group_key in groups else UNKNOWN
            places.setdefault(cell.question_key, {}).setdefault(column, []).append(
                f"{kind}: {entry.printed_name}{qualifier}{footnote}")
    return places


def cells_table_html(content: ContentRepository, key: str) -> str:
    places = cell_places(content, key)
    if not places:
        return ""
    labels = {q.key: q.label for q in content.questions}
    parents = {q.key: q.parent_key for q in content.questions}
    columns = [(g.key, f"{g.label} ({g.age_from}-{g.age_to})") for g in content.age_groups]
    if any(UNKNOWN in row for row in places.values()):
        columns.append((UNKNOWN, "Leeftijd niet af te lezen"))
    head = "".join(f"<th {_HEAD}>{escape(label)}</th>" for _key, label in columns)
    rows = []
    for question in (q.key for q in content.questions if q.key in places):
        title = escape(labels[question])
        if parents.get(question):
            title = f"{escape(labels[parents[question]])}: <i>{title}</i>"
        cells = "".join(
            "<td valign='top'>" + ("<br>".join(escape(line) for line in places[question].get(
                column, [])) or "—") + "</td>" for column, _label in columns)
        rows.append(f"<tr><th align='left' {_HEAD}>{title}</th>{cells}</tr>")
    return ("<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
            f"<tr><th></th>{head}</tr>{''.join(rows)}</table>")
