"""Table 2 for one parenting question as a grid: rows by kind (and sub-topic), age groups across.

No Qt. Cells keep the guideline's order. Where the source does not show a cell's age column
or kind, the cell goes to a column or row that says so: a gap stays visible as a gap.
"""

from __future__ import annotations

from dataclasses import dataclass

from opvoedapp.content.records import MatrixCell
from opvoedapp.content.repository import ContentRepository

KINDS = ("preventie", "lichte hulp")
UNKNOWN_COLUMN = ""  # age group key of cells whose column cannot be read from the source


@dataclass(frozen=True)
class GridRow:
    question_key: str
    topic: str  # "" for the question itself, else the sub-topic's label ("Zindelijkheid")
    kind: str  # "preventie", "lichte hulp", or "" when the source does not say
    cells: tuple[tuple[MatrixCell, ...], ...]  # per column, in the guideline's order


@dataclass(frozen=True)
class Table2Grid:
    question_key: str
    columns: tuple[str, ...]  # age group keys, UNKNOWN_COLUMN last when needed
    rows: tuple[GridRow, ...]

    def footnote_numbers(self) -> tuple[int, ...]:
        return tuple(sorted({e.footnote for row in self.rows for slot in row.cells
                             for cell in slot for e in cell.entries if e.footnote}))


def table2_grid(content: ContentRepository, question_key: str) -> Table2Grid:
    topics = [(question_key, "")] + [(q.key, q.label) for q in content.questions
                                     if q.parent_key == question_key]
    cells_of = {key: [c for c in content.matrix_cells if c.question_key == key]
                for key, _label in topics}
    columns = [g.key for g in content.age_groups]
    if any(c.age_group_key not in columns for cells in cells_of.values() for c in cells):
        columns.append(UNKNOWN_COLUMN)
    rows = []
    for key, topic in topics:
        cells = cells_of[key]
        # The question's own rows always show both kinds; a sub-topic only the kinds it has.
        kinds = KINDS if not topic else tuple(
            k for k in (*KINDS, "") if any(c.kind == k for c in cells))
        for kind in kinds:
            slots = tuple(tuple(c for c in cells if c.kind == kind and _column(c, columns) == col)
                          for col in columns)
            rows.append(GridRow(key, topic, kind, slots))
    return Table2Grid(question_key, tuple(columns), tuple(rows))


def _column(cell: MatrixCell, columns: list[str]) -> str:
    return cell.age_group_key if cell.age_group_key in columns else UNKNOWN_COLUMN
