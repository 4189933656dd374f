"""Open the handout dialog for what the basket holds (menu, "Maak folder", "Neem op in folder")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from opvoedapp.services import Services


def logo_png(path: Path | None) -> bytes:
    """The profile's logo (PNG, SVG or JPEG) as PNG bytes for ReportLab; b"" if unreadable."""
    if path is None:
        return b""
    image = QImage(str(path))
    if image.isNull():
        return b""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, b"PNG")
    return bytes(buffer.data().data())


def open_handout(services: Services, parent: QWidget) -> None:
    from opvoedapp.views.handout.handout_dialog import HandoutDialog

    profile = services.profile
    dialog = HandoutDialog(services.content, services.basket.request, profile,
                           logo_png(profile.logo if profile else None), parent)
    dialog.exec()
    dialog.deleteLater()
