"""The end of the walk: the decision, chosen interventions, agreements, and the summary."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opvoedapp.decision.model import Outcome
from opvoedapp.views import style
from opvoedapp.views.text_view import escape


class OutcomePage(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scheme-outcome-page")
        layout = QVBoxLayout(self)
        self.decision = QLabel(self)
        self.decision.setObjectName("scheme-decision")
        self.decision.setWordWrap(True)
        layout.addWidget(self.decision)
        self.interventions = QListWidget(self)
        self.interventions.setObjectName("scheme-chosen-interventions")
        self.interventions.setAccessibleName("Gekozen interventies")
        self.interventions.setMaximumHeight(130)
        layout.addWidget(self.interventions)
        layout.addWidget(QLabel("Afspraken met de ouder (één per regel):", self))
        self.agreements = QPlainTextEdit(self)
        self.agreements.setObjectName("scheme-agreements")
        self.agreements.setAccessibleName("Afspraken")
        self.agreements.setMaximumHeight(80)
        layout.addWidget(self.agreements)
        self.follow_up = QLineEdit(self)
        self.follow_up.setObjectName("scheme-follow-up")
        self.follow_up.setAccessibleName("Vervolg")
        self.follow_up.setPlaceholderText("Vervolg, bijvoorbeeld: over 6 weken telefonisch")
        layout.addWidget(self.follow_up)
        layout.addWidget(QLabel("Samenvatting voor het digitaal dossier (zonder namen):",
                                self))
        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("scheme-summary")
        self.summary.setAccessibleName("Samenvatting van het consult")
        self.summary.setReadOnly(True)
        layout.addWidget(self.summary, 1)
        row = QHBoxLayout()
        self.copy_button = QPushButton("Kopieer samenvatting", self)
        self.copy_button.setObjectName("scheme-copy-summary")
        self.copy_button.clicked.connect(self.copy_summary)
        row.addWidget(self.copy_button)
        self.handout_button = QPushButton("Maak folder voor de ouder", self)
        self.handout_button.setObjectName("scheme-make-handout")
        row.addWidget(self.handout_button)
        self.copied = QLabel("", self)
        self.copied.setObjectName("scheme-copied")
        row.addWidget(self.copied, 1)
        layout.addLayout(row)
        self.agreements.textChanged.connect(self.edited)
        self.follow_up.textChanged.connect(self.edited)
        self.interventions.itemChanged.connect(lambda _item: self.edited.emit())

    def show_outcome(self, outcome: Outcome, candidates: list[tuple[str, str, bool]]) -> None:
        """``candidates``: (key, label, offered) for the interventions that fit, if any."""
        colour = style.DECISION_INK["veiligheid" if outcome.kind == "veiligheid" else ""]
        self.decision.setText(f"<h2 style='color:{colour}'>{escape('Besluit')}: "
                              f"{escape(outcome.title)}</h2><p>{escape(outcome.description)}</p>")
        self.interventions.blockSignals(True)
        self.interventions.clear()
        for key, label, offered in candidates:
            mark = "  ● aanbod van uw organisatie" if offered else ""
            item = QListWidgetItem(label + mark)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.interventions.addItem(item)
        self.interventions.blockSignals(False)
        self.interventions.setVisible(bool(candidates))
        self.copied.clear()

    def chosen(self) -> list[tuple[str, str]]:
        items = (self.interventions.item(i) for i in range(self.interventions.count()))
        return [(item.data(Qt.ItemDataRole.UserRole), item.text().split("  ●")[0])
                for item in items if item.checkState() == Qt.CheckState.Checked]

    def agreement_lines(self) -> list[str]:
        return [line for line in self.agreements.toPlainText().splitlines() if line.strip()]

    def copy_summary(self) -> None:
        QGuiApplication.clipboard().setText(self.summary.toPlainText())
        self.copied.setText("Gekopieerd: plak het in het digitaal dossier.")

    def reset(self) -> None:
        self.agreements.clear()
        self.follow_up.clear()
        self.summary.clear()
        self.interventions.clear()
        self.copied.clear()
