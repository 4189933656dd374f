"""Under the finder list: "3 treffers bij andere leeftijden verborgen" and a way to see them.

A nurse who types "ouder baby" for a 10-year-old otherwise sees "Geen interventie gevonden"
and concludes the guideline has nothing (review D22). The counts come from
``search.finder.hidden_matches``; this widget only words them and offers the two ways out.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from opvoedapp.search.finder import HiddenMatches


def hint_text(hidden: HiddenMatches) -> str:
    parts = []
    if hidden.other_ages == 1:
        parts.append("1 treffer bij een andere leeftijd verborgen")
    elif hidden.other_ages:
        parts.append(f"{hidden.other_ages} treffers bij andere leeftijden verborgen")
    if hidden.other_filters == 1:
        parts.append("1 treffer verborgen door de andere filters")
    elif hidden.other_filters:
        parts.append(f"{hidden.other_filters} treffers verborgen door de andere filters")
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
        self.all_ages = QPushButton("Zoek in alle leeftijden", self)
        self.all_ages.setObjectName("interventions-search-all-ages")
        self.all_ages.setAccessibleName("Zoek in alle leeftijden")
        self.all_ages.clicked.connect(self.all_ages_requested)
        self.no_filters = QPushButton("Zoek zonder filters", self)
        self.no_filters.setObjectName("interventions-search-no-filters")
        self.no_filters.setAccessibleName("Zoek zonder filters")
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
