"""The Beslisschema's fixed parts around the pages: the "Over dit schema" note behind its
info button, and the navigation row (back, restart, the safety route) that stays below the
scrolling pages so the safety button is on screen at every step and window size."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStyle, QToolButton, QWidget

from opvoedapp.views import style
from opvoedapp.views.enum_property import set_enum
from opvoedapp.views.html_text import escape


def scheme_note(label: str, parent: QWidget) -> tuple[QLabel, QToolButton]:
    """What this scheme is (not werkkaart 2 itself): behind an info button, not on top of
    every step where it read as noise. Returns the hidden note and the button showing it."""
    note = QLabel(escape(label), parent)
    note.setObjectName("scheme-label")
    note.setWordWrap(True)
    note.setVisible(False)
    info = QToolButton(parent)
    info.setObjectName("scheme-info")
    info.setText("Over dit schema")
    info.setIcon(parent.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation))
    set_enum(info, "toolButtonStyle", "ToolButtonTextBesideIcon")  # not Qt's enums: on screen
    info.setAccessibleName("Over dit schema: toon of verberg de toelichting")
    info.setToolTip(label)
    info.setCheckable(True)
    info.setAutoRaise(True)
    info.toggled.connect(note.setVisible)
    return note, info


@dataclass(frozen=True)
class Navigation:
    row: QHBoxLayout
    back: QPushButton
    restart: QPushButton
    safety: QPushButton


def navigation_row(parent: QWidget) -> Navigation:
    """The buttons only; the view connects them to its walk."""
    back = QPushButton("← Terug", parent)
    back.setObjectName("scheme-back")
    back.setToolTip("Vorige stap (Alt+Links)")
    restart = QPushButton("Opnieuw beginnen", parent)
    restart.setObjectName("scheme-restart")
    safety = QPushButton("⚠ Veiligheid kind in het geding", parent)
    safety.setObjectName("scheme-safety")
    safety.setToolTip("Altijd mogelijk, vanuit elke stap en elke tab (Ctrl+Shift+V)")
    safety.setAccessibleName("Veiligheid kind in het geding")
    safety.setStyleSheet(style.safety_button_sheet())
    row = QHBoxLayout()
    row.addWidget(back)
    row.addWidget(restart)
    row.addStretch(1)
    row.addWidget(safety)
    return Navigation(row, back, restart, safety)
