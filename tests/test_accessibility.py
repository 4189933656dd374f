"""Every control a screen reader meets has a name; every tab is reachable by keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from conftest import GUIDELINE_DB
from opvoedapp import app
from opvoedapp.consult import ConsultState

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
            QPlainTextEdit, QTextEdit)


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        # Qt's own parts of a control (a spin box's editor, a table's header) are named
        # through the control that holds them.
        if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView):
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


@pytest.mark.parametrize("tab", [spec.object_name for spec in app.tab_specs()])
def test_every_control_has_an_accessible_name(qtbot, tmp_path: Path, tab) -> None:
    consult = ConsultState()
    main = app.build_window(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                            consult)
    qtbot.addWidget(main)
    app.load_content(main, consult, GUIDELINE_DB, tmp_path / "data")
    main.show()
    main.show_tab(tab)
    if tab == "tab-beslisschema":
        main.tab(tab).view.begin("vraag-ouder")
    assert _unnamed(main) == []
