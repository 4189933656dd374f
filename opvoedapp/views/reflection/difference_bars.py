"""Self vs a comparison, per competency, as horizontal bars sorted largest difference first.

A radar's shape depends on the order of its axes; bars of the difference do not.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from opvoedapp.reflection.scoring import CompetencyResult, competency_differences


class DifferenceBars(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        self._chart = QChart()
        super().__init__(self._chart, parent)
        self.setObjectName("reflection-difference-bars")
        self.setAccessibleName("Verschil per competentie, grootste eerst")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._chart.legend().setVisible(False)
        self._chart.setMargins(QMargins(0, 0, 0, 0))
        self._chart.layout().setContentsMargins(0, 0, 0, 0)
        self.order: list[str] = []  # category labels, largest difference first
        # One series, bar set and pair of axes for the chart's life, their values replaced on
        # every answer: axes removed from a chart are not deleted (QChart::removeAxis hands
        # them back), and made anew on every answer they left about 48 graphics items each
        # in the scene, some 350 KB per answer (bench/bench_reflection.py).
        self._bars = QBarSet("Verschil")
        self._bars.setColor(QColor("#1565c0"))
        self._series = QHorizontalBarSeries(self._chart)
        self._series.append(self._bars)
        self._series.setLabelsVisible(True)
        self._series.setLabelsFormat("@value")
        self._series.setLabelsPrecision(3)
        self._chart.addSeries(self._series)
        self._categories = QBarCategoryAxis(self._chart)
        self._categories.setTruncateLabels(False)  # shortened between words, never cut
        self._values = QValueAxis(self._chart)
        self._values.setRange(-3, 3)  # the largest possible difference on a 1-4 scale
        self._values.setTickCount(7)
        self._values.setLabelFormat("%+d")
        self._chart.addAxis(self._categories, Qt.AlignmentFlag.AlignLeft)
        self._chart.addAxis(self._values, Qt.AlignmentFlag.AlignBottom)
        self._series.attachAxis(self._categories)
        self._series.attachAxis(self._values)
        self._show(False)

    def _show(self, visible: bool) -> None:
        for part in (self._series, self._categories, self._values):
            part.setVisible(visible)

    def set_data(self, mine: list[CompetencyResult],
                 other: list[CompetencyResult] | None) -> None:
        self._bars.remove(0, self._bars.count())
        self._categories.clear()
        self.order = []
        if other is None:
            self._chart.setTitle("Kies ‘Vergelijk met’ om verschillen te zien")
            self.setToolTip("")
            self._show(False)
            return
        differences = competency_differences(mine, other)
        numbers = {r.title: r.number for r in mine}
        self._chart.setTitle("Verschil: deze ronde min vergelijking")
        # Competency numbers, as on the radar: QtCharts clips long axis labels at its own
        # width limit and hides labels that overlap. The numbered table has the names, and
        # the tooltip lists them in the bars' order.
        self.order = [str(numbers[d.label]) for d in differences]
        self.setToolTip("\n".join(f"{numbers[d.label]}. {d.label}: {d.mine - d.theirs:+.2f}"
                                   for d in differences))
        # A horizontal bar chart draws its first category at the bottom: reverse, so the
        # largest difference is on top.
        self._categories.append(list(reversed(self.order)))
        self._bars.append([d.mine - d.theirs for d in reversed(differences)])
        self._show(True)

    def values(self) -> list[float]:
        """Differences top to bottom as drawn (for tests and the accessible description)."""
        if not self._series.isVisible():
            return []
        return [self._bars.at(i) for i in reversed(range(self._bars.count()))]
