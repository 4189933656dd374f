"""A radar chart over plain data: competency labels and named series of averages (1-4).

QtCharts is imported here only, so it loads when the tab is first opened. The scale is pinned
to 1-4; an unanswered competency is drawn at the centre and named in the table beside it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QLineSeries, QPolarChart, QValueAxis
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

COLOURS = ("#1565c0", "#c62828", "#2e7d32", "#6a1b9a", "#ef6c00")


@dataclass(frozen=True)
class RadarSeries:
    name: str
    values: tuple[float | None, ...]  # one per label, None when unanswered


class RadarChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        self._chart = QPolarChart()
        super().__init__(self._chart, parent)
        self.setObjectName("reflection-radar")
        self.setAccessibleName("Radardiagram (de tabel ernaast heeft dezelfde cijfers)")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._chart.setMargins(QMargins(0, 0, 0, 0))
        self._chart.layout().setContentsMargins(0, 0, 0, 0)
        self.series_data: list[RadarSeries] = []
        # One pair of axes for the chart's life: axes removed and made anew leave their old
        # labels drawn in the scene (seen in the team dialog as doubled labels).
        self._angular = QCategoryAxis()
        self._angular.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self._angular.setTruncateLabels(False)  # labels come broken between words: never cut
        small = self._angular.labelsFont()
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        self._angular.setLabelsFont(small)
        self._radial = QValueAxis()
        self._radial.setRange(0, 4)  # pinned: the card's scale is 1-4; 0 is the centre
        self._radial.setTickCount(5)
        self._radial.setLabelFormat("%d")
        self._chart.addAxis(self._angular, QPolarChart.PolarOrientation.PolarOrientationAngular)
        self._chart.addAxis(self._radial, QPolarChart.PolarOrientation.PolarOrientationRadial)

        # One line per series for the chart's life too, its points replaced on every answer:
        # a series removed and made anew left one graphics item behind in the scene each time
        # (about 33 KB per answer, measured in bench/bench_reflection.py). A line not needed
        # now is hidden, with its legend marker.
        self._lines: list[QLineSeries] = []
        self._labels: tuple[str, ...] = ()

    def set_data(self, labels: list[str], series: list[RadarSeries]) -> None:
        """``labels`` may hold line breaks (reflection/labels.py); they are drawn whole."""
        if tuple(labels) != self._labels:
            angular = self._angular
            for old in angular.categoriesLabels():
                angular.remove(old)
            angular.setRange(0, len(labels))
            for n, label in enumerate(labels):
                angular.append(label.replace("\n", "<br>"), n)
            self._labels = tuple(labels)
        self.series_data = list(series)
        for index, data in enumerate(series):
            line = self._line(index)
            line.setName(data.name)
            points = [QPointF(n, v if v is not None else 0.0) for n, v in enumerate(data.values)]
            line.replace([*points, QPointF(len(labels), points[0].y())] if points else [])
            self._show_line(line, True)
        for line in self._lines[len(series):]:
            line.clear()
            self._show_line(line, False)

    def _line(self, index: int) -> QLineSeries:
        while len(self._lines) <= index:
            line = QLineSeries(self._chart)
            pen = QPen(QColor(COLOURS[len(self._lines) % len(COLOURS)]))
            pen.setWidth(3 if not self._lines else 2)
            if self._lines:
                pen.setStyle(Qt.PenStyle.DashLine)
            line.setPen(pen)
            self._chart.addSeries(line)
            line.attachAxis(self._angular)
            line.attachAxis(self._radial)
            self._lines.append(line)
        return self._lines[index]

    def _show_line(self, line: QLineSeries, visible: bool) -> None:
        line.setVisible(visible)
        for marker in self._chart.legend().markers(line):
            marker.setVisible(visible)


def chart_class() -> type[QChart]:
    return QPolarChart
