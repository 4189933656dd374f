"""The context panels a step shows: what is normal at this age, the balance, interventions."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from opvoedapp.consult_age import REASONS
from opvoedapp.views import style
from opvoedapp.views.scheme.consult_context import ConsultContext
from opvoedapp.views.text_view import escape


def _label(html_text: str, name: str) -> QLabel:
    label = QLabel(html_text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    return label


def age_norms_html(context: ConsultContext) -> str:
    if not context.phase_list:
        if context.phases.reason == "buiten":
            return escape(REASONS["buiten"])
        return escape("Vul in de consultbalk de leeftijd van het kind in om te zien wat "
                          "normaal is voor die leeftijd (Tabel 1).")
    parts = []
    if context.phases.reason:
        parts.append(f"<p><i>{escape(REASONS[context.phases.reason])}</i></p>")
    for phase in context.phase_list:
        normal = "".join(f"<li>{escape(p)}</li>" for p in phase.normal_problems)
        serious = "".join(f"<li>{escape(p)}</li>" for p in phase.serious_problems)
        # Wording and a symbol carry the difference, not only the colour.
        normal_head = escape("✓ Hoort bij deze leeftijd (‘normaal’ probleem)")
        serious_head = escape("⚠ Ernstig door moment, duur of heftigheid (voorbeelden)")
        parts.append(
            f"<p><b>{escape(phase.label)}</b></p><table width='100%' cellspacing='6'><tr>"
            f"<td width='50%' bgcolor='{style.NORMAL.background}' "
            f"style='color:{style.NORMAL.text}'><b>{normal_head}</b>"
            f"<div style='color:{style.NORMAL.text}'><ul>{normal}</ul></div></td>"
            f"<td width='50%' bgcolor='{style.SERIOUS.background}' "
            f"style='color:{style.SERIOUS.text}'><b>{serious_head}</b>"
            f"<div style='color:{style.SERIOUS.text}'><ul>{serious}</ul></div></td>"
            "</tr></table>")
    return "".join(parts)


def age_norms_panel(context: ConsultContext) -> QGroupBox:
    box = QGroupBox("Wat is normaal voor deze leeftijd? (Tabel 1)")
    box.setObjectName("panel-age-norms")
    layout = QVBoxLayout(box)
    layout.addWidget(_label(age_norms_html(context), "age-norms-text"))
    return box


class BalancePanel(QGroupBox):
    """Draagkracht against draaglast: notes for this consult only, never stored."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Balans draagkracht – draaglast", parent)
        self.setObjectName("panel-balance")
        layout = QVBoxLayout(self)
        layout.addWidget(_label(escape(
            "Wat geeft het gezin kracht, en wat weegt zwaar? Staan die in balans? "
            "De notities gaan alleen in de samenvatting en worden niet bewaard."), "balance-hint"))
        row = QHBoxLayout()
        self.strengths = QPlainTextEdit(self)
        self.strengths.setObjectName("balance-strengths")
        self.strengths.setAccessibleName("Draagkracht")
        self.strengths.setPlaceholderText("Draagkracht: wat helpt (steun, vaardigheden)…")
        self.burdens = QPlainTextEdit(self)
        self.burdens.setObjectName("balance-burdens")
        self.burdens.setAccessibleName("Draaglast")
        self.burdens.setPlaceholderText("Draaglast: wat belast (zorgen, omstandigheden)…")
        for edit in (self.strengths, self.burdens):
            edit.setMaximumHeight(70)
            row.addWidget(edit)
        layout.addLayout(row)

    def clear(self) -> None:
        self.strengths.clear()
        self.burdens.clear()


def interventions_html(context: ConsultContext, question_key: str, offered: set[str] | None,
                       names: dict[str, str], groups: dict[str, str],
                       also_apply: str = "") -> str:
    if not question_key:
        return escape("Kies in de consultbalk de vraag van de ouder om de interventies uit "
                          "Tabel 2 te zien.")
    if not context.groups.bands:
        return escape("Vul in de consultbalk de leeftijd van het kind in om de interventies "
                          "uit Tabel 2 te zien.")
    parts = []
    if context.groups.reason:
        parts.append(f"<p><i>{escape(REASONS[context.groups.reason])}</i></p>")
    for kind, title in (("preventie", "Preventie"), ("lichte hulp", "Lichte hulp")):
        items = []
        for cell in (c for c in context.cells if c.kind == kind):
            for entry in cell.entries:
                name = entry.printed_name or names.get(entry.intervention_key, "")
                text = escape(name + (f" ({entry.qualifier})" if entry.qualifier else ""))
                if len(context.groups.bands) > 1:
                    text += f" <small>— {escape(groups.get(cell.age_group_key, ''))}</small>"
                if offered is not None and entry.intervention_key in offered:
                    text = f"<b>{text}</b> ● {escape('aanbod van uw organisatie')}"
                items.append(f"<li>{text}</li>")
        parts.append(f"<p><b>{escape(title)}</b></p><ul>{''.join(items) or '<li>—</li>'}</ul>")
    if also_apply:  # Table 2's own footer (L1404): the guideline shows it with the table
        parts.append(f"<p><small>{escape(also_apply)}.</small></p>")
    if offered is None:
        note = ("Er is geen organisatieprofiel: alle interventies staan er, geen enkele is "
                   "als lokaal aanbod gemarkeerd.")
        parts.append(f"<p><small>{escape(note)}</small></p>")
    return "".join(parts)
