"""Table 2 for the chosen question: age groups across, preventie / lichte hulp down.

Rendered as a rich-text table in a QTextBrowser: every intervention name is a link that the
mouse clicks and the keyboard reaches (Tab moves from name to name, Enter opens it).
"""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from opvoedapp.content.repository import ContentRepository
from opvoedapp.views import style
from opvoedapp.views.interventions.matrix_grid import UNKNOWN_COLUMN, Table2Grid, table2_grid
from opvoedapp.views.text_view import escape


def _cell(box: style.BoxColours) -> str:
    """A table cell's background with its own text colour: readable under any palette."""
    return f"bgcolor='{box.background}' style='color:{box.text}'"

LINK_SCHEME = "interventie"
GAP = "†"


class MatrixView(QTextBrowser):
    intervention_clicked = Signal(str)

    def __init__(self, content: ContentRepository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("interventions-matrix")
        self.setAccessibleName("Tabel 2 voor de gekozen vraag")
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._open)
        self._content = content
        self.grid: Table2Grid | None = None

    def show_question(self, question_key: str, highlight_groups: tuple[str, ...] = ()) -> None:
        self.grid = table2_grid(self._content, question_key)
        self.setHtml(self._html(self.grid, highlight_groups))

    def links(self) -> list[str]:
        """The intervention keys linked, in reading order (for tests and screen readers)."""
        if self.grid is None:
            return []
        return [e.intervention_key for row in self.grid.rows for slot in row.cells
                for cell in slot for e in cell.entries]

    def _open(self, url: QUrl) -> None:
        if url.scheme() == LINK_SCHEME:
            self.intervention_clicked.emit(url.path())

    def _html(self, grid: Table2Grid, highlight: tuple[str, ...]) -> str:
        questions = {q.key: q.label for q in self._content.questions}
        groups = {g.key: f"{g.label} ({g.age_from}-{g.age_to})" for g in self._content.age_groups}
        groups[UNKNOWN_COLUMN] = "Leeftijd niet af te lezen"
        head = "".join(
            f"<th {_cell(style.CURRENT_COLUMN if c in highlight else style.TABLE_HEAD)}>"
            f"{'● ' if c in highlight else ''}{escape(groups[c])}</th>" for c in grid.columns)
        body, gaps = [], False
        for row in grid.rows:
            kind = {"preventie": "Preventie", "lichte hulp": "Lichte hulp"}.get(
                row.kind, "soort niet vermeld")
            label = f"{escape(row.topic)}<br><small>{escape(kind)}</small>" if row.topic else (
                f"<b>{escape(kind)}</b>")
            tds = []
            for column, slot in zip(grid.columns, row.cells, strict=False):
                shade = f" {_cell(style.CURRENT_COLUMN)}" if column in highlight else ""
                tds.append(f"<td{shade}>{self._slot(slot) or '—'}</td>")
                gaps = gaps or any(c.position_note for c in slot)
            body.append(f"<tr><th align='left' {_cell(style.TABLE_HEAD)}>{label}</th>"
                        f"{''.join(tds)}</tr>")
        title = f"{'Tabel 2'}: {questions.get(grid.question_key, '')}"
        parts = [f"<h3>{escape(title)}</h3>",
                 "<table border='1' cellspacing='0' cellpadding='5' width='100%'>",
                 f"<tr><th></th>{head}</tr>", *body, "</table>"]
        if highlight:
            mark = "Leeftijdsgroep van het kind in dit consult."
            parts.append(f"<p><small>● {escape(mark)}</small></p>")
        if gaps:
            note = "Waar deze cel in de tabel staat, is uit de bron niet zeker af te lezen."
            parts.append(f"<p><small>{GAP} {escape(note)}</small></p>")
        also_apply = self._content.text("table2.also_apply")
        if also_apply:  # Table 2's own footer (L1404), shown wherever the table is
            parts.append(f"<p><small>{escape(also_apply)}.</small></p>")
        footnotes = {f.number: f.text for f in self._content.footnotes}
        for number in (1, *grid.footnote_numbers()):
            if number in footnotes:
                parts.append(f"<p><small><sup>{number}</sup> {escape(footnotes[number])}"
                             "</small></p>")
        how = ("Klik op een naam, of ga er met Tab naartoe en druk op Enter, voor de "
                  "beschrijving.")
        parts.append(f"<p><small>{escape(how)}</small></p>")
        return "".join(parts)

    def _slot(self, slot: tuple) -> str:
        names = {i.key: i.name for i in self._content.interventions}
        blocks = []
        for cell in slot:
            lines = []
            for entry in cell.entries:
                name = entry.printed_name or names.get(entry.intervention_key, "")
                qualifier = f" ({escape(entry.qualifier)})" if entry.qualifier else ""
                note = f"<sup>{entry.footnote}</sup>" if entry.footnote else ""
                lines.append(f"<a href='{LINK_SCHEME}:{entry.intervention_key}'>{escape(name)}</a>"
                             f"{qualifier}{note}")
            gap = f" {GAP}" if cell.position_note else ""
            blocks.append("<br>".join(lines) + gap)
        return "<hr>".join(blocks)
