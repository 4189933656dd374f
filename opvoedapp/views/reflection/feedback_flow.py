"""The dialogs around rounds and feedback: ask, import, fill in, rename, delete, report.

Each function takes the ReflectionView, asks the user what it needs (real dialogs; file names
through the view's ``choose_file`` seam) and hands the work to the view's Qt-free session.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from opvoedapp.reflection.feedback_file import FeedbackFileError, form_json, new_form, read_file
from opvoedapp.reflection.save_file import save_text

if TYPE_CHECKING:
    from opvoedapp.views.reflection.reflection_view import ReflectionView


class AskFeedbackDialog(QDialog):
    """Who the form is for, who asks, and what it is for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ask-feedback-dialog")
        self.setWindowTitle("Vraag feedback")
        form = QFormLayout(self)
        explain = QLabel(("Opvoedapp maakt een formulier dat u naar een collega stuurt; zij "
                             "vult het in met haar eigen Opvoedapp en stuurt het resultaat "
                             "terug."), self)
        explain.setWordWrap(True)
        form.addRow(explain)
        self.colleague = QLineEdit(self)
        self.colleague.setObjectName("ask-feedback-colleague")
        self.colleague.setAccessibleName("Naam van de collega")
        form.addRow("Naam van de &collega:", self.colleague)
        self.requested_by = QLineEdit(self)
        self.requested_by.setObjectName("ask-feedback-own-name")
        self.requested_by.setAccessibleName("Uw naam (mag leeg)")
        form.addRow("&Uw naam (mag leeg):", self.requested_by)
        self.label = QLineEdit("Feedback {}".format(date.today().strftime("%m-%Y")), self)
        self.label.setObjectName("ask-feedback-label")
        self.label.setAccessibleName("Waarvoor")
        form.addRow("&Waarvoor:", self.label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Formulier maken…")
        self.ok.setEnabled(False)
        self.colleague.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        form.addRow(buttons)


def ask_feedback(view: ReflectionView) -> Path | None:
    dialog = AskFeedbackDialog(view)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    if not accepted:
        return None
    form = new_form(dialog.label.text(), dialog.colleague.text(), dialog.requested_by.text(),
                    view.session.item_keys)
    safe = "".join(ch for ch in form.rater_name if ch.isalnum() or ch in " -_").strip()
    target = view.choose_file(True, f"feedbackformulier-{safe or 'collega'}"
                                    ".opvoedapp-feedback.json")
    if not target:
        return None
    error = save_text(Path(target), form_json(form, view.content.meta.content_edition))
    if error:
        QMessageBox.warning(view, "Opslaan mislukt", error)
        return None
    QMessageBox.information(view, "Formulier gemaakt", (
        f"Stuur {Path(target).name} naar {form.rater_name}: zij opent het in Opvoedapp "
        "(Bestand → Feedbackformulier "
        "invullen…), vult het in en stuurt het resultaat terug, dat u inleest met Feedback → "
        "Resultaat importeren…."))
    return Path(target)


def import_result(view: ReflectionView) -> int | None:
    source = view.choose_file(False, "")
    if not source:
        return None
    try:
        result = view.session.read_result_file(read_file(Path(source)))
    except OSError as exc:
        QMessageBox.warning(view, "Import mislukt",
                            f"{source} kan niet worden gelezen ({exc.strerror}).")
        return None
    except FeedbackFileError as exc:
        QMessageBox.warning(view, "Import geweigerd", exc.message)
        return None
    label, ok = QInputDialog.getText(
        view, "Resultaat importeren",
        f"Naam voor deze ronde ({result.rater}, ingevuld op {result.day}):",
        text=view.session.suggested_label(result))
    if not ok:
        return None
    round_id = view.session.add_result(result, label)
    view.fill_rounds(view.current_round())
    view.compare.setCurrentIndex(view.compare.findData(round_id))
    return round_id


def fill_form(view: ReflectionView) -> None:
    from opvoedapp.views.reflection.form_dialog import open_form_file, own_reflection

    source = view.choose_file(False, "")
    if source:
        open_form_file(view, view.content, Path(source),
                       lambda suggested: view.choose_file(True, suggested),
                       own_reflection(view.content, view.session.data_dir, view))


def rename_round(view: ReflectionView) -> None:
    info = view.session.round(view.current_round())
    if info is None:
        return
    label, ok = QInputDialog.getText(view, "Naam wijzigen", "Nieuwe naam van de ronde:",
                                     text=info.label)
    if ok and label.strip():
        view.session.rename_round(info.id, label)
        view.fill_rounds(info.id)


def delete_round(view: ReflectionView) -> Path | None:
    info = view.session.round(view.current_round())
    if info is None:
        return None
    answer = QMessageBox.question(
        view, "Ronde verwijderen",
        (f"Ronde ‘{info.title}’ verwijderen? Er blijft een reservekopie bewaard die u weer kunt "
            "importeren."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return None
    backup = view.session.delete_round(info.id)
    if backup is not None:
        view.warn(f"Ronde verwijderd; de reservekopie staat in {backup}.")
        view.fill_rounds(view.session.own_round())
    return backup


def open_report(view: ReflectionView) -> None:
    from opvoedapp.documents.reflection_report import build_report_pdf
    from opvoedapp.views.pdf_dialog import PdfDialog

    name, ok = QInputDialog.getText(view, "Rapport",
                                    "Uw naam op het rapport (mag leeg; wordt niet bewaard):",
                                    text=view.report_name)
    if not ok:
        return
    view.report_name = name.strip()  # for the next report in this session only, never on disk
    dialog = PdfDialog(build_report_pdf(view.report_data(view.report_name)),
                       "Rapport zelfreflectie", "zelfreflectie.pdf", view)
    dialog.exec()
    dialog.deleteLater()
