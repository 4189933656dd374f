"""Zelfreflectie: score werkkaart 3, see averages on a radar, bars and a table, compare rounds.

The view shows and routes input only; rounds, the score cache, results, import and backups
live in `opvoedapp.reflection.session` (no Qt). Feedback dialogs are in `feedback_flow.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opvoedapp.content.repository import ContentRepository
from opvoedapp.reflection.labels import words
from opvoedapp.reflection.session import ReflectionSession
from opvoedapp.views.reflection import feedback_flow
from opvoedapp.views.reflection.difference_bars import DifferenceBars
from opvoedapp.views.reflection.radar import RadarChart, RadarSeries
from opvoedapp.views.reflection.scoring_list import ScoringPanel
from opvoedapp.views.reflection.toolbar import ReflectionToolbar

RETRY_UNSAVED_MS = 30_000

_T = TypeVar("_T")


class ReflectionView(QWidget):
    def __init__(self, content: ContentRepository, data_dir: Path, parent: QWidget | None = None,
                 choose_file: Callable[[bool, str], str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reflection-view")
        self.setAccessibleName("Zelfreflectie")
        self.content = content
        self.choose_file = choose_file or self._file_from_user
        self.report_name = ""  # typed per report; kept for this session only
        layout = QVBoxLayout(self)
        self.banner = QLabel(self)
        self.banner.setObjectName("reflection-banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background:#fff3e0; padding:4px;")
        self.banner.hide()
        layout.addWidget(self.banner)
        self.toolbar = ReflectionToolbar(self)
        self.round, self.compare = self.toolbar.round, self.toolbar.compare
        layout.addWidget(self.toolbar)
        splitter = QSplitter(self)
        splitter.setObjectName("reflection-splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_left(content))
        splitter.addWidget(self._build_right())
        splitter.setSizes([520, 640])
        layout.addWidget(splitter, 1)
        self.session = ReflectionSession(content.competencies,
                                         float(content.text("werkkaart3.high_threshold") or 3.0),
                                         data_dir, self.warn)
        self.items.scored.connect(self._scored)
        # Answers a full disk refused wait in the store; this timer saves them when space
        # returns even if the nurse gives no further answer.
        self._retry = QTimer(self)
        self._retry.setObjectName("reflection-retry-unsaved")
        self._retry.setInterval(RETRY_UNSAVED_MS)
        self._retry.timeout.connect(self._retry_unsaved)
        self.round.currentIndexChanged.connect(self._round_changed)
        self.compare.currentIndexChanged.connect(self.refresh)
        bar = self.toolbar
        bar.new_round.triggered.connect(lambda: self.new_round())
        bar.rename_round.triggered.connect(lambda: feedback_flow.rename_round(self))
        bar.delete_round.triggered.connect(lambda: feedback_flow.delete_round(self))
        bar.ask_feedback.triggered.connect(lambda: feedback_flow.ask_feedback(self))
        bar.import_result.triggered.connect(lambda: feedback_flow.import_result(self))
        bar.fill_form.triggered.connect(lambda: feedback_flow.fill_form(self))
        bar.team.triggered.connect(self.open_team_view)
        bar.report.clicked.connect(self.open_report)
        self.fill_rounds(self.session.own_round())

    # -- building -------------------------------------------------------------------------
    def _build_left(self, content: ContentRepository) -> QWidget:
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        usage = content.text("werkkaart3.usage").splitlines()
        self.instructions = QLabel(
            "<p style='margin:0'>" + _escape(content.text("werkkaart3.intro")) + "</p><ul "
            "style='margin:0; margin-left:-20px'>" + "".join(f"<li>{_escape(line)}</li>"
                                                             for line in usage) + "</ul>", left)
        self.instructions.setObjectName("reflection-instructions")
        self.instructions.setWordWrap(True)
        self.instructions.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.instructions)
        labels = {s.value: s.label for s in content.scale_labels}
        self.panel = ScoringPanel(content.competencies, labels, left)
        self.items = self.panel.items
        column.addWidget(self.panel, 1)
        return left

    def _build_right(self) -> QWidget:
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        charts = QHBoxLayout()
        self.radar = RadarChart(right)
        self.radar.setMinimumSize(220, 220)
        charts.addWidget(self.radar, 1)
        self.bars = DifferenceBars(right)
        self.bars.setMinimumSize(200, 200)
        charts.addWidget(self.bars, 1)
        column.addLayout(charts, 4)
        self.table = QTableWidget(0, 5, right)
        self.table.setObjectName("reflection-averages")
        self.table.setAccessibleName("Gemiddelden per competentie")
        self.table.setHorizontalHeaderLabels(["Competentie", "Gem.", "Beantw.",
                                              "Oordeel", "Vergelijking"])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = len(self.content.competencies)
        row_height = self.table.fontMetrics().height() + 6  # all 8 rows at 1366×768
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.verticalHeader().setMinimumSectionSize(row_height)
        self.table.setFixedHeight(header.sizeHint().height() + rows * row_height + 4)
        column.addWidget(self.table)
        differences = QLabel("Grootste verschillen (bespreek ze):", right)
        column.addWidget(differences)
        self.differences = QListWidget(right)
        self.differences.setObjectName("reflection-differences")
        self.differences.setAccessibleName("Verschillen, grootste eerst")
        self.differences.setWordWrap(True)
        self.differences.setMinimumHeight(3 * self.differences.fontMetrics().height() + 8)
        differences.setBuddy(self.differences)
        column.addWidget(self.differences, 1)
        return right

    def warn(self, text: str) -> None:
        self.banner.setText("⚠ " + text)
        self.banner.show()

    # -- rounds ---------------------------------------------------------------------------
    def fill_rounds(self, select: int) -> None:
        rounds = self.session.rounds()
        self.round.blockSignals(True)
        self.round.clear()
        for info in rounds:
            self.round.addItem(info.title, info.id)
            self.round.setItemData(self.round.count() - 1, info.title, Qt.ItemDataRole.ToolTipRole)
        self.round.setCurrentIndex(max(0, self.round.findData(select)))
        self.round.blockSignals(False)
        self._round_changed()

    def _fill_compare(self) -> None:
        """Every other round: comparing a round with itself means nothing."""
        keep = self.compare.currentData()
        self.compare.blockSignals(True)
        self.compare.clear()
        self.compare.addItem("(niets)", None)
        for info in self.session.rounds():
            if info.id != self.current_round():
                self.compare.addItem(info.title, info.id)
        self.compare.setCurrentIndex(max(0, self.compare.findData(keep)))
        self.compare.blockSignals(False)

    def new_round(self, label: str = "", rater: str = "zelf") -> int:
        from datetime import date

        label = label or "Eigen ronde {}".format(date.today().strftime("%B %Y"))
        round_id = self.session.new_round(label, rater)
        self.fill_rounds(round_id)
        return round_id

    def current_round(self) -> int:
        return self.round.currentData()

    def _round_changed(self) -> None:
        self._fill_compare()
        scores = self.session.scores(self.current_round())
        self.items.show_scores(scores)
        self.items.go_to_first_open(scores)
        self.refresh()

    def _scored(self, key: str, value: int | None) -> None:
        self.session.set_score(self.current_round(), key, value)
        self._watch_unsaved()
        self.refresh()

    def _watch_unsaved(self) -> None:
        """The banner (a NotSavedYet message ends in "Niet bewaard (n)") stays until the
        waiting answers are saved; then it says so."""
        if self.session.unsaved_count():
            if not self._retry.isActive():
                self._retry.start()
        elif self._retry.isActive():
            self._retry.stop()
            self.warn("Alle scores zijn alsnog bewaard.")

    def _retry_unsaved(self) -> None:
        self.session.save_pending()
        self._watch_unsaved()

    # -- results --------------------------------------------------------------------------
    def current_results(self):
        return self.session.results(self.current_round())

    def refresh(self) -> None:
        mine = self.current_results()
        other_id = self.compare.currentData()
        other = self.session.results(other_id)
        # The tab's radar is small at 1366×768: numbers there (never a cut word), the names
        # in the numbered table right below and on the bars.
        labels = [str(r.number) for r in mine]
        compared = self.session.round(other_id) if other_id is not None else None
        shown = self.session.round(self.current_round())
        # Legend names shortened between words; QtCharts would cut them anywhere.
        series = [RadarSeries(words(shown.label if shown else "Deze ronde", 24),
                              tuple(r.average for r in mine))]
        if other is not None and compared is not None:
            series.append(RadarSeries(words(compared.label, 24),
                                      tuple(r.average for r in other)))
        self.radar.set_data(labels, series)
        self.bars.set_data(mine, other)
        self.table.horizontalHeaderItem(4).setText(
            "Vergelijking" if compared is None else words(compared.label, 18))
        self.table.horizontalHeaderItem(4).setToolTip(compared.title if compared else "")
        self.table.setRowCount(len(mine))
        for row, result in enumerate(mine):
            verdict = ("" if result.average is None else
                       "hoog" if result.high else "ontwikkelpunt")
            theirs = other[row].average if other is not None else None
            cells = [f"{result.number}. {result.title}",
                     "" if result.average is None else f"{result.average:.2f}",
                     f"{result.answered}/{result.total}", verdict,
                     "" if theirs is None else f"{theirs:.2f}"]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, col, cell)
        self.differences.clear()
        self.differences.addItems(self.session.differences(self.current_round(), other_id))

    def show_entry(self, kind: str, key: str) -> None:
        """Global search: put the cursor on a found werkkaart 3 item."""
        if kind == "competency" and self.items.row_of(key) is not None:
            self.items.go_to(key)
            self.items.setFocus()

    # -- report and team ------------------------------------------------------------------
    def report_data(self, name: str = ""):
        return self.session.report_data(self.current_round(), self.compare.currentData(), name)

    def open_report(self) -> None:
        feedback_flow.open_report(self)

    def open_team_view(self) -> None:
        from opvoedapp.views.reflection.team_dialog import TeamDialog

        dialog = TeamDialog(self.session.competencies, self.session.threshold, self)
        dialog.exec()
        dialog.deleteLater()

    def _file_from_user(self, saving: bool, suggested: str) -> str:
        pattern = "Feedbackbestanden (*.json)"
        if saving:
            return QFileDialog.getSaveFileName(self, "Feedbackformulier opslaan",
                                               suggested, pattern)[0]
        return QFileDialog.getOpenFileName(self, "Feedbackresultaat openen", "", pattern)[0]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
