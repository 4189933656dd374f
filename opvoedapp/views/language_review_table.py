"""The profile dialog's table of handout languages the organisation had reviewed.

One row per language in the guideline content: tick it when a native speaker who knows the
subject checked the translations for the organisation, with the date and the reviewer's role.
A row that cannot be used is refused with a Dutch message naming the language and the fault;
the table keeps what was typed.
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from opvoedapp.content.records import Language
from opvoedapp.profile.language_review import MAX_ROLE_LENGTH
from opvoedapp.profile.model import LanguageReview, ProfileError

DATE_FORMATS = ("%d-%m-%Y", "%Y-%m-%d")


def parse_review_date(text: str) -> datetime.date | None:
    """A date as a Dutch user writes it (20-11-2026) or as the file holds it (2026-11-20)."""
    for pattern in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    return None


class LanguageReviewTable(QTableWidget):
    COLUMNS = ("Taal (vinkje: nagekeken)", "Nagekeken op (dd-mm-jjjj)", "Door (rol)")

    def __init__(self, languages: tuple[Language, ...], parent: QWidget | None = None) -> None:
        super().__init__(0, len(self.COLUMNS), parent)
        self.setObjectName("profile-language-reviews")
        self.setAccessibleName("Vertalingen die de organisatie heeft laten nakijken")
        self.setHorizontalHeaderLabels(list(self.COLUMNS))
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self._names = {lang.code: f"{lang.name_nl} ({lang.name_native})" for lang in languages}
        for lang in languages:
            row = self.rowCount()
            self.insertRow(row)
            cell = QTableWidgetItem(self._names[lang.code])
            cell.setData(Qt.ItemDataRole.UserRole, lang.code)
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            cell.setCheckState(Qt.CheckState.Unchecked)
            self.setItem(row, 0, cell)
            self.setItem(row, 1, QTableWidgetItem(""))
            self.setItem(row, 2, QTableWidgetItem(""))
        # All rows visible without scrolling: five languages are few.
        rows_height = sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(rows_height + header.sizeHint().height() + 2 * self.frameWidth())

    def row_of(self, code: str) -> int:
        return next(r for r in range(self.rowCount())
                    if self.item(r, 0).data(Qt.ItemDataRole.UserRole) == code)

    def fill(self, reviews: tuple[LanguageReview, ...]) -> None:
        by_code = {review.language: review for review in reviews}
        for row in range(self.rowCount()):
            review = by_code.get(self.item(row, 0).data(Qt.ItemDataRole.UserRole))
            self.item(row, 0).setCheckState(
                Qt.CheckState.Checked if review else Qt.CheckState.Unchecked)
            self.item(row, 1).setText(f"{review.reviewed_on:%d-%m-%Y}" if review else "")
            self.item(row, 2).setText(review.reviewer_role if review else "")

    def reviews(self) -> tuple[LanguageReview, ...]:
        """The ticked rows; raises ProfileError (Dutch) for one that cannot be used."""
        result = []
        for row in range(self.rowCount()):
            cell = self.item(row, 0)
            if cell.checkState() != Qt.CheckState.Checked:
                continue
            name = self._names[cell.data(Qt.ItemDataRole.UserRole)]
            typed_date, role = self.item(row, 1).text().strip(), self.item(row, 2).text().strip()
            day = parse_review_date(typed_date)
            if day is None:
                raise ProfileError(f"Vertaling {name}: '{typed_date[:40]}' is geen datum. "
                                   "Schrijf de datum van het nakijken als dag-maand-jaar, "
                                   "bijvoorbeeld 20-11-2026.")
            if not role or len(role) > MAX_ROLE_LENGTH:
                raise ProfileError(f"Vertaling {name}: vul bij 'Door' de rol in van wie "
                                   "nakeek (kort, bijvoorbeeld \"tolk-vertaler Arabisch\"), "
                                   "geen naam van een persoon.")
            result.append(LanguageReview(cell.data(Qt.ItemDataRole.UserRole), day, role))
        return tuple(result)
