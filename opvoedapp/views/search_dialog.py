"""Ctrl+F: one field that finds everything in the guideline and jumps to it."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from opvoedapp.search.index import KIND_LABELS, SearchEntry, search
from opvoedapp.views.text_view import escape

NAVIGATION_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class SearchDialog(QDialog):
    def __init__(self, index: tuple[SearchEntry, ...], jump: Callable[[SearchEntry], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search-dialog")
        self.setWindowTitle("Zoeken in de richtlijn")
        self._index, self._jump = index, jump
        layout = QVBoxLayout(self)
        self.field = QLineEdit(self)
        self.field.setObjectName("search-field")
        self.field.setAccessibleName("Zoek in de hele richtlijn")
        self.field.setPlaceholderText("Zoek: fase, probleem, vraag, interventie, "
                                          "instrument, competentie, stap, aanbeveling")
        layout.addWidget(self.field)
        splitter = QSplitter(self)
        self.results = QListWidget(splitter)
        self.results.setObjectName("search-results")
        self.results.setAccessibleName("Zoekresultaten")
        self.preview = QTextBrowser(splitter)
        self.preview.setObjectName("search-preview")
        self.preview.setAccessibleName("Voorbeeld van het resultaat")
        layout.addWidget(splitter, 1)
        self.count = QLabel(self)
        self.count.setObjectName("search-count")
        layout.addWidget(self.count)
        self.field.textChanged.connect(self._search)
        self.field.returnPressed.connect(self.open_current)
        self.results.currentItemChanged.connect(self._preview)
        self.results.itemActivated.connect(lambda _item: self.open_current())
        self.field.installEventFilter(self)
        self.resize(1000, 560)
        splitter.setSizes([600, 400])  # result lines are long; the preview wraps

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Arrow keys in the field move through the results: type, arrow down, Enter.
        if (watched is self.field and event.type() == QEvent.Type.KeyPress
                and cast(QKeyEvent, event).key() in NAVIGATION_KEYS):
            QCoreApplication.sendEvent(self.results, event)
            return True
        return super().eventFilter(watched, event)

    def _search(self, text: str) -> None:
        self.results.clear()
        hits = search(self._index, text)
        for entry in hits:
            # A problem says its phase and whether it is 'normal' or serious, before its name.
            context = f" ({entry.context})" if entry.context else ""
            item = QListWidgetItem(f"{KIND_LABELS[entry.kind]}{context}: {entry.title}")
            item.setToolTip(entry.title)
            item.setData(Qt.ItemDataRole.UserRole, entry)
            self.results.addItem(item)
        self.count.setText(f"{len(hits)} resultaten" if text.strip() else "")
        if hits:
            self.results.setCurrentRow(0)
        else:
            self.preview.clear()

    def _preview(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        entry: SearchEntry = item.data(Qt.ItemDataRole.UserRole)
        where = ("Enter opent het in het tabblad." if entry.tab
                 else "Een aanbeveling van de richtlijn (letterlijk).")
        self.preview.setHtml(f"<h3>{escape(entry.title)}</h3><p>{escape(entry.text)}</p>"
                             f"<p><small>{escape(where)}</small></p>")

    def open_current(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        entry: SearchEntry = item.data(Qt.ItemDataRole.UserRole)
        if entry.tab:
            self._jump(entry)
            self.accept()
