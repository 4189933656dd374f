"""Team view for a team leader: several colleagues' result files, only the team's spread.

The card's 'algemeen aandachtspunt'. Files are read with the colleagues' consent; nothing of
them is stored. A person counts once (reflection/team.py), and a competency answered by fewer
than three distinct people shows nothing at all, not even lowest or highest.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opvoedapp.content.records import Competency
from opvoedapp.reflection.feedback_file import FeedbackFileError, read_file, read_result
from opvoedapp.reflection.scoring import MIN_PEOPLE, team_spread
from opvoedapp.reflection.team import TeamFiles
from opvoedapp.views.reflection.radar import RadarChart, RadarSeries


class TeamDialog(QDialog):
    def __init__(self, competencies: tuple[Competency, ...], threshold: float,
                 parent: QWidget | None = None,
                 choose_files: Callable[[], list[str]] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("team-dialog")
        self.setWindowTitle("Teamoverzicht zelfreflectie")
        self._competencies, self._threshold = competencies, threshold
        self._choose = choose_files or self._files_from_user
        self.files = TeamFiles()
        self.refused: list[str] = []
        layout = QVBoxLayout(self)
        rule = QLabel(("Lees de resultaatbestanden van collega's in (met hun toestemming). "
                          "Alleen het team als geheel wordt getoond. Iemand telt één keer mee "
                          "(hetzelfde bestand, of dezelfde persoon op hetzelfde formulier). "
                          f"Een competentie die minder dan {MIN_PEOPLE} personen invulden, "
                          "blijft leeg, "
                          "zodat niemand herkenbaar is."), self)
        rule.setObjectName("team-rule")
        rule.setWordWrap(True)
        layout.addWidget(rule)
        add = QPushButton("Resultaatbestanden &toevoegen…", self)
        add.setObjectName("team-add-files")
        add.clicked.connect(self.add_files)
        layout.addWidget(add)
        self.status = QLabel(self)
        self.status.setObjectName("team-status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.radar = RadarChart(self)
        self.radar.setMinimumHeight(200)
        layout.addWidget(self.radar, 1)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("team-table")
        self.table.setAccessibleName("Team per competentie")
        self.table.setHorizontalHeaderLabels(["Competentie", "Gemiddeld team",
                                              "Laagste", "Hoogste", "Personen"])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        row_height = self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(header.sizeHint().height() + len(competencies) * row_height + 4)
        layout.addWidget(self.table)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText("Sluiten")
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(min(860, screen.width() - 40) if screen else 860,
                    min(720, screen.height() - 60) if screen else 720)
        self.refresh()

    def add_files(self) -> None:
        known = {i.key for c in self._competencies for i in c.items}
        for name in self._choose():
            try:
                raw = read_file(Path(name))
                self.files.add(raw, read_result(raw, known))
            except (OSError, FeedbackFileError) as exc:
                reason = exc.message if isinstance(exc, FeedbackFileError) else exc.strerror
                self.refused.append(f"{Path(name).name}: {reason}")
        self.refresh()

    def refresh(self) -> None:
        spread = team_spread(self._competencies, self.files.score_maps(), self._threshold)
        count = len(self.files.people)
        text = f"{count} verschillende personen ingelezen."
        if self.refused:
            text += " " + "Niet gelezen: " + "; ".join(self.refused)
        self.status.setText(text)
        shown = [s for s in spread if s.shown]
        # Numbers on the radar, as on the tab: QtCharts hides labels that would overlap,
        # and the numbered table below has the names.
        labels = [str(s.number) for s in spread]
        series = [] if not shown else [
            RadarSeries("Gemiddelde team", tuple(s.mean for s in spread)),
            RadarSeries("Laagste", tuple(s.lowest for s in spread)),
            RadarSeries("Hoogste", tuple(s.highest for s in spread))]
        self.radar.set_data(labels, series)
        self.table.setRowCount(len(spread))
        for row, s in enumerate(spread):
            figures = ([f"{v:.2f}" for v in (s.mean, s.lowest, s.highest)] if s.shown
                       else [f"(minder dan {MIN_PEOPLE})", "", ""])
            cells = [f"{s.number}. {s.title}", *figures, str(s.people) if s.shown else ""]
            for col, value in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(value))

    def _files_from_user(self) -> list[str]:
        return QFileDialog.getOpenFileNames(self, "Resultaatbestanden", "",
                                            "Feedbackbestanden (*.json)")[0]
