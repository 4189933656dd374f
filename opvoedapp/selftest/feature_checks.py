"""Checks for the parts the first window does not load: the self-reflection store
(SQLAlchemy, whose SQLite dialect the frozen build must carry) and the radar chart (QtCharts).

A trimmed build that lost one of them would still start, and fail only when a nurse opens the
Zelfreflectie tab; these checks make that visible at installation time. Each returns a
CheckResult; run.guarded turns an exception into a failed line.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from opvoedapp.selftest.result import CheckResult


def check_reflection_store() -> CheckResult:
    from opvoedapp.userdata.store import UserDataError, UserStore

    # A throw-away store in a temporary folder: the user's own file is never touched.
    with tempfile.TemporaryDirectory(prefix="opvoedapp-zelftest-") as folder:
        try:
            store = UserStore(Path(folder))
            try:
                round_id = store.new_round("Zelftest")
                store.set_score(round_id, "1.01", 3)
                kept = store.scores(round_id) == {"1.01": 3}
            finally:
                store.close()
        except UserDataError as exc:
            return CheckResult(False, f"Zelfreflectie-opslag: {exc.message}")
    if not kept:
        return CheckResult(False, "Zelfreflectie-opslag: een bewaarde score komt niet terug.")
    return CheckResult(True, "Zelfreflectie-opslag: scores bewaren en teruglezen werkt.")


def check_radar_chart() -> CheckResult:
    from PySide6.QtGui import QColor

    from opvoedapp.views.reflection.radar import COLOURS, RadarChart, RadarSeries

    chart = RadarChart()
    chart.resize(320, 320)
    chart.set_data(["A", "B", "C", "D"], [RadarSeries("Zelftest", (1.0, 2.0, 3.0, 4.0))])
    image = chart.grab().toImage()
    chart.deleteLater()
    line = QColor(COLOURS[0])
    drawn = sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
                if _near(image.pixelColor(x, y), line))
    if drawn == 0:
        return CheckResult(False, "Grafiek: het radardiagram blijft leeg.")
    return CheckResult(True, "Grafiek: het radardiagram van de zelfreflectie wordt getekend.")


def _near(colour, target) -> bool:
    return (abs(colour.red() - target.red()) + abs(colour.green() - target.green())
            + abs(colour.blue() - target.blue())) < 60
