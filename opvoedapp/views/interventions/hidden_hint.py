"""Under the finder list: "3 treffers bij andere leeftijden verborgen" and a way to see them.

A nurse who types "ouder baby" for a 10-year-old otherwise sees "Geen interventie gevonden"
and concludes the guideline has nothing (review D22). The counts come from
``search.finder.hidden_matches``; this widget only words them and offers the two ways out.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from opvoedapp.search.finder import HiddenMatches


def _tr(text: str) -> str:
    return QCoreApplication.translate("HiddenMatchesHint", text)


def hint_text(hidden: HiddenMatches) -> str:
    parts = []
    if hidden.other_ages == 1:
        parts.append(_tr("1 treffer bij een andere leeftijd verborgen"))
    elif hidden.other_ages:
        parts.append(_tr("{0} treffers bij andere leeftijden verborgen").format(hidden.other_ages))
    if hidden.other_filters == 1:
        parts.append(_tr("1 treffer verborgen door de andere filters"))
    elif hidden.other_filters:
        parts.append(_tr("{0} treffers verborgen door de andere filters").format(
            hidden.other_filters))
    return "; ".join(parts) + ("." if parts else "")


class HiddenMatchesHint(QWidget):
    all_ages_requested = Signal()
    no_filters_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("interventions-hidden-hint")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setObjectName("interventions-hidden-text")
        self.label.setWordWrap(True)
        self.all_ages = QPushButton(_tr("Zoek in alle leeftijden"), self)
        self.all_ages.setObjectName("interventions-search-all-ages")
        self.all_ages.setAccessibleName(_tr("Zoek in alle leeftijden"))
        self.all_ages.clicked.connect(self.all_ages_requested)
        self.no_filters = QPushButton(_tr("Zoek zonder filters"), self)
        self.no_filters.setObjectName("interventions-search-no-filters")
        self.no_filters.setAccessibleName(_tr("Zoek zonder filters"))
        self.no_filters.clicked.connect(self.no_filters_requested)
        row.addWidget(self.label, 1)
        row.addWidget(self.all_ages)
        row.addWidget(self.no_filters)
        self.show_hidden(HiddenMatches())

    def show_hidden(self, hidden: HiddenMatches) -> None:
        self.label.setText(hint_text(hidden))
        self.label.setAccessibleName(self.label.text())
        self.all_ages.setVisible(hidden.other_ages > 0)
        self.no_filters.setVisible(hidden.other_filters > 0)
        self.setVisible(bool(hidden))
