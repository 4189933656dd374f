"""Interventies: filters, the finder list, Table 2 for the question, detail, instruments.

The age group and question start from the consult bar and can be changed here; the text
search ignores case and accents and finds aliases.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from opvoedapp.consult import ConsultState
from opvoedapp.content.repository import ContentRepository
from opvoedapp.search.finder import FinderCriteria, finder_entries, hidden_matches
from opvoedapp.state.handout_basket import HandoutBasket
from opvoedapp.state.offer_state import OfferState
from opvoedapp.views.interventions.detail_html import detail_html
from opvoedapp.views.interventions.filters import FinderFilters
from opvoedapp.views.interventions.hidden_hint import HiddenMatchesHint
from opvoedapp.views.interventions.instruments_panel import instruments_html
from opvoedapp.views.interventions.matrix_view import MatrixView
from opvoedapp.views.interventions.models import (
    KEY_ROLE,
    InterventionFilterModel,
    InterventionTableModel,
)


class InterventionsView(QWidget):
    def __init__(self, content: ContentRepository, consult: ConsultState, offer: OfferState,
                 basket: HandoutBasket, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("interventions-view")
        self.setAccessibleName("Interventies")
        self._content, self._consult, self._offer, self._basket = content, consult, offer, basket
        layout = QVBoxLayout(self)
        self.filters = FinderFilters(content, self)
        # The filter fields, by their own names, for tests and keyboard order.
        self.search, self.age_group, self.question = (self.filters.search,
                                                      self.filters.age_group,
                                                      self.filters.question)
        self.kind, self.evidence = self.filters.kind, self.filters.evidence
        layout.addWidget(self.filters)
        splitter = QSplitter(self)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_pages())
        splitter.setSizes([380, 700])
        layout.addWidget(splitter, 1)
        layout.addLayout(self._build_buttons())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.matrix.intervention_clicked.connect(self.show_intervention)
        self.filters.changed.connect(self._apply_filters)
        consult.changed.connect(self._follow_consult)
        offer.changed.connect(self._show_offer)
        self._follow_consult()
        self._show_offer()
        self.table.selectRow(0)

    def _build_list(self) -> QWidget:
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        self.model = InterventionTableModel(self._content.interventions, self._offer, self)
        self._entries = finder_entries(self._content)
        self.proxy = InterventionFilterModel(self._entries, self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(holder)
        self.table.setObjectName("interventions-list")
        self.table.setAccessibleName("Gevonden interventies")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list, arrows move inside it
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.found = QLabel(holder)
        self.found.setObjectName("interventions-found")
        self.found.setWordWrap(True)
        self.hidden_hint = HiddenMatchesHint(holder)
        self.hidden_hint.all_ages_requested.connect(self.search_all_ages)
        self.hidden_hint.no_filters_requested.connect(self.search_without_filters)
        column.addWidget(self.table, 1)
        column.addWidget(self.found)
        column.addWidget(self.hidden_hint)
        return holder

    def _build_pages(self) -> QWidget:
        self.pages = QTabWidget(self)
        self.pages.setObjectName("interventions-pages")
        self.pages.setAccessibleName("Beschrijving, Tabel 2 en instrumenten")
        self.detail = QTextBrowser()
        self.detail.setObjectName("intervention-detail")
        self.detail.setAccessibleName("Over deze interventie")
        self.matrix = MatrixView(self._content)
        self.instruments = QTextBrowser()
        self.instruments.setObjectName("instruments-panel")
        self.instruments.setAccessibleName("Signaleringsinstrumenten")
        self.pages.addTab(self.detail, "Beschrijving")
        self.pages.addTab(self.matrix, "Tabel 2 voor deze vraag")
        self.pages.addTab(self.instruments, "Signaleringsinstrumenten (§5.1)")
        return self.pages

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = QPushButton("Neem op in folder", self)
        self.add_button.setObjectName("intervention-add-to-handout")
        self.add_button.clicked.connect(self.add_to_handout)
        self.open_button = QPushButton("Folder openen", self)
        self.open_button.setObjectName("intervention-open-handout")
        self.open_button.clicked.connect(self._basket.request_open)
        row.addWidget(self.add_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        return row

    def criteria(self) -> FinderCriteria:
        return self.filters.criteria()

    def _apply_filters(self) -> None:
        criteria = self.criteria()
        self.proxy.set_criteria(criteria)
        # No question chosen: the matrix shows the first row of Table 2 rather than nothing.
        self.matrix.show_question(criteria.question or self.filters.first_question(),
                                  criteria.age_groups)
        if self.table.currentIndex().row() < 0 and self.proxy.rowCount():
            self.table.selectRow(0)
        self.hidden_hint.show_hidden(hidden_matches(self._entries.values(), criteria))
        self._show_detail()

    def search_all_ages(self) -> None:
        """The hint's button: the same text and filters, every age group."""
        self.age_group.setCurrentIndex(0)

    def search_without_filters(self) -> None:
        """The hint's other button: only the typed text (age, question, kind, qualification
        back to 'all'), one filter pass."""
        self.filters.blockSignals(True)
        try:
            for combo in self.filters.combos():
                combo.setCurrentIndex(0)
        finally:
            self.filters.blockSignals(False)
        self._apply_filters()

    def _follow_consult(self) -> None:
        months = self._consult.age_months
        self.instruments.setHtml(instruments_html(self._content, months))
        self.filters.follow(months, self._consult.question_key)

    def selected_key(self) -> str:
        index = self.table.currentIndex()
        return index.data(KEY_ROLE) if index.isValid() else ""

    def _show_detail(self) -> None:
        key = self.selected_key()
        self.detail.setHtml(detail_html(self._content, key, self._offer) if key else
                            f"<p>{'Geen interventie gevonden met deze filters.'}</p>")
        item = self._content.intervention(key) if key else None
        self.add_button.setEnabled(item is not None)
        self.add_button.setText(f"Neem ‘{item.name}’ op in folder" if item
                                else "Neem op in folder")
        self.add_button.setAccessibleName(self.add_button.text())
        count = self.proxy.rowCount()
        self.found.setText(f"{count} van {self.model.rowCount()} interventies"
                           + ("" if self._offer.has_profile else
                              " · Geen organisatieprofiel: geen enkele als lokaal aanbod "
                              "gemarkeerd."))

    def _show_offer(self) -> None:
        """The Aanbod column only exists when an organisation profile says what is offered."""
        self.table.setColumnHidden(2, not self._offer.has_profile)
        self._show_detail()

    def show_intervention(self, key: str) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(KEY_ROLE) == key:
                break
        else:  # not in the filtered list: clear the filters so it can be shown
            self.filters.clear()
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(KEY_ROLE) == key:
                self.table.selectionModel().setCurrentIndex(
                    self.proxy.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self.pages.setCurrentWidget(self.detail)
                return

    def show_entry(self, kind: str, key: str) -> None:
        if kind == "instrument":
            self.instruments.setHtml(instruments_html(self._content, self._consult.age_months,
                                                      found=key))
            self.pages.setCurrentWidget(self.instruments)
            self.instruments.scrollToAnchor(key)
        elif kind == "question":
            self.search.clear()
            self.question.setCurrentIndex(max(self.question.findData(key), 0))
            self.pages.setCurrentWidget(self.matrix)
        else:
            self.show_intervention(key)

    def add_to_handout(self) -> None:
        if self.selected_key():
            self._basket.add_intervention(self.selected_key())
