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

from opvoedapp.search.destination import destination
from opvoedapp.search.index import KIND_LABELS, SearchEntry, SearchIndex, find
from opvoedapp.views.text_view import escape

NAVIGATION_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class SearchDialog(QDialog):
    def __init__(self, index: SearchIndex, jump: Callable[[SearchEntry], None],
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
        found = find(self._index, text)
        for entry in found.entries:
            self._add(entry)
        if found.partial:
            # Few or no entries hold every word: say so, then those with the telling words.
            words = " ".join(found.partial_words)
            note = QListWidgetItem(f"Met alleen „{words}”:")
            note.setFlags(Qt.ItemFlag.NoItemFlags)
            note.setData(Qt.ItemDataRole.AccessibleTextRole, note.text())
            self.results.addItem(note)
            for entry in found.partial:
                self._add(entry)
        self.count.setText(_count_text(len(found.entries), len(found.partial))
                           if text.strip() else "")
        if found.all:
            self.results.setCurrentRow(0 if found.entries else 1)
        else:
            self.preview.clear()

    def _add(self, entry: SearchEntry) -> None:
        # A problem says its phase and whether it is 'normal' or serious, before its name.
        context = f" ({entry.context})" if entry.context else ""
        item = QListWidgetItem(f"{KIND_LABELS[entry.kind]}{context}: {entry.title}")
        item.setToolTip(entry.title)
        item.setData(Qt.ItemDataRole.UserRole, entry)
        self.results.addItem(item)

    def _preview(self, item: QListWidgetItem | None) -> None:
        if item is None or item.data(Qt.ItemDataRole.UserRole) is None:
            return
        entry: SearchEntry = item.data(Qt.ItemDataRole.UserRole)
        where = (f"Enter opent: {destination(entry)}" if entry.tab
                 else "Een aanbeveling van de richtlijn (letterlijk).")
        self.preview.setHtml(f"<h3>{escape(entry.title)}</h3><p>{escape(entry.text)}</p>"
                             f"<p><small>{escape(where)}</small></p>")

    def open_current(self) -> None:
        item = self.results.currentItem()
        if item is None or item.data(Qt.ItemDataRole.UserRole) is None:
            return
        entry: SearchEntry = item.data(Qt.ItemDataRole.UserRole)
        if entry.tab:
            self._jump(entry)
            self.accept()


def _count_text(full: int, partial: int) -> str:
    text = "1 resultaat" if full == 1 else f"{full} resultaten"
    if partial:
        text += f" met alle woorden, {partial} met een deel"
    return text
