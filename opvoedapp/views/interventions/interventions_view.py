"""Interventies: filters, the finder list, Table 2 for the question, detail, instruments.

The age group and question start from the consult bar and can be changed here; the text
search ignores case and accents and finds aliases.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from opvoedapp.consult import ConsultState
from opvoedapp.content.age_mapping import match_bands
from opvoedapp.content.repository import ContentRepository
from opvoedapp.search.finder import FinderCriteria, finder_entries
from opvoedapp.views.handout_basket import HandoutBasket
from opvoedapp.views.interventions.detail_html import detail_html
from opvoedapp.views.interventions.instruments_panel import instruments_html
from opvoedapp.views.interventions.matrix_view import MatrixView
from opvoedapp.views.interventions.models import (
    KEY_ROLE,
    InterventionFilterModel,
    InterventionTableModel,
)
from opvoedapp.views.offer_state import OfferState

EVIDENCE = ("bewezen effectief", "waarschijnlijk effectief", "theoretisch goed onderbouwd",
            "in theorie effectief", "veelbelovend")


def _tr(text: str) -> str:
    return QCoreApplication.translate("InterventionsView", text)


def _combo(name: str, accessible: str, items: list[tuple[str, str]], parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    for data, label in items:
        combo.addItem(label, data)
    return combo


class InterventionsView(QWidget):
    def __init__(self, content: ContentRepository, consult: ConsultState, offer: OfferState,
                 basket: HandoutBasket, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("interventions-view")
        self.setAccessibleName(_tr("Interventies"))
        self._content, self._consult, self._offer, self._basket = content, consult, offer, basket
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_filters())
        splitter = QSplitter(self)
        self.model = InterventionTableModel(content.interventions, offer, self)
        self.proxy = InterventionFilterModel(finder_entries(content), self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(splitter)
        self.table.setObjectName("interventions-list")
        self.table.setAccessibleName(_tr("Gevonden interventies"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.pages = QTabWidget(splitter)
        self.pages.setObjectName("interventions-pages")
        self.detail = QTextBrowser()
        self.detail.setObjectName("intervention-detail")
        self.detail.setAccessibleName(_tr("Over deze interventie"))
        self.matrix = MatrixView(content)
        self.instruments = QTextBrowser()
        self.instruments.setObjectName("instruments-panel")
        self.instruments.setAccessibleName(_tr("Signaleringsinstrumenten"))
        self.pages.addTab(self.detail, _tr("Beschrijving"))
        self.pages.addTab(self.matrix, _tr("Tabel 2 voor deze vraag"))
        self.pages.addTab(self.instruments, _tr("Signaleringsinstrumenten (§5.1)"))
        splitter.setSizes([380, 700])
        layout.addWidget(splitter, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(_tr("Neem op in folder"), self)
        self.add_button.setObjectName("intervention-add-to-handout")
        self.add_button.clicked.connect(self.add_to_handout)
        self.open_button = QPushButton(_tr("Folder openen"), self)
        self.open_button.setObjectName("intervention-open-handout")
        self.open_button.clicked.connect(basket.request_open)
        row.addWidget(self.add_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.matrix.intervention_clicked.connect(self.show_intervention)
        consult.changed.connect(self._follow_consult)
        offer.changed.connect(self._show_detail)
        self._follow_consult()
        self.table.selectRow(0)

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("interventions-search")
        self.search.setAccessibleName(_tr("Zoek op naam, afkorting of beschrijving"))
        self.search.setPlaceholderText(_tr("Zoek: bijvoorbeeld vht, ouder baby, triple p 3"))
        self.search.setClearButtonEnabled(True)
        groups = [("", _tr("Alle leeftijden"))] + [
            (g.key, f"{g.label} ({g.age_from}-{g.age_to})") for g in self._content.age_groups]
        self.age_group = _combo("interventions-age-group", _tr("Leeftijdsgroep (Tabel 2)"), groups,
                                self)
        questions = [("", _tr("Alle vragen"))] + [
            (q.key, q.label) for q in self._content.questions if not q.parent_key]
        self.question = _combo("interventions-question", _tr("Opvoedvraag"), questions, self)
        self.question.setMaximumWidth(330)
        self.kind = _combo("interventions-kind", _tr("Preventie of lichte hulp"),
                           [("", _tr("Preventie en lichte hulp")), ("preventie", _tr("Preventie")),
                            ("lichte hulp", _tr("Lichte hulp"))], self)
        self.evidence = _combo("interventions-evidence", _tr("Oordeel richtlijn"),
                               [("", _tr("Elk oordeel"))] + [(e, e) for e in EVIDENCE], self)
        for widget in (self.search, self.age_group, self.question, self.kind, self.evidence):
            row.addWidget(widget, 2 if widget is self.search else 1)
        self.search.textChanged.connect(self._apply_filters)
        for combo in (self.age_group, self.question, self.kind, self.evidence):
            combo.currentIndexChanged.connect(self._apply_filters)
        return row

    def criteria(self) -> FinderCriteria:
        return FinderCriteria(self.age_group.currentData() or "", self.question.currentData() or "",
                              self.kind.currentData() or "", self.evidence.currentData() or "",
                              self.search.text())

    def _apply_filters(self) -> None:
        self.proxy.set_criteria(self.criteria())
        question = self.question.currentData() or self._consult.question_key or "ontwikkeling"
        self.matrix.show_question(question, self.age_group.currentData() or "")
        if self.table.currentIndex().row() < 0 and self.proxy.rowCount():
            self.table.selectRow(0)
        self._show_detail()

    def _follow_consult(self) -> None:
        months = self._consult.age_months
        group = ""
        if months is not None:
            bands = match_bands(self._content.age_groups, months).bands
            group = bands[0].key if len(bands) == 1 else ""
        for combo, value in ((self.age_group, group), (self.question, self._consult.question_key)):
            index = combo.findData(value)
            combo.blockSignals(True)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self.instruments.setHtml(instruments_html(self._content, months))
        self._apply_filters()

    def selected_key(self) -> str:
        index = self.table.currentIndex()
        return index.data(KEY_ROLE) if index.isValid() else ""

    def _show_detail(self) -> None:
        key = self.selected_key()
        self.detail.setHtml(detail_html(self._content, key, self._offer) if key else
                            f"<p>{_tr('Geen interventie gevonden met deze filters.')}</p>")

    def show_intervention(self, key: str) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(KEY_ROLE) == key:
                break
        else:  # not in the filtered list: clear the filters so it can be shown
            self.search.clear()
            for combo in (self.age_group, self.question, self.kind, self.evidence):
                combo.setCurrentIndex(0)
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
            self.pages.setCurrentWidget(self.instruments)
        elif kind == "question":
            self.search.clear()
            self.question.setCurrentIndex(max(self.question.findData(key), 0))
            self.pages.setCurrentWidget(self.matrix)
        else:
            self.show_intervention(key)

    def add_to_handout(self) -> None:
        if self.selected_key():
            self._basket.add_intervention(self.selected_key())
