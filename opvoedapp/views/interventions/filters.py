"""The finder's filter row: text, age group, question, preventie/lichte hulp, qualification.

Age group and question follow the consult bar and can be changed here. Near a Table 2
boundary the age group list offers both neighbouring groups together, chosen by default.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from opvoedapp.content.age_mapping import match_bands
from opvoedapp.content.evidence import EVIDENCE_LEVELS
from opvoedapp.content.repository import ContentRepository
from opvoedapp.search.finder import FinderCriteria
from opvoedapp.views.consult_fields import shrink_to_fit

# Strongest first, as the guideline ranks the 2013 databank levels; only the levels the
# content holds are offered. Choosing one shows that level and the stronger ones.
EVIDENCE_ORDER = EVIDENCE_LEVELS
GROUP_SEPARATOR = "+"  # combo data "a+b": the two Table 2 groups of an age near a boundary


def _combo(name: str, accessible: str, items: list[tuple[str, str]], parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    for data, label in items:
        combo.addItem(label, data)
    return combo


def evidence_choices(content: ContentRepository) -> list[str]:
    present = {i.evidence for i in content.interventions if i.evidence}
    known = [e for e in EVIDENCE_ORDER if e in present]
    return known + sorted(present - set(known))


class FinderFilters(QWidget):
    changed = Signal()

    def __init__(self, content: ContentRepository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("interventions-filters")
        self._content = content
        self.search = QLineEdit(self)
        self.search.setObjectName("interventions-search")
        self.search.setAccessibleName("Zoek op naam, afkorting of beschrijving")
        self.search.setPlaceholderText("Zoek: bijvoorbeeld vht, ouder baby, triple p 3")
        self.search.setClearButtonEnabled(True)
        groups = [("", "Alle leeftijden")] + [
            (g.key, f"{g.label} ({g.age_from}-{g.age_to})") for g in content.age_groups]
        self.age_group = _combo("interventions-age-group", "Leeftijdsgroep (Tabel 2)", groups,
                                self)
        questions = [("", "Alle vragen")] + [
            (q.key, q.label) for q in content.questions if not q.parent_key]
        self.question = _combo("interventions-question", "Opvoedvraag", questions, self)
        self.kind = _combo("interventions-kind", "Preventie of lichte hulp",
                           [("", "Preventie en lichte hulp"), ("preventie", "Preventie"),
                            ("lichte hulp", "Lichte hulp")], self)
        self.evidence = _combo("interventions-evidence", "Oordeel richtlijn",
                               [("", "Elk oordeel")]
                               + [(e, f"ten minste: {e}" if e != EVIDENCE_ORDER[0]
                                   else e) for e in evidence_choices(content)], self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance("x" * 14))
        for combo in self.combos():
            shrink_to_fit(combo)
        # Shares of the spare width: the long texts (search, question) get the most.
        for widget, share in ((self.search, 3), (self.age_group, 2), (self.question, 4),
                              (self.kind, 2), (self.evidence, 2)):
            row.addWidget(widget, share)
        self.search.textChanged.connect(self.changed)
        for combo in self.combos():
            combo.currentIndexChanged.connect(self.changed)

    def combos(self) -> tuple[QComboBox, ...]:
        return (self.age_group, self.question, self.kind, self.evidence)

    def criteria(self) -> FinderCriteria:
        groups = tuple(g for g in (self.age_group.currentData() or "").split(GROUP_SEPARATOR) if g)
        return FinderCriteria(groups, self.question.currentData() or "",
                              self.kind.currentData() or "", self.evidence.currentData() or "",
                              self.search.text())

    def first_question(self) -> str:
        return self.question.itemData(1) if self.question.count() > 1 else ""

    def follow(self, months: int | None, question_key: str) -> None:
        """Take the consult's age group(s) and question, without one ``changed`` per field."""
        self.blockSignals(True)
        try:
            self._set_boundary_choice(months)
            groups = self._content.age_groups
            bands = match_bands(groups, months).bands if months is not None else ()
            for combo, value in ((self.age_group, GROUP_SEPARATOR.join(b.key for b in bands)),
                                 (self.question, question_key)):
                combo.setCurrentIndex(max(combo.findData(value), 0))
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def clear(self) -> None:
        self.blockSignals(True)
        try:
            self.search.clear()
            for combo in self.combos():
                combo.setCurrentIndex(0)
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def _set_boundary_choice(self, months: int | None) -> None:
        last = self.age_group.count() - 1
        if GROUP_SEPARATOR in (self.age_group.itemData(last) or ""):
            self.age_group.removeItem(last)
        if months is None:
            return
        match = match_bands(self._content.age_groups, months)
        if len(match.bands) == 2:
            first, second = match.bands
            label = f"{first.label} en {second.label} (rond {first.age_to} jaar)"
            self.age_group.addItem(label, GROUP_SEPARATOR.join(b.key for b in match.bands))
