"""Team view for a team leader: several colleagues' result files, only the team's spread.

The card's 'algemeen aandachtspunt'. Files are read with the colleagues' consent; nothing of
them is stored, and no individual's scores are shown: per competency the mean, lowest and
highest personal average and how many people answered.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opvoedapp.content.records import Competency
from opvoedapp.reflection.feedback_file import FeedbackFileError, read_result
from opvoedapp.reflection.scoring import team_spread
from opvoedapp.views.reflection.radar import RadarChart, RadarSeries

MIN_PEOPLE = 3  # fewer people and a mean could point to one person


class TeamDialog(QDialog):
    def __init__(self, competencies: tuple[Competency, ...], threshold: float,
                 parent: QWidget | None = None,
                 choose_files: Callable[[], list[str]] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("team-dialog")
        self.setWindowTitle("Teamoverzicht zelfreflectie")
        self._competencies, self._threshold = competencies, threshold
        self._choose = choose_files or self._files_from_user
        self.people: list[dict[str, int]] = []
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(("Lees de resultaatbestanden van collega's in (met hun "
                                    "toestemming). Alleen het team als geheel wordt getoond."),
                                self))
        add = QPushButton("Resultaatbestanden toevoegen…", self)
        add.setObjectName("team-add-files")
        add.clicked.connect(self.add_files)
        layout.addWidget(add)
        self.status = QLabel(self)
        self.status.setObjectName("team-status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.radar = RadarChart(self)
        self.radar.setMinimumHeight(360)
        layout.addWidget(self.radar, 2)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("team-table")
        self.table.setAccessibleName("Team per competentie")
        self.table.setHorizontalHeaderLabels(["Competentie", "Gemiddeld team",
                                              "Laagste", "Hoogste", "Aantal"])
        self.table.setColumnWidth(0, 300)
        layout.addWidget(self.table, 1)
        self.resize(900, 820)
        self.refresh()

    def add_files(self) -> None:
        known = {i.key for c in self._competencies for i in c.items}
        refused = []
        for name in self._choose():
            try:
                self.people.append(read_result(Path(name).read_bytes(), known).scores)
            except (OSError, FeedbackFileError) as exc:
                refused.append(f"{Path(name).name}: "
                               f"{exc.message if isinstance(exc, FeedbackFileError) else exc}")
        self.refresh()
        if refused:
            self.status.setText(self.status.text() + "\n" + "Niet gelezen: " +
                                "; ".join(refused))

    def refresh(self) -> None:
        spread = team_spread(self._competencies, self.people, self._threshold)
        count = len(self.people)
        self.status.setText(f"{count} collega('s) ingelezen.")
        hidden = count < MIN_PEOPLE
        if hidden and count:
            self.status.setText(self.status.text() + f" Het team wordt getoond vanaf {MIN_PEOPLE} "
                                "personen, zodat niemand herkenbaar is.")
        labels = [f"{s.number}. {s.title}"[:24] for s in spread]
        series = [] if hidden else [
            RadarSeries("Gemiddelde team", tuple(s.mean for s in spread)),
            RadarSeries("Laagste", tuple(s.lowest for s in spread)),
            RadarSeries("Hoogste", tuple(s.highest for s in spread))]
        self.radar.set_data(labels, series)
        self.table.setRowCount(0 if hidden else len(spread))
        for row, s in enumerate([] if hidden else spread):
            cells = [f"{s.number}. {s.title}",
                     *("" if v is None else f"{v:.2f}" for v in (s.mean, s.lowest, s.highest)),
                     str(s.people)]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def _files_from_user(self) -> list[str]:
        return QFileDialog.getOpenFileNames(self, "Resultaatbestanden", "",
                                            "Feedbackbestanden (*.json)")[0]
