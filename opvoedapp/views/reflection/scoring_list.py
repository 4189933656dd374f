"""The 92 items under their competencies and stems; digits 1-4 score and move on.

Item texts wrap (the column takes the width that is there, rows grow), and `ScoringPanel`
keeps the competency title and the stem of the rows at the top of the view visible above the
list, so an item never has to be read without its subject ("… Ik:").
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opvoedapp.content.records import Competency

KEY_ROLE = Qt.ItemDataRole.UserRole
CONTEXT_ROLE = Qt.ItemDataRole.UserRole + 1  # "title — stem" of the rows under a heading
SCORE_COLOURS = {1: "#ffcdd2", 2: "#ffe0b2", 3: "#dcedc8", 4: "#c8e6c9"}


class WrappingDelegate(QStyledItemDelegate):
    """Row heights from the wrapped text at the column's real width.

    QTreeView measures rows without knowing the column width, so wrapped text would be cut
    (and elided) at one line; this measures it the way the view will draw it.
    """

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def text_width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        """The width the text of ``index`` gets: section minus indentation and margins."""
        tree = self._tree
        width = tree.header().sectionSize(index.column())
        if index.column() == 0:
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= tree.indentation() * (depth + (1 if tree.rootIsDecorated() else 0))
        margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
        return max(40, width - 2 * margin)

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        needed = QFontMetrics(font).boundingRect(
            QRect(0, 0, self.text_width(index), 100000),
            int(Qt.TextFlag.TextWordWrap), text).height()
        return QSize(base.width(), max(base.height(), needed + 4))


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
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setIndentation(14)
        self.delegate = WrappingDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.setColumnWidth(1, self.fontMetrics().horizontalAdvance("4 redelijk") + 24)
        # Wrapped rows must be measured again when the text column changes width.
        header.sectionResized.connect(lambda *_: self.scheduleDelayedItemsLayout())
        self._labels = labels
        self._items: dict[str, QTreeWidgetItem] = {}
        self._order: list[str] = []
        for competency in competencies:
            self._add_competency(competency)
        self.expandAll()
        self.itemClicked.connect(self._clicked)
        if self._order:
            self.setCurrentItem(self._items[self._order[0]])

    def _add_competency(self, competency: Competency) -> None:
        title = f"{competency.number}. {competency.title}"
        head = QTreeWidgetItem([title, ""])
        font = QFont(head.font(0))
        font.setBold(True)
        head.setFont(0, font)
        head.setFlags(Qt.ItemFlag.ItemIsEnabled)
        head.setData(0, CONTEXT_ROLE, title)
        self.addTopLevelItem(head)
        stem_item: QTreeWidgetItem | None = None
        last_stem = ""
        for item in competency.items:
            parent_item = head
            if item.stem:
                if item.stem != last_stem:
                    # A stem is shown as a stem: it introduces items and is never scored.
                    stem_item = QTreeWidgetItem([item.stem, ""])
                    italic = QFont(stem_item.font(0))
                    italic.setItalic(True)
                    stem_item.setFont(0, italic)
                    stem_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    stem_item.setData(0, CONTEXT_ROLE, f"{title} — {item.stem}")
                    head.addChild(stem_item)
                    last_stem = item.stem
                if stem_item is not None:  # made above, for this item or one before it
                    parent_item = stem_item
            else:
                last_stem = ""
            row = QTreeWidgetItem([item.text, "—"])
            row.setData(0, KEY_ROLE, item.key)
            row.setToolTip(0, item.text)
            parent_item.addChild(row)
            self._items[item.key] = row
            self._order.append(item.key)

    # -- what the view asks ---------------------------------------------------------------
    def keys(self) -> list[str]:
        return list(self._order)

    def row_of(self, key: str) -> QTreeWidgetItem | None:
        return self._items.get(key)

    def shown_score(self, key: str) -> str:
        return self._items[key].text(1)

    def context_at_top(self) -> str:
        """Title and stem that belong to the first row in view."""
        item = self.itemAt(QPoint(4, 2))
        while item is not None:
            context = item.data(0, CONTEXT_ROLE)
            if context:
                return context
            item = item.parent()
        return ""

    def show_scores(self, scores: dict[str, int]) -> None:
        for key, row in self._items.items():
            self._paint(row, scores.get(key))

    def _paint(self, row: QTreeWidgetItem, value: int | None) -> None:
        row.setText(1, f"{value} {self._labels.get(value, '')}" if value else "—")
        colour = SCORE_COLOURS.get(value or 0)
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

    def go_to(self, key: str) -> None:
        row = self._items.get(key)
        if row is not None:
            self.setCurrentItem(row)
            self.scrollToItem(row)

    def go_to_first_open(self, scores: dict[str, int]) -> None:
        """Put the cursor on the first unanswered item, so typing 1-4 goes on from there.

        With nothing answered yet the list opens at the very top, title and stem in view.
        """
        first = self._order[0] if self._order else ""
        key = next((k for k in self._order if k not in scores), first)
        if not key:
            return
        self.setCurrentItem(self._items[key])
        if key == first:
            self.scrollToTop()
        else:
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


class ScoringPanel(QWidget):
    """The list with the title and stem of what is in view pinned above it."""

    def __init__(self, competencies: tuple[Competency, ...], labels: dict[int, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.context = QLabel(self)
        self.context.setObjectName("reflection-context")
        self.context.setWordWrap(True)
        self.context.setStyleSheet("font-weight:bold; padding:2px 4px; background:#eef3f8;")
        layout.addWidget(self.context)
        self.items = ScoringList(competencies, labels, self)
        layout.addWidget(self.items, 1)
        self.items.verticalScrollBar().valueChanged.connect(self._update_context)
        self.items.currentItemChanged.connect(self._update_context)
        self._update_context()

    def _update_context(self, *_args) -> None:
        self.context.setText(self.items.context_at_top())
