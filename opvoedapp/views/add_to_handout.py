"""A bar under an overview: pick a phase or an intervention and put it in the parent handout.

"Neem op in folder" adds to the consult's HandoutBasket; "Folder openen" opens the handout
dialog with everything gathered so far.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from opvoedapp.views.handout_basket import HandoutBasket


def _tr(text: str) -> str:
    return QCoreApplication.translate("AddToHandout", text)


class AddToHandoutBar(QWidget):
    def __init__(self, kind: str, choices: list[tuple[str, str]], basket: HandoutBasket,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"add-to-handout-{kind}")
        self._kind, self._basket = kind, basket
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.choice = QComboBox(self)
        self.choice.setObjectName(f"handout-choice-{kind}")
        self.choice.setAccessibleName(_tr("Kies wat in de folder komt"))
        for key, label in choices:
            self.choice.addItem(label, key)
        self.add_button = QPushButton(_tr("Neem op in folder"), self)
        self.add_button.setObjectName(f"handout-add-{kind}")
        self.add_button.clicked.connect(self.add_current)
        self.open_button = QPushButton(_tr("Folder openen"), self)
        self.open_button.setObjectName(f"handout-open-{kind}")
        self.open_button.clicked.connect(basket.request_open)
        self.count = QLabel(self)
        self.count.setObjectName(f"handout-count-{kind}")
        row.addWidget(self.choice, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.open_button)
        row.addWidget(self.count)
        basket.changed.connect(self._show_count)
        self._show_count()

    def add_current(self) -> None:
        key = self.choice.currentData()
        if self._kind == "phase":
            self._basket.add_phase(key)
        else:
            self._basket.add_intervention(key)

    def _show_count(self) -> None:
        request = self._basket.request
        parts = len(request.age_phase_keys) + len(request.intervention_keys)
        self.count.setText(_tr("{0} onderdeel/onderdelen in de folder").format(parts))


def with_handout_bar(view: QWidget, bar: AddToHandoutBar) -> QWidget:
    holder = QWidget()
    holder.setObjectName(f"{view.objectName()}-with-handout")
    holder.setAccessibleName(view.accessibleName())
    holder.content_view = view  # the overview itself, for tests and global search
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(bar)
    layout.addWidget(view, 1)
    return holder
