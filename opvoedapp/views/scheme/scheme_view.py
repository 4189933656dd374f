"""The Beslisschema tab: start situation → steps → decision and summary.

A QStackedWidget page flow (not a QWizard): embedded in a tab, Esc must not close anything.
This module holds the walk and what is shown for it; the parts live beside it by job:
``start_page.py`` (where the conversation starts), ``step_page.py`` and ``outcome_page.py``,
``panels.py`` (what a step shows beside its question), ``chrome.py`` (the scheme note and
the navigation row that stays below the scrolling pages, with the safety route),
``shortcuts.py`` (digits, Alt+Left, Ctrl+Shift+M/C) and ``decision_outputs.py`` (the
programmes to choose and the handout request, without widgets). The safety route
(Ctrl+Shift+V) is a main-window action so it works from every tab.

The tab opens on the start page, so only that page is built with the view: the step page,
the balance panel and the outcome page are built when first needed (``step_page``,
``balance``, ``outcome_page``), and the ones a walk will need are built on the idle turn
after it begins, so no later keystroke waits for them (bench/bench_startup.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from opvoedapp.decision.load import scheme_from_content
from opvoedapp.decision.walk import DecisionWalk
from opvoedapp.views.enum_property import set_enum
from opvoedapp.views.html_text import escape
from opvoedapp.views.scheme.chrome import navigation_row, scheme_note
from opvoedapp.views.scheme.shortcuts import install_shortcuts
from opvoedapp.views.scheme.start_page import build_start_page

if TYPE_CHECKING:
    from opvoedapp.consult import ConsultState
    from opvoedapp.content.repository import ContentRepository
    from opvoedapp.state.handout_basket import HandoutBasket
    from opvoedapp.state.offer_state import OfferState
    from opvoedapp.views.scheme.consult_context import ConsultContext
    from opvoedapp.views.scheme.outcome_page import OutcomePage
    from opvoedapp.views.scheme.panels import BalancePanel
    from opvoedapp.views.scheme.step_page import StepPage

# The tab opens on its start page: what only the later pages use (their modules, and the
# Qt enums those create when imported) is imported where those pages are first built.


class SchemeView(QWidget):
    def __init__(self, content: ContentRepository, consult: ConsultState, offer: OfferState,
                 basket: HandoutBasket | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scheme-view")
        self.setAccessibleName("Beslisschema")
        self._content, self._consult, self._offer = content, consult, offer
        self._basket = basket
        self.walk = DecisionWalk(scheme_from_content(content))
        self._step_page: StepPage | None = None
        self._outcome_page: OutcomePage | None = None
        self._balance: BalancePanel | None = None
        layout = QVBoxLayout(self)
        self.trail = QLabel(self)
        self.trail.setObjectName("scheme-trail")
        self.trail.setAccessibleName("Genomen stappen")
        self.trail.setWordWrap(True)
        self.scheme_note, self.scheme_info = scheme_note(self.walk.scheme.label, self)
        top = QHBoxLayout()
        top.addWidget(self.trail, 1)
        # The button stays at the top beside a trail of several lines: a stretch below it,
        # not Qt.AlignmentFlag (the Qt namespace's enums, enum_property.py).
        info_column = QVBoxLayout()
        info_column.addWidget(self.scheme_info)
        info_column.addStretch(1)
        top.addLayout(info_column)
        layout.addLayout(top)
        layout.addWidget(self.scheme_note)
        self.pages = QStackedWidget()
        self.start_page = build_start_page(self.walk.scheme, self.begin, self.pages)
        self.pages.addWidget(self.start_page)
        # The pages scroll; the navigation row with the safety route stays put below them.
        scroller = QScrollArea(self)
        scroller.setObjectName("scheme-pages-scroll")
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidgetResizable(True)
        set_enum(scroller, "focusPolicy", "NoFocus")
        scroller.setWidget(self.pages)
        layout.addWidget(scroller, 1)
        navigation = navigation_row(self)
        self.back_button, self.restart_button = navigation.back, navigation.restart
        self.safety_button = navigation.safety
        self.back_button.clicked.connect(self.go_back)
        self.restart_button.clicked.connect(self.restart_from_scratch)
        self.safety_button.clicked.connect(self.to_safety)
        layout.addLayout(navigation.row)
        consult.changed.connect(self._consult_changed)
        consult.cleared.connect(self.restart_from_scratch)
        offer.changed.connect(self._consult_changed)
        install_shortcuts(self, digit=self._digit, back=self.go_back,
                          make_handout=self._make_handout_at_decision,
                          copy_summary=self._copy_summary_at_decision)
        self._show_start()

    # -- pages built when first needed --------------------------------------------------
    @property
    def step_page(self) -> StepPage:
        if self._step_page is None:
            from opvoedapp.views.scheme.step_page import StepPage

            self._step_page = StepPage(self)
            self.pages.addWidget(self._step_page)
        return self._step_page

    @property
    def balance(self) -> BalancePanel:
        """Shown inside the step page when a step asks for it; kept across steps."""
        if self._balance is None:
            from opvoedapp.views import keyboard
            from opvoedapp.views.scheme.panels import BalancePanel

            self._balance = BalancePanel()
            keyboard.tame_tab_keys(self._balance)  # as LazyTab does for the built view
        return self._balance

    @property
    def outcome_page(self) -> OutcomePage:
        if self._outcome_page is None:
            from opvoedapp.views import keyboard
            from opvoedapp.views.scheme.outcome_page import OutcomePage

            page = OutcomePage(self)
            page.edited.connect(self._refresh_summary)
            page.handout_button.setVisible(self._basket is not None)
            page.handout_button.clicked.connect(self.make_handout)
            page.handout_button.setToolTip("Maak folder voor de ouder (Ctrl+Shift+M)")
            page.copy_button.setToolTip("Kopieer samenvatting (Ctrl+Shift+C)")
            keyboard.tame_tab_keys(page)
            self.pages.addWidget(page)
            self._outcome_page = page
        return self._outcome_page

    def _prepare_pages(self) -> None:
        """On the idle turn after a walk begins: what its later steps will need."""
        _ = self.balance, self.outcome_page

    # -- keys at a decision -------------------------------------------------------------
    def _make_handout_at_decision(self) -> None:
        if self.walk.is_finished and self.outcome_page.handout_button.isVisible():
            self.make_handout()

    def _copy_summary_at_decision(self) -> None:
        if self.walk.is_finished:
            self.outcome_page.copy_summary()

    # -- actions ------------------------------------------------------------------------
    def begin(self, start_key: str) -> None:
        self.walk.start(start_key)
        self._show_current()
        if self._outcome_page is None:
            QTimer.singleShot(0, self, self._prepare_pages)

    def choose(self, index: int) -> None:
        self.walk.choose(index)
        self._show_current()

    def to_safety(self) -> None:
        """The safety route from wherever the walk is: before the start, at a step, or at a
        decision already taken (which it replaces)."""
        if self.walk.outcome is not None:
            if self.walk.outcome.key == self.walk.scheme.safety_outcome:
                return
            self.walk.back()
        if self.walk.current_step is None:
            self.begin(self.walk.scheme.start_situations[0].key)
        self.walk.to_safety()
        self._show_current()

    def go_back(self) -> None:
        if self.walk.back():
            self._show_current()
        elif self.walk.start_key or self.walk.current_step is not None or self.walk.is_finished:
            self.walk.reset()
            self._show_start()

    def restart_from_scratch(self) -> None:
        self.walk.reset()
        if self._balance is not None:
            self._balance.clear()
        if self._outcome_page is not None:
            self._outcome_page.reset()
        self._show_start()

    def _digit(self, digit: int) -> None:
        if self.pages.currentWidget() is self.start_page:
            starts = self.walk.scheme.start_situations
            if digit <= len(starts):
                self.begin(starts[digit - 1].key)
        elif self.walk.current_step is not None and digit <= len(self.walk.current_step.choices):
            self.choose(digit - 1)

    # -- showing ------------------------------------------------------------------------
    def _show_start(self) -> None:
        self.pages.setCurrentWidget(self.start_page)
        self.trail.setText(escape("Kies hoe het gesprek begint."))
        self.back_button.setEnabled(False)
        self.safety_button.setEnabled(True)

    def _show_current(self) -> None:
        self._update_trail()
        self.back_button.setEnabled(True)
        step = self.walk.current_step
        self.safety_button.setEnabled(self.walk.outcome is None or
                                      self.walk.outcome.key != self.walk.scheme.safety_outcome)
        if step is None:
            assert self.walk.outcome is not None  # a walk without a step has reached an outcome
            self.outcome_page.show_outcome(self.walk.outcome, self._candidates())
            self._refresh_summary()
            self.pages.setCurrentWidget(self.outcome_page)
            return
        from opvoedapp.views.scheme import panels
        from opvoedapp.views.scheme.consult_context import consult_context

        context = consult_context(self._content, self._consult.age_months,
                                  self._consult.question_key)
        shown: list[QWidget] = []
        if step.shows_age_norms:
            shown.append(panels.age_norms_panel(context))
        if step.shows_balance:
            shown.append(self.balance)
        if step.shows_interventions:
            box = panels.age_norms_panel(context)  # same frame, other content
            box.setTitle("Interventies uit Tabel 2 voor deze leeftijd en vraag")
            box.setObjectName("panel-interventions")
            box.findChild(QLabel).setText(self._interventions_html(context))
            shown.append(box)
        if self._balance is not None and self._balance not in shown:
            self._balance.setParent(None)
        self.step_page.show_step(step, shown, self.choose)
        self.pages.setCurrentWidget(self.step_page)

    def _interventions_html(self, context: ConsultContext) -> str:
        from opvoedapp.views.scheme.panels import interventions_html

        offered = set(self._offer.offered_keys()) if self._offer.has_profile else None
        groups = {g.key: g.label for g in self._content.age_groups}
        return interventions_html(context, self._consult.question_key, offered,
                                  self._intervention_names(), groups,
                                  self._content.text("table2.also_apply"))

    def _intervention_names(self) -> dict[str, str]:
        """Read when a step or decision lists interventions, not for the start page."""
        return {i.key: i.name for i in self._content.interventions}

    def _candidates(self) -> list[tuple[str, str, bool]]:
        from opvoedapp.views.scheme.decision_outputs import candidates

        return candidates(self.walk, self._content, self._consult, self._offer,
                          self._intervention_names())

    def _update_trail(self) -> None:
        steps = [f"{e.step.number}. {escape(e.step.title)}" for e in self.walk.trail]
        here = self.walk.current_step
        if here is not None:
            steps.append(f"<b>{here.number}. {escape(here.title)}</b>")
        elif self.walk.outcome is not None:
            steps.append(f"<b>{escape('Besluit')}: {escape(self.walk.outcome.title)}</b>")
        self.trail.setText(" → ".join(steps))

    def _consult_changed(self) -> None:
        current = self.pages.currentWidget()
        if current is self._step_page and self.walk.current_step is not None:
            self._show_current()
        elif current is self._outcome_page:
            self._refresh_summary()

    def show_entry(self, kind: str, key: str) -> None:
        """Open a step or an outcome found by the global search."""
        if kind == "step":
            self.walk.open_step(key)
            self._show_current()
        elif kind == "outcome":
            self.walk.open_outcome(key)
            self._show_current()

    def make_handout(self) -> None:
        """'Maak folder': the handout prefilled with the age phase, interventions, agreements."""
        if self._basket is None:
            return
        from opvoedapp.views.scheme.decision_outputs import handout_request

        self._basket.replace(handout_request(
            self.walk, self._consult, self.outcome_page.chosen(),
            self.outcome_page.agreement_lines(), self.outcome_page.follow_up.text()))
        self._basket.request_open()

    def summary(self) -> str:
        from opvoedapp.decision.summary import summary_text
        from opvoedapp.views.scheme.consult_context import age_text

        questions = {q.key: q.label for q in self._content.questions}
        agreements = self.outcome_page.agreement_lines()
        strengths = self.balance.strengths.toPlainText().strip()
        burdens = self.balance.burdens.toPlainText().strip()
        text = summary_text(self.walk, questions.get(self._consult.question_key, ""),
                            age_text(self._consult.age_months), agreements,
                            self.outcome_page.follow_up.text(),
                            [label for _key, label in self.outcome_page.chosen()])
        balance = [f"Draagkracht: {strengths}" if strengths else "",
                   f"Draaglast: {burdens}" if burdens else ""]
        return text + "".join(f"{line}\n" for line in balance if line)

    def _refresh_summary(self) -> None:
        if self.walk.is_finished:
            self.outcome_page.summary.setPlainText(self.summary())
