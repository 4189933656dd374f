"""Table 2 for one question: age groups across, preventie / lichte hulp down, names clickable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QWidget

from opvoedapp.content.repository import ContentRepository
from opvoedapp.views.text_view import escape

KINDS = ("preventie", "lichte hulp")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MatrixView", text)


class MatrixView(QTableWidget):
    intervention_clicked = Signal(str)

    def __init__(self, content: ContentRepository, parent: QWidget | None = None) -> None:
        super().__init__(len(KINDS), len(content.age_groups), parent)
        self.setObjectName("interventions-matrix")
        self.setAccessibleName(_tr("Tabel 2 voor de gekozen vraag"))
        self._content = content
        self.setHorizontalHeaderLabels([f"{g.label} ({g.age_from}-{g.age_to})"
                                        for g in content.age_groups])
        self.setVerticalHeaderLabels([_tr("Preventie"), _tr("Lichte hulp")])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def show_question(self, question_key: str, highlight_group: str = "") -> None:
        names = {i.key: i.name for i in self._content.interventions}
        for column, group in enumerate(self._content.age_groups):
            for row, kind in enumerate(KINDS):
                links = []
                for cell in self._content.matrix_cells:
                    if (cell.question_key, cell.age_group_key, cell.kind) != (
                            question_key, group.key, kind):
                        continue
                    for entry in cell.entries:
                        name = entry.printed_name or names.get(entry.intervention_key, "")
                        qualifier = f" ({entry.qualifier})" if entry.qualifier else ""
                        links.append(f"<a href='{entry.intervention_key}'>{escape(name)}</a>"
                                     f"{escape(qualifier)}")
                label = QLabel("<br>".join(links) or "—")
                label.setObjectName(f"matrix-{group.key}-{kind.replace(' ', '-')}")
                label.setWordWrap(True)
                label.setMargin(4)
                if group.key == highlight_group:
                    label.setStyleSheet("background: #fff8e1;")
                label.linkActivated.connect(self.intervention_clicked)
                self.setCellWidget(row, column, label)
        self.resizeRowsToContents()
