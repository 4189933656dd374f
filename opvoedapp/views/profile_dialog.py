"""Bestand → Organisatieprofiel: edit, import and export the organisation profile.

Saving writes the user's own profile (it overrides the machine-wide file next to the
installation); import reads a file through the same checks as at start-up and changes
nothing when it is refused.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opvoedapp.content.repository import ContentRepository
from opvoedapp.profile.for_content import language_names, offer_names
from opvoedapp.profile.loader import load_profile
from opvoedapp.profile.model import OfferedIntervention, OrganisationProfile, ProfileError
from opvoedapp.profile.writer import profile_to_toml, write_profile_file
from opvoedapp.safe_write import SaveError
from opvoedapp.views import keyboard
from opvoedapp.views.language_review_table import LanguageReviewTable


def write_profile(path: Path,
                  profile: OrganisationProfile) -> tuple[OrganisationProfile | None, str]:
    """Write atomically with the logo copied beside the file.

    Returns (the profile as written, "") or (None, a Dutch message).
    """
    try:
        return write_profile_file(path, profile), ""
    except SaveError as exc:
        return None, exc.message


class ProfileDialog(QDialog):
    def __init__(self, content: ContentRepository, profile: OrganisationProfile | None,
                 save_path: Path, parent: QWidget | None = None,
                 choose_file: Callable[[bool], str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profile-dialog")
        self.setWindowTitle("Organisatieprofiel")
        self._content, self._save_path = content, save_path
        self._choose_file = choose_file or self._file_from_user
        self.saved: OrganisationProfile | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for key, label in (("name", "Naam organisatie"), ("address", "Adres"),
                           ("phone", "Telefoon"), ("email", "E-mail"),
                           ("website", "Website"),
                           ("logo", "Logo (PNG, SVG of JPEG)")):
            edit = QLineEdit(self)
            edit.setObjectName(f"profile-{key}")
            edit.setAccessibleName(label)
            form.addRow(label, edit)
            self.fields[key] = edit
        layout.addLayout(form)
        layout.addWidget(QLabel(("Welke interventies uit Tabel 2 biedt uw organisatie aan, "
                                    "en hoe melden ouders zich aan?"), self))
        self.offer = QTableWidget(0, 2, self)
        self.offer.setObjectName("profile-offer")
        self.offer.setAccessibleName("Aanbod van de organisatie")
        self.offer.setHorizontalHeaderLabels(["Interventie", "Aanmelden"])
        self.offer.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.offer.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        for item in (i for i in content.interventions if i.in_table2):
            row = self.offer.rowCount()
            self.offer.insertRow(row)
            cell = QTableWidgetItem(item.name)
            cell.setData(Qt.ItemDataRole.UserRole, item.key)
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            cell.setCheckState(Qt.CheckState.Unchecked)
            self.offer.setItem(row, 0, cell)
            self.offer.setItem(row, 1, QTableWidgetItem(""))
        layout.addWidget(self.offer, 1)
        reviews_label = QLabel("Folders in de taal van de ouder: welke vertalingen heeft uw "
                               "organisatie laten nakijken door een moedertaalspreker die het "
                               "onderwerp kent?", self)
        reviews_label.setWordWrap(True)  # never widens the dialog
        layout.addWidget(reviews_label)
        self.language_reviews = LanguageReviewTable(content.languages, self)
        layout.addWidget(self.language_reviews)
        actions = QHBoxLayout()
        import_button = QPushButton("Importeren…", self)
        import_button.setObjectName("profile-import")
        import_button.clicked.connect(self.import_file)
        export_button = QPushButton("Exporteren…", self)
        export_button.setObjectName("profile-export")
        export_button.clicked.connect(self.export_file)
        actions.addWidget(import_button)
        actions.addWidget(export_button)
        actions.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        actions.addWidget(buttons)
        layout.addLayout(actions)
        if profile is not None:
            self.fill(profile)
        keyboard.tame_tab_keys(self)  # Tab leaves the offer table (D42); arrows move in it
        self.resize(760, 640)

    def fill(self, profile: OrganisationProfile) -> None:
        self.fields["name"].setText(profile.name)
        self.fields["address"].setText(profile.address)
        self.fields["phone"].setText(profile.phone)
        self.fields["website"].setText(profile.website)
        self.fields["email"].setText(profile.email)
        self.fields["logo"].setText(str(profile.logo) if profile.logo else "")
        offered = profile.offer_map()
        for row in range(self.offer.rowCount()):
            key = self.offer.item(row, 0).data(Qt.ItemDataRole.UserRole)
            self.offer.item(row, 0).setCheckState(
                Qt.CheckState.Checked if key in offered else Qt.CheckState.Unchecked)
            self.offer.item(row, 1).setText(offered.get(key, ""))
        self.language_reviews.fill(profile.reviews)

    def current_profile(self, path: Path) -> OrganisationProfile:
        """The form as a profile; raises ProfileError (Dutch) for a review row it cannot use."""
        offered = []
        for row in range(self.offer.rowCount()):
            cell = self.offer.item(row, 0)
            if cell.checkState() == Qt.CheckState.Checked:
                offered.append(OfferedIntervention(cell.data(Qt.ItemDataRole.UserRole),
                                                   self.offer.item(row, 1).text().strip()))
        logo = self.fields["logo"].text().strip()
        return OrganisationProfile(
            path=path, name=self.fields["name"].text().strip(),
            address=self.fields["address"].text().strip(),
            phone=self.fields["phone"].text().strip(),
            website=self.fields["website"].text().strip(),
            email=self.fields["email"].text().strip(),
            logo=Path(logo) if logo else None, offered=tuple(offered),
            reviews=self.language_reviews.reviews())

    def _checked(self, path: Path) -> OrganisationProfile | None:
        """The form as a profile, put through the same checks as a file; None if refused."""
        try:
            probe_dir = Path(tempfile.mkdtemp(prefix="opvoedapp-profiel-"))
        except OSError as exc:
            QMessageBox.warning(self, "Profiel niet in orde",
                                f"Het profiel kan niet worden gecontroleerd ({exc.strerror})."
                                )
            return None
        probe = probe_dir / "organisatie.toml"
        try:
            # Written as if it lived in the probe folder: the logo path stays absolute.
            probe.write_text(profile_to_toml(self.current_profile(probe)), encoding="utf-8")
            checked = load_profile(probe, offer_names(self._content),
                                   language_names(self._content))
        except ProfileError as exc:
            QMessageBox.warning(self, "Profiel niet in orde",
                                exc.message.replace(str(probe), "het formulier"))
            return None
        except OSError as exc:
            QMessageBox.warning(self, "Profiel niet in orde",
                                f"Het profiel kan niet worden gecontroleerd ({exc.strerror})."
                                )
            return None
        finally:
            probe.unlink(missing_ok=True)
            probe_dir.rmdir()
        return replace(checked, path=path)

    def save(self) -> None:
        profile = self._checked(self._save_path)
        if profile is None:
            return
        written, error = write_profile(self._save_path, profile)
        if written is None:
            QMessageBox.warning(self, "Opslaan mislukt", error)
            return
        self.saved = written
        self.accept()

    def import_file(self) -> None:
        name = self._choose_file(False)
        if not name:
            return
        try:
            profile = load_profile(Path(name), offer_names(self._content),
                                   language_names(self._content))
        except ProfileError as exc:
            QMessageBox.warning(self, "Import geweigerd", exc.message)
            return
        self.fill(profile)

    def export_file(self) -> None:
        name = self._choose_file(True)
        if not name:
            return
        profile = self._checked(Path(name))
        if profile is None:
            return
        written, error = write_profile(Path(name), profile)
        if written is None:
            QMessageBox.warning(self, "Exporteren mislukt", error)

    def _file_from_user(self, for_saving: bool) -> str:
        pattern = "Organisatieprofiel (*.toml)"
        if for_saving:
            return QFileDialog.getSaveFileName(self, "Profiel exporteren",
                                               "organisatie.toml", pattern)[0]
        return QFileDialog.getOpenFileName(self, "Profiel importeren", "", pattern)[0]
