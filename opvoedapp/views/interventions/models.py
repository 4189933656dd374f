"""Item models for the finder: the interventions as a table, filtered by a proxy.

The filtering rule lives in opvoedapp.search.finder (pure Python); the proxy only asks it.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from opvoedapp.content.records import Intervention
from opvoedapp.search.finder import FinderCriteria, FinderEntry, accepts, rank
from opvoedapp.state.offer_state import OfferState

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class InterventionTableModel(QAbstractTableModel):
    COLUMNS = ("Interventie", "Oordeel richtlijn (2013)", "Aanbod")

    def __init__(self, interventions: tuple[Intervention, ...], offer: OfferState,
                 parent=None) -> None:
        super().__init__(parent)
        self._items = interventions
        self._offer = offer
        offer.changed.connect(self._offer_changed)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == KEY_ROLE:
            return item.key
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == 0:
                return item.name
            if index.column() == 1:
                return item.evidence or "geen oordeel"
            if not self._offer.has_profile:
                return ""
            return "● aangeboden" if self._offer.is_offered(item.key) else ""
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return ", ".join(item.aliases)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.COLUMNS)):
            return self.COLUMNS[section]
        return None

    def _offer_changed(self) -> None:
        if self._items:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self._items) - 1, 2))


class InterventionFilterModel(QSortFilterProxyModel):
    def __init__(self, entries: dict[str, FinderEntry], parent=None) -> None:
        super().__init__(parent)
        self._entries = entries
        self._ranks: dict[str, int] = {}
        self.criteria = FinderCriteria()

    def set_criteria(self, criteria: FinderCriteria) -> None:
        self.beginFilterChange()
        self.criteria = criteria
        self._ranks = {}
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        # Ranked by the typed text (name/alias first), otherwise the guideline's order.
        self.sort(0 if criteria.typed else -1)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        key = self.sourceModel().index(source_row, 0, source_parent).data(KEY_ROLE)
        entry = self._entries.get(key)
        return entry is not None and accepts(entry, self.criteria)

    def lessThan(self, left: Index, right: Index) -> bool:
        left_rank, right_rank = self._rank(left.data(KEY_ROLE)), self._rank(right.data(KEY_ROLE))
        if left_rank != right_rank:
            return left_rank > right_rank
        return left.row() < right.row()

    def _rank(self, key: str) -> int:
        # Each comparison would otherwise score both sides again: n log n scorings per keystroke.
        if key not in self._ranks:
            entry = self._entries.get(key)
            self._ranks[key] = rank(entry, self.criteria) if entry is not None else -1
        return self._ranks[key]
