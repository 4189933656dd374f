"""The 92 items under their competencies and stems; digits 1-4 score and move on."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from opvoedapp.content.records import Competency

KEY_ROLE = Qt.ItemDataRole.UserRole


class ScoringList(QTreeWidget):
    scored = Signal(str, object)  # item key, 1-4 or None

    def __init__(self, competencies: tuple[Competency, ...], labels: dict[int, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reflection-items")
        self.setAccessibleName("Uitspraken van werkkaart 3; toets 1 tot 4 om te scoren")
        self.setColumnCount(2)
        self.setHeaderLabels(["Uitspraak (toets 1 slecht · 2 matig · 3 redelijk · 4 goed)",
                              "Score"])
        self.setColumnWidth(0, 520)
        self._labels = labels
        self._items: dict[str, QTreeWidgetItem] = {}
        self._order: list[str] = []
        for competency in competencies:
            head = QTreeWidgetItem([f"{competency.number}. {competency.title}", ""])
            font = QFont(head.font(0))
            font.setBold(True)
            head.setFont(0, font)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addTopLevelItem(head)
            stem_item: QTreeWidgetItem | None = None
            last_stem = ""
            for item in competency.items:
                parent_item: QTreeWidgetItem | None = head
                if item.stem:
                    if item.stem != last_stem:
                        # A stem is shown as a stem: it introduces items and is never scored.
                        stem_item = QTreeWidgetItem([item.stem, ""])
                        italic = QFont(stem_item.font(0))
                        italic.setItalic(True)
                        stem_item.setFont(0, italic)
                        stem_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                        head.addChild(stem_item)
                        last_stem = item.stem
                    parent_item = stem_item
                else:
                    last_stem = ""
                row = QTreeWidgetItem([item.text, "—"])
                row.setData(0, KEY_ROLE, item.key)
                (parent_item or head).addChild(row)
                self._items[item.key] = row
                self._order.append(item.key)
        self.expandAll()
        self.itemClicked.connect(self._clicked)
        first = self._items.get(self._order[0]) if self._order else None
        if first is not None:
            self.setCurrentItem(first)

    def show_scores(self, scores: dict[str, int]) -> None:
        for key, row in self._items.items():
            self._paint(row, scores.get(key))

    def _paint(self, row: QTreeWidgetItem, value: int | None) -> None:
        row.setText(1, f"{value} {self._labels.get(value, '')}" if value else "—")
        colour = {1: "#ffcdd2", 2: "#ffe0b2", 3: "#dcedc8", 4: "#c8e6c9"}.get(value or 0)
        row.setBackground(1, QBrush(QColor(colour)) if colour else QBrush())

    def _clicked(self, row: QTreeWidgetItem, column: int) -> None:
        """By mouse: a click on the score opens the four choices (and 'open laten')."""
        if column != 1 or not row.data(0, KEY_ROLE):
            return
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        menu.setObjectName("reflection-score-menu")
        for value in (1, 2, 3, 4):
            action = menu.addAction(f"{value} {self._labels.get(value, '')}")
            action.setData(value)
        menu.addAction("open laten").setData(0)
        chosen = self.choose_from_menu(menu, self.visualItemRect(row).bottomRight())
        if chosen is not None:
            self.set_score(row.data(0, KEY_ROLE), chosen or None)

    def choose_from_menu(self, menu, position):  # a seam for tests: menus block
        action = menu.exec(self.viewport().mapToGlobal(position))
        return action.data() if action is not None else None

    def set_score(self, key: str, value: int | None) -> None:
        self._paint(self._items[key], value)
        self.scored.emit(key, value)

    def go_to_first_open(self, scores: dict[str, int]) -> None:
        """Put the cursor on the first unanswered item, so typing 1-4 goes on from there."""
        first = self._order[0] if self._order else ""
        key = next((k for k in self._order if k not in scores), first)
        if key:
            self.setCurrentItem(self._items[key])
            self.scrollToItem(self._items[key])

    def current_key(self) -> str:
        item = self.currentItem()
        return item.data(0, KEY_ROLE) if item is not None and item.data(0, KEY_ROLE) else ""

    def keyPressEvent(self, event) -> None:
        key = self.current_key()
        digit = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4,
                 Qt.Key.Key_0: None, Qt.Key.Key_Backspace: None, Qt.Key.Key_Delete: None}
        if key and event.key() in digit:
            value = digit[event.key()]
            self._paint(self._items[key], value)
            self.scored.emit(key, value)
            if value is not None:
                self._next(key)
            return
        super().keyPressEvent(event)

    def _next(self, key: str) -> None:
        index = self._order.index(key)
        if index + 1 < len(self._order):
            self.setCurrentItem(self._items[self._order[index + 1]])
