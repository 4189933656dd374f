"""The Beslisschema's first page: where the conversation starts, one numbered button each."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from opvoedapp.views.html_text import escape

if TYPE_CHECKING:
    from opvoedapp.decision.model import Scheme


def build_start_page(scheme: Scheme, begin: Callable[[str], None],
                     parent: QWidget) -> QWidget:
    """A button per start situation (digit n chooses the n-th: see shortcuts.py)."""
    page = QWidget(parent)
    page.setObjectName("scheme-start-page")
    # One style sheet for the page's buttons (all start buttons), not one per button: Qt
    # parses each widget's sheet on its own.
    page.setStyleSheet("QPushButton { text-align: left; padding: 8px; }")
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel(f"<h2>{escape(scheme.title)}</h2><p>"
                            f"{escape('Waar begint het gesprek?')}</p>", page))
    for index, start in enumerate(scheme.start_situations, 1):
        button = QPushButton(f"{index}. {start.label}", page)
        button.setObjectName(f"scheme-start-{start.key}")
        button.setAccessibleName(start.label)
        button.setToolTip(start.description)
        button.clicked.connect(lambda _=False, k=start.key: begin(k))
        layout.addWidget(button)
        hint = QLabel(f"<small>{escape(start.description)}</small>", page)
        hint.setWordWrap(True)
        layout.addWidget(hint)
    layout.addStretch(1)
    return page
