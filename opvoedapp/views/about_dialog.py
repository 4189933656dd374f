"""Help → Over: versions, content edition and checksum, source and copyright notices."""

from __future__ import annotations

import html

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from opvoedapp import __version__
from opvoedapp.content.records import ContentMeta, Language
from opvoedapp.profile.language_review import language_state
from opvoedapp.profile.model import OrganisationProfile

SOURCE_NOTE = (
    "Bron: JGZ-richtlijn Opvoedingsondersteuning, samenvatting en werkkaarten "
    "(Nederlands Centrum Jeugdgezondheid, 2013). Tabelcellen, de items van werkkaart 3 en "
    "de aanbevelingen staan er letterlijk in; alle uitleg is in eigen woorden geschreven en "
    "als zodanig gemarkeerd. Het beslisschema is de werkwijze uit de richtlijntekst, "
    "samengesteld uit de samenvatting en werkkaart 3 — geen weergave van werkkaart 2 zelf."
)
LICENCE_NOTE = (
    "Programmacode: EUPL-1.2. Gebruikt Qt/PySide6 (LGPLv3), SQLAlchemy (MIT) en ReportLab "
    "(BSD). Het programma bewaart geen gegevens over kinderen of gezinnen en maakt geen "
    "netwerkverbinding."
)


def languages_html(languages: tuple[Language, ...], profile: object = None) -> str:
    """The handout languages and how far each translation is checked (file or profile)."""
    if not languages:
        return ""
    organisation = profile if isinstance(profile, OrganisationProfile) else None
    items = "".join(
        f"<li>{html.escape(lang.name_nl)} (<span dir='{lang.direction}'>"
        f"{html.escape(lang.name_native)}</span>): "
        f"{html.escape(language_state(lang, organisation).label)}</li>"
        for lang in languages)
    return (f"<p><b>Folders in de taal van de ouder</b> (naast het Nederlands). Vertalingen "
            f"zijn door ons geschreven; nog niet nagekeken betekent: nog niet gecontroleerd "
            f"door een moedertaalspreker die het onderwerp kent.</p><ul>{items}</ul>")


def about_html(meta: ContentMeta | None, profile: object = None,
               languages: tuple[Language, ...] = ()) -> str:
    rows = [
        ("Programmaversie", __version__),
        ("Qt / PySide6", f"{qVersion()} / {pyside_version}"),
    ]
    if meta is not None:
        rows += [
            ("Inhoud", meta.content_edition),
            ("Databaseschema", str(meta.schema_version)),
            ("Controlegetal inhoud", meta.checksum[:16]),
        ]
    name = getattr(profile, "name", "")
    rows.append(("Organisatieprofiel",
                 f"{name} ({getattr(profile, 'path', '')})" if name else "geen"))
    table = "".join(
        f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in rows
    )
    copyright_text = meta.copyright if meta is not None else ""
    return (
        f"<h2>Opvoedapp</h2><table cellspacing='6'>{table}</table>"
        f"{languages_html(languages, profile)}"
        f"<p>{html.escape(SOURCE_NOTE)}</p><p>{html.escape(copyright_text)}</p>"
        f"<p>{html.escape(LICENCE_NOTE)}</p>"
    )


class AboutDialog(QDialog):
    def __init__(self, meta: ContentMeta | None, parent: QWidget | None = None,
                 profile: object = None, languages: tuple[Language, ...] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("about-dialog")
        self.setWindowTitle("Over Opvoedapp")
        layout = QVBoxLayout(self)
        text = QLabel(about_html(meta, profile, languages), self)
        text.setObjectName("about-text")
        text.setAccessibleName("Over dit programma")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The language list made the text longer than any fixed height: it scrolls, the
        # Close button stays.
        scroll = QScrollArea(self)
        scroll.setObjectName("about-scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(text)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(600, 560)
