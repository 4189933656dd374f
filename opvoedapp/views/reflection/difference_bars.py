"""Self vs a comparison, per competency, as horizontal bars sorted largest difference first.

A radar's shape depends on the order of its axes; bars of the difference do not.
"""

from __future__ import annotations

from typing import cast

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

    def set_data(self, mine: list[CompetencyResult],
                 other: list[CompetencyResult] | None) -> None:
        chart = self._chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.order = []
        if other is None:
            chart.setTitle("Kies ‘Vergelijk met’ om verschillen te zien")
            return
        differences = competency_differences(mine, other)
        numbers = {r.title: r.number for r in mine}
        chart.setTitle("Verschil: deze ronde min vergelijking")
        # Competency numbers, as on the radar: QtCharts clips long axis labels at its own
        # width limit and hides labels that overlap. The numbered table has the names, and
        # the tooltip lists them in the bars' order.
        self.order = [str(numbers[d.label]) for d in differences]
        self.setToolTip("\n".join(f"{numbers[d.label]}. {d.label}: {d.mine - d.theirs:+.2f}"
                                   for d in differences))
        bars = QBarSet("Verschil")
        bars.setColor(QColor("#1565c0"))
        # A horizontal bar chart draws its first category at the bottom: reverse, so the
        # largest difference is on top.
        for difference in reversed(differences):
            bars.append(difference.mine - difference.theirs)
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(3)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(list(reversed(self.order)))
        categories.setTruncateLabels(False)  # shortened between words above, never cut
        values = QValueAxis()
        values.setRange(-3, 3)  # the largest possible difference on a 1-4 scale
        values.setTickCount(7)
        values.setLabelFormat("%+d")
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)

    def values(self) -> list[float]:
        """Differences top to bottom as drawn (for tests and the accessible description)."""
        series = self._chart.series()
        if not series:
            return []
        bars = cast(QHorizontalBarSeries, series[0]).barSets()[0]  # the only series drawn
        return [bars.at(i) for i in reversed(range(bars.count()))]
