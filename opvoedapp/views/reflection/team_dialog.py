"""Team view for a team leader: several colleagues' result files, only the team's spread.

The card's 'algemeen aandachtspunt'. Files are read with the colleagues' consent; nothing of
them is stored, and no individual's scores are shown: per competency the mean, lowest and
highest personal average and how many people answered.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
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
from opvoedapp.reflection.feedback_file import FeedbackFileError, read_file, read_result
from opvoedapp.reflection.scoring import team_spread
from opvoedapp.views.reflection.radar import RadarChart, RadarSeries

MIN_PEOPLE = 3  # fewer people and a mean could point to one person


def _tr(text: str) -> str:
    return QCoreApplication.translate("TeamDialog", text)


class TeamDialog(QDialog):
    def __init__(self, competencies: tuple[Competency, ...], threshold: float,
                 parent: QWidget | None = None,
                 choose_files: Callable[[], list[str]] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("team-dialog")
        self.setWindowTitle(_tr("Teamoverzicht zelfreflectie"))
        self._competencies, self._threshold = competencies, threshold
        self._choose = choose_files or self._files_from_user
        self.people: list[dict[str, int]] = []
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_tr("Lees de resultaatbestanden van collega's in (met hun "
                                    "toestemming). Alleen het team als geheel wordt getoond."),
                                self))
        add = QPushButton(_tr("Resultaatbestanden toevoegen…"), self)
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
        self.table.setAccessibleName(_tr("Team per competentie"))
        self.table.setHorizontalHeaderLabels([_tr("Competentie"), _tr("Gemiddeld team"),
                                              _tr("Laagste"), _tr("Hoogste"), _tr("Aantal")])
        self.table.setColumnWidth(0, 300)
        layout.addWidget(self.table, 1)
        self.resize(900, 820)
        self.refresh()

    def add_files(self) -> None:
        known = {i.key for c in self._competencies for i in c.items}
        refused = []
        for name in self._choose():
            try:
                self.people.append(read_result(read_file(Path(name)), known).scores)
            except (OSError, FeedbackFileError) as exc:
                refused.append(f"{Path(name).name}: "
                               f"{exc.message if isinstance(exc, FeedbackFileError) else exc}")
        self.refresh()
        if refused:
            self.status.setText(self.status.text() + "\n" + _tr("Niet gelezen: ") +
                                "; ".join(refused))

    def refresh(self) -> None:
        spread = team_spread(self._competencies, self.people, self._threshold)
        count = len(self.people)
        self.status.setText(_tr("{0} collega('s) ingelezen.").format(count))
        hidden = count < MIN_PEOPLE
        if hidden and count:
            self.status.setText(self.status.text() + " " + _tr(
                "Het team wordt getoond vanaf {0} personen, zodat niemand herkenbaar is.")
                .format(MIN_PEOPLE))
        labels = [f"{s.number}. {s.title}"[:24] for s in spread]
        series = [] if hidden else [
            RadarSeries(_tr("Gemiddelde team"), tuple(s.mean for s in spread)),
            RadarSeries(_tr("Laagste"), tuple(s.lowest for s in spread)),
            RadarSeries(_tr("Hoogste"), tuple(s.highest for s in spread))]
        self.radar.set_data(labels, series)
        self.table.setRowCount(0 if hidden else len(spread))
        for row, s in enumerate([] if hidden else spread):
            cells = [f"{s.number}. {s.title}",
                     *("" if v is None else f"{v:.2f}" for v in (s.mean, s.lowest, s.highest)),
                     str(s.people)]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def _files_from_user(self) -> list[str]:
        return QFileDialog.getOpenFileNames(self, _tr("Resultaatbestanden"), "",
                                            _tr("Feedbackbestanden (*.json)"))[0]
