"""The Beslisschema's fixed parts around the pages: the "Over dit schema" note behind its
info button, and the navigation row (back, restart, the safety route) that stays below the
scrolling pages so the safety button is on screen at every step and window size."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

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
    info.setIcon(information_icon(parent))
    set_enum(info, "toolButtonStyle", "ToolButtonTextBesideIcon")  # not Qt's enums: on screen
    info.setAccessibleName("Over dit schema: toon of verberg de toelichting")
    info.setToolTip(label)
    info.setCheckable(True)
    info.setAutoRaise(True)
    info.toggled.connect(note.setVisible)
    return note, info


# The information icon Qt's own styles draw (Fusion's, on every platform), read from Qt's
# resources: asking the style for it (QStyle.standardIcon) creates QStyle's Python enums,
# about 50 M instructions, a twentieth of the whole start (bench/bench_startup.py).
QT_INFORMATION_ICON = ":/qt-project.org/styles/commonstyle/images/information-{}.png"


def information_icon(widget: QWidget) -> QIcon:
    """Qt's information icon; the style's own if a Qt version moved the resource."""
    icon = QIcon()
    for size in (16, 32, 128):
        icon.addFile(QT_INFORMATION_ICON.format(size))
    if icon.availableSizes():
        return icon
    from PySide6.QtWidgets import QStyle

    return widget.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)


class Navigation(NamedTuple):
    # A named tuple, not a frozen dataclass: those compile their methods at every start.
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
