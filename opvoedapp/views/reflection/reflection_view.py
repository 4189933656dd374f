"""Zelfreflectie: score werkkaart 3, see averages on a radar and in a table, compare rounds.

Every answer is saved when given (UserStore). When saving is impossible the answers stay on
screen and a Dutch banner says why; nothing about children or families is ever here.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import methodcaller
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opvoedapp.content.repository import ContentRepository
from opvoedapp.reflection.feedback_file import FeedbackFileError, form_json, read_result
from opvoedapp.reflection.scoring import competency_differences, item_differences, results
from opvoedapp.userdata.models import RATERS
from opvoedapp.userdata.store import UserDataError, UserStore
from opvoedapp.views.reflection.radar import RadarChart, RadarSeries
from opvoedapp.views.reflection.scoring_list import ScoringList

_T = TypeVar("_T")


class ReflectionView(QWidget):
    def __init__(self, content: ContentRepository, data_dir: Path, parent: QWidget | None = None,
                 choose_file: Callable[[bool, str], str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reflection-view")
        self.setAccessibleName("Zelfreflectie")
        self._content = content
        self._choose_file = choose_file or self._file_from_user
        self._competencies = content.competencies
        self._threshold = float(content.text("werkkaart3.high_threshold") or 3.0)
        self._memory: dict[int, dict[str, int]] = {}  # what is on screen, per round
        self._store: UserStore | None = None
        self._offline_rounds: dict[int, tuple[str, str, str]] = {}  # when nothing can be saved
        layout = QVBoxLayout(self)
        self.banner = QLabel(self)
        self.banner.setObjectName("reflection-banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background:#fff3e0; padding:4px;")
        self.banner.hide()
        layout.addWidget(self.banner)
        layout.addLayout(self._build_toolbar())
        splitter = QSplitter(self)
        labels = {s.value: s.label for s in content.scale_labels}
        self.items = ScoringList(self._competencies, labels, splitter)
        right = QWidget(splitter)
        column = QVBoxLayout(right)
        self.radar = RadarChart(right)
        self.radar.setMinimumHeight(380)
        column.addWidget(self.radar, 4)
        self.table = QTableWidget(0, 5, right)
        self.table.setObjectName("reflection-averages")
        self.table.setAccessibleName("Gemiddelden per competentie")
        self.table.setHorizontalHeaderLabels(["Competentie", "Gemiddeld",
                                              "Beantwoord", "Oordeel",
                                              "Vergelijking"])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 260)
        column.addWidget(self.table, 2)
        column.addWidget(QLabel("Grootste verschillen (bespreek ze):", right))
        self.differences = QListWidget(right)
        self.differences.setObjectName("reflection-differences")
        self.differences.setAccessibleName("Verschillen, grootste eerst")
        column.addWidget(self.differences, 1)
        splitter.setSizes([560, 560])
        layout.addWidget(splitter, 1)
        self.items.scored.connect(self._scored)
        self._open_store(data_dir)
        self._load_rounds()

    # -- building -------------------------------------------------------------------
    def _build_toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel("Ronde:", self))
        self.round = QComboBox(self)
        self.round.setObjectName("reflection-round")
        self.round.setAccessibleName("Ronde")
        row.addWidget(self.round, 2)
        self.rater = QComboBox(self)
        self.rater.setObjectName("reflection-rater")
        self.rater.setAccessibleName("Wie vult in voor een nieuwe ronde")
        for rater in RATERS:
            self.rater.addItem(rater, rater)
        row.addWidget(self.rater)
        new_round = QPushButton("Nieuwe ronde", self)
        new_round.setObjectName("reflection-new-round")
        new_round.clicked.connect(lambda: self.new_round())
        row.addWidget(new_round)
        row.addWidget(QLabel("Vergelijk met:", self))
        self.compare = QComboBox(self)
        self.compare.setObjectName("reflection-compare")
        self.compare.setAccessibleName("Vergelijk met ronde")
        row.addWidget(self.compare, 2)
        ask = QPushButton("Vraag feedback…", self)
        ask.setObjectName("reflection-ask-feedback")
        ask.clicked.connect(self.export_form)
        row.addWidget(ask)
        report = QPushButton("Rapport…", self)
        report.setObjectName("reflection-report")
        report.clicked.connect(self.open_report)
        row.addWidget(report)
        team = QPushButton("Teamoverzicht…", self)
        team.setObjectName("reflection-team")
        team.clicked.connect(self.open_team_view)
        row.addWidget(team)
        load = QPushButton("Resultaat importeren…", self)
        load.setObjectName("reflection-import")
        load.clicked.connect(self.import_result)
        row.addWidget(load)
        self.round.currentIndexChanged.connect(self._round_changed)
        self.compare.currentIndexChanged.connect(self._refresh)
        return row

    # -- storage --------------------------------------------------------------------
    def _open_store(self, data_dir: Path) -> None:
        try:
            self._store = UserStore(data_dir)
        except (UserDataError, OSError) as exc:
            message = exc.message if isinstance(exc, UserDataError) else str(exc)
            self._warn(f"Scores worden niet bewaard: {message}")
            return
        if self._store.moved_aside is not None:
            self._warn("Het oude bestand met scores was beschadigd. Het is bewaard als "
                       f"{self._store.moved_aside}; u begint met een nieuw bestand.")

    def _warn(self, text: str) -> None:
        self.banner.setText("⚠ " + text)
        self.banner.show()

    def _save(self, work: Callable[[UserStore], _T]) -> _T | None:
        if self._store is None:
            return None
        try:
            return work(self._store)
        except UserDataError as exc:
            self._warn(exc.message)
            return None

    # -- rounds ---------------------------------------------------------------------
    def _load_rounds(self) -> None:
        rounds = self._save(lambda s: s.rounds()) or []
        for round_id, _label, _day, _rater in rounds:
            self._memory.setdefault(round_id, self._save(methodcaller("scores", round_id)) or {})
        if not rounds:
            self.new_round("Eerste ronde")
            return
        self._fill_round_combos(rounds, select=rounds[-1][0])

    def _fill_round_combos(self, rounds, select: int) -> None:
        for combo in (self.round, self.compare):
            combo.blockSignals(True)
            combo.clear()
        self.compare.addItem("(niets)", None)
        for round_id, label, day, rater in rounds:
            text = f"{label} — {day} — {rater}"
            self.round.addItem(text, round_id)
            self.compare.addItem(text, round_id)
        self.round.setCurrentIndex(self.round.findData(select))
        for combo in (self.round, self.compare):
            combo.blockSignals(False)
        self._round_changed()

    def _all_rounds(self):
        stored = self._save(lambda s: s.rounds())
        if stored is not None:
            return stored
        return [(rid, *self._offline_rounds[rid]) for rid in sorted(self._offline_rounds)]

    def new_round(self, label: str = "", rater: str | None = None) -> int:
        from datetime import date

        rater = rater or self.rater.currentData() or "zelf"
        label = label or f"Ronde {date.today().strftime('%d-%m-%Y')}"
        round_id = self._save(lambda s: s.new_round(label, rater))
        if round_id is None:  # not saved: keep it on screen only
            round_id = -(len(self._offline_rounds) + 1)
            self._offline_rounds[round_id] = (label, date.today().isoformat(), rater)
        self._memory.setdefault(round_id, {})
        self._fill_round_combos(self._all_rounds(), select=round_id)
        return round_id

    def current_round(self) -> int:
        return self.round.currentData()

    def _round_changed(self) -> None:
        scores = self._memory.get(self.current_round(), {})
        self.items.show_scores(scores)
        self.items.go_to_first_open(scores)
        self._refresh()

    def _scored(self, key: str, value: int | None) -> None:
        round_id = self.current_round()
        scores = self._memory.setdefault(round_id, {})
        if value is None:
            scores.pop(key, None)
        else:
            scores[key] = value
        if round_id > 0:
            self._save(lambda s: s.set_score(round_id, key, value))
        self._refresh()

    # -- results --------------------------------------------------------------------
    def current_results(self):
        return results(self._competencies, self._memory.get(self.current_round(), {}),
                       self._threshold)

    def _refresh(self) -> None:
        mine = self.current_results()
        other_id = self.compare.currentData()
        other = (results(self._competencies, self._memory.get(other_id, {}), self._threshold)
                 if other_id is not None and other_id != self.current_round() else None)
        labels = [f"{r.number}. {r.title}" for r in mine]
        # Short labels on the chart keep its plot area large; the table has the full names.
        short = [label if len(label) <= 24 else label[:22].rstrip() + "…" for label in labels]
        series = [RadarSeries(self.round.currentText() or "Deze ronde",
                              tuple(r.average for r in mine))]
        if other is not None:
            series.append(RadarSeries(self.compare.currentText(),
                                      tuple(r.average for r in other)))
        self.radar.set_data(short, series)
        self.table.setRowCount(len(mine))
        for row, result in enumerate(mine):
            verdict = ("" if result.average is None else
                       "hoog" if result.high else "ontwikkelpunt")
            theirs = other[row].average if other is not None else None
            cells = [labels[row], "" if result.average is None else f"{result.average:.2f}",
                     f"{result.answered}/{result.total}", verdict,
                     "" if theirs is None else f"{theirs:.2f}"]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.differences.clear()
        if other is not None:
            for diff in competency_differences(mine, other)[:3]:
                self.differences.addItem(f"{diff.label}: {diff.mine:.2f} ↔ {diff.theirs:.2f}")
            for diff in item_differences(self._competencies,
                                         self._memory.get(self.current_round(), {}),
                                         self._memory.get(other_id, {}))[:10]:
                self.differences.addItem(f"{diff.key} {diff.label}: {diff.mine:.0f} ↔ "
                                         f"{diff.theirs:.0f}")

    def show_entry(self, kind: str, key: str) -> None:
        """Global search: put the cursor on a found werkkaart 3 item."""
        row = self.items._items.get(key) if kind == "competency" else None
        if row is not None:
            self.items.setCurrentItem(row)
            self.items.scrollToItem(row)
            self.items.setFocus()

    # -- report and team ------------------------------------------------------------
    def report_data(self):
        from opvoedapp.documents.reflection_report import ReportData, ReportRow

        mine = self.current_results()
        other_id = self.compare.currentData()
        other = (results(self._competencies, self._memory.get(other_id, {}), self._threshold)
                 if other_id is not None and other_id != self.current_round() else None)
        rows = tuple(ReportRow(r.title, r.average, r.answered, r.total, r.high,
                               other[n].average if other else None)
                     for n, r in enumerate(mine))
        label, day, rater = self._round_info(self.current_round())
        differences = tuple(f"{d.label}: {d.mine:.2f} ↔ {d.theirs:.2f}"
                            for d in competency_differences(mine, other)[:5]) if other else ()
        return ReportData(label, rater, day, rows,
                          self.compare.currentText() if other else "", differences,
                          self._threshold)

    def _round_info(self, round_id: int) -> tuple[str, str, str]:
        for rid, label, day, rater in self._all_rounds():
            if rid == round_id:
                return label, day, rater
        return "", "", ""

    def open_report(self) -> None:
        from opvoedapp.documents.reflection_report import build_report_pdf
        from opvoedapp.views.pdf_dialog import PdfDialog

        dialog = PdfDialog(build_report_pdf(self.report_data()), "Rapport zelfreflectie",
                           "zelfreflectie.pdf", self)
        dialog.exec()
        dialog.deleteLater()

    def open_team_view(self) -> None:
        from opvoedapp.views.reflection.team_dialog import TeamDialog

        dialog = TeamDialog(self._competencies, self._threshold, self)
        dialog.exec()
        dialog.deleteLater()

    # -- feedback files -------------------------------------------------------------
    def export_form(self) -> None:
        target = self._choose_file(True, "feedbackformulier.opvoedapp-feedback.json")
        if not target:
            return
        keys = [i.key for c in self._competencies for i in c.items]
        error = save_text(Path(target), form_json(self.round.currentText(), keys,
                                                      self._content.meta.content_edition))
        if error:
            QMessageBox.warning(self, "Opslaan mislukt", error)

    def import_result(self) -> None:
        source = self._choose_file(False, "")
        if not source:
            return
        known = {i.key for c in self._competencies for i in c.items}
        try:
            result = read_result(Path(source).read_bytes(), known)
        except OSError as exc:
            QMessageBox.warning(self, "Import mislukt",
                                f"{source} kan niet worden gelezen ({exc.strerror})."
                                )
            return
        except FeedbackFileError as exc:
            QMessageBox.warning(self, "Import geweigerd", exc.message)
            return
        round_id = self.new_round(result.label or "Feedback", result.rater)
        for key, value in result.scores.items():
            self._memory[round_id][key] = value
            if round_id > 0:
                self._save(methodcaller("set_score", round_id, key, value))
        self._round_changed()

    def _file_from_user(self, saving: bool, suggested: str) -> str:
        pattern = "Feedbackbestanden (*.json)"
        if saving:
            return QFileDialog.getSaveFileName(self, "Feedbackformulier opslaan",
                                               suggested, pattern)[0]
        return QFileDialog.getOpenFileName(self, "Feedbackresultaat openen", "", pattern)[0]


def save_text(target: Path, text: str) -> str:
    """Write text atomically; return "" or a Dutch message."""
    import errno
    import os
    import tempfile

    try:
        handle, temp = tempfile.mkstemp(prefix=".feedback-", dir=target.parent)
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temp, target)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            return f"De schijf is vol: {target} is niet opgeslagen."
        return f"{target} is niet opgeslagen ({exc.strerror})."
    return ""
