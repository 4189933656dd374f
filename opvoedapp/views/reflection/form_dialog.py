"""A colleague fills in a feedback form: the same list and keys (1-4, next item), then saves
a result file to send back. Nothing of it is stored in her own Zelfreflectie rounds unless
she ticks "Ook bewaren bij mijn eigen Zelfreflectie" (off by default): then each save also
keeps a copy of the scores she gave, as a round labelled "Gegeven feedback aan …".

Opened by Bestand → Feedbackformulier invullen…, by Zelfreflectie → Feedback, or by giving
the form file on the command line (`opvoedapp FORMULIER.json`), which is what a double-click
does where the system associates the file with Opvoedapp.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opvoedapp.content.repository import ContentRepository
from opvoedapp.reflection.feedback_file import (
    FeedbackFileError,
    FeedbackForm,
    FeedbackResult,
    read_file,
    read_form,
    result_json,
)
from opvoedapp.reflection.save_file import save_text
from opvoedapp.reflection.session import ReflectionSession
from opvoedapp.userdata.models import RATERS
from opvoedapp.views.reflection.scoring_list import ScoringPanel

if TYPE_CHECKING:
    from opvoedapp.views.reflection.reflection_view import ReflectionView

FILE_PATTERN = "Feedbackbestanden (*.json)"


@dataclass(frozen=True)
class OwnReflection:
    """Her own Zelfreflectie, for the copy. Opened only when she keeps one, so a form filled
    in without the box ticked leaves her user data untouched (no store file is even made)."""

    open_session: Callable[[], ReflectionSession]
    done: Callable[[ReflectionSession, int], None]  # show the round, or close what was opened


def own_reflection(content: ContentRepository, data_dir: Path,
                   view: ReflectionView | None = None) -> OwnReflection:
    """The Zelfreflectie tab's own session when the tab is built (its round list is refreshed),
    else one opened on the same user-data folder for the copy and closed again."""
    if view is not None:
        session = view.session
        return OwnReflection(lambda: session,
                             lambda _s, _round: view.fill_rounds(view.current_round()))
    threshold = float(content.text("werkkaart3.high_threshold") or 3.0)
    return OwnReflection(
        lambda: ReflectionSession(content.competencies, threshold, data_dir),
        lambda opened, _round: opened.close())


class FormDialog(QDialog):
    def __init__(self, content: ContentRepository, form: FeedbackForm,
                 parent: QWidget | None = None,
                 choose_target: Callable[[str], str] | None = None,
                 own: OwnReflection | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedback-form-dialog")
        self.setWindowTitle("Feedbackformulier invullen")
        self._content, self._form = content, form
        self._choose_target = choose_target or self._target_from_user
        self.scores: dict[str, int] = {}
        self.saved_to: Path | None = None
        self._dirty = False
        self._own = own
        self.copy_round: int | None = None  # the round holding her copy, once kept
        self.copy_label = ReflectionSession.given_feedback_label(form.label, form.requested_by)
        layout = QVBoxLayout(self)
        asked = (f"{form.requested_by} vraagt u om feedback" if form.requested_by
                 else "U wordt om feedback gevraagd")
        intro = QLabel(f"{asked} ({form.label or 'werkkaart 3'}). Geef bij elke uitspraak een "
                       "score van 1 tot en met 4: toets 1, 2, 3 of 4 en u gaat door naar de "
                       "volgende. Het is geen toets. Uw antwoorden worden alleen in het "
                       "resultaatbestand bewaard, tenzij u hieronder kiest voor een kopie.", self)
        intro.setObjectName("feedback-form-intro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        fields = QFormLayout()
        self.name = QLineEdit(form.rater_name, self)
        self.name.setObjectName("feedback-form-name")
        self.name.setAccessibleName("Uw naam")
        fields.addRow("Uw &naam:", self.name)
        self.rater = QComboBox(self)
        self.rater.setObjectName("feedback-form-rater")
        self.rater.setAccessibleName("U vult in als")
        for rater in RATERS:
            if rater != "zelf":
                self.rater.addItem(rater, rater)
        fields.addRow("U vult in &als:", self.rater)
        layout.addLayout(fields)
        labels = {s.value: s.label for s in content.scale_labels}
        self.panel = ScoringPanel(content.competencies, labels, self)
        self.items = self.panel.items
        self.items.setObjectName("feedback-form-items")
        layout.addWidget(self.panel, 1)
        shown = self.copy_label if len(self.copy_label) <= 70 else self.copy_label[:69] + "…"
        self.keep_copy = QCheckBox(f"Ook &bewaren bij mijn eigen Zelfreflectie, als ronde "
                                   f"‘{shown}’ (niet als mijn eigen scores)", self)
        self.keep_copy.setObjectName("feedback-form-keep-copy")
        self.keep_copy.setAccessibleName("Ook bewaren bij mijn eigen Zelfreflectie, als ronde "
                                         + self.copy_label)
        self.keep_copy.setToolTip(self.copy_label)
        self.keep_copy.setChecked(False)  # her own rounds stay hers unless she chooses
        self.keep_copy.setVisible(own is not None)
        layout.addWidget(self.keep_copy)
        self.items.scored.connect(self._scored)
        row = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setObjectName("feedback-form-status")
        self.status.setWordWrap(True)
        row.addWidget(self.status, 1)
        self.save_button = QPushButton("Resultaat &opslaan… (Ctrl+S)", self)
        self.save_button.setObjectName("feedback-form-save")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        close = QPushButton("Sluiten", self)
        close.setObjectName("feedback-form-close")
        close.clicked.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self._show_progress()
        self._fit_screen()
        self.items.setFocus()

    def _fit_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 900, 700
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)

    def _scored(self, key: str, value: int | None) -> None:
        if value is None:
            self.scores.pop(key, None)
        else:
            self.scores[key] = value
        self._dirty = True
        self._show_progress()

    def _show_progress(self, extra: str = "") -> None:
        total = len(self._form.items)
        answered = sum(1 for key in self._form.items if key in self.scores)
        self.status.setText(f"{answered} van {total} ingevuld." + extra)

    def feedback_result(self) -> FeedbackResult:
        wanted = set(self._form.items)
        return FeedbackResult(self._form.label, self.rater.currentData(), date.today().isoformat(),
                              {k: v for k, v in self.scores.items() if k in wanted},
                              self.name.text().strip()[:200], self._form.form_id)

    def save(self) -> bool:
        if not self.scores:
            self._show_progress(" " + "Er is nog niets ingevuld om op te slaan.")
            return False
        name = self.name.text().strip() or "collega"
        target = self._choose_target(f"feedbackresultaat-{name}.opvoedapp-feedback.json")
        if not target:
            return False
        error = save_text(Path(target), result_json(self.feedback_result(),
                                                    self._content.meta.content_edition))
        if error:
            QMessageBox.warning(self, "Opslaan mislukt", error)
            return False
        self.saved_to, self._dirty = Path(target), False
        who = self._form.requested_by or "wie om feedback vroeg"
        said = f" Opgeslagen als {Path(target).name}: stuur dit bestand terug naar {who}."
        if self._own is not None and self.keep_copy.isChecked():
            said += " " + self._keep_copy()
        self._show_progress(said)
        return True

    def _keep_copy(self) -> str:
        """Add (or, saved again, update) the copy in her own rounds; says how it went."""
        assert self._own is not None
        session = self._own.open_session()
        try:
            if not session.saving:
                return "De kopie kon niet worden bewaard in uw Zelfreflectie."
            self.copy_round = session.keep_given_feedback(self.feedback_result(), self.copy_label,
                                                          self.copy_round)
        finally:
            self._own.done(session, self.copy_round or 0)
        return f"Een kopie staat in uw Zelfreflectie als ronde ‘{self.copy_label}’."

    def reject(self) -> None:
        if self._dirty:
            answer = QMessageBox.question(
                self, "Niet opgeslagen",
                "Uw antwoorden zijn nog niet opgeslagen. Sluiten zonder op te slaan?",
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def _target_from_user(self, suggested: str) -> str:
        return QFileDialog.getSaveFileName(self, "Resultaat opslaan", suggested,
                                           FILE_PATTERN)[0]


def open_form_file(parent: QWidget | None, content: ContentRepository, path: Path,
                   choose_target: Callable[[str], str] | None = None,
                   own: OwnReflection | None = None) -> FormDialog | None:
    """Read a form and show it (modal); a Dutch message instead when it cannot be used."""
    known = {i.key for c in content.competencies for i in c.items}
    try:
        form = read_form(read_file(path), known)
    except OSError as exc:
        QMessageBox.warning(parent, "Formulier niet geopend",
                            f"{path} kan niet worden gelezen ({exc.strerror}).")
        return None
    except FeedbackFileError as exc:
        QMessageBox.warning(parent, "Formulier niet geopend", exc.message)
        return None
    dialog = FormDialog(content, form, parent, choose_target, own)
    dialog.exec()
    dialog.deleteLater()
    return dialog


def open_form_from_user(parent: QWidget | None, content: ContentRepository,
                        own: OwnReflection | None = None) -> None:
    """Bestand → Feedbackformulier invullen…"""
    name = QFileDialog.getOpenFileName(parent, "Feedbackformulier openen", "",
                                       FILE_PATTERN)[0]
    if name:
        open_form_file(parent, content, Path(name), own=own)
