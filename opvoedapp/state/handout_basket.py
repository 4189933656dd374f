"""The handout being put together during a consult ("Neem op in folder", "Maak folder").

Tabs add to it; the handout view listens and opens on ``open_requested``. It follows the
consult's age and question (``follow``); cleared with the consult; never written anywhere.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from opvoedapp.handout_request import HandoutRequest


class HandoutBasket(QObject):
    changed = Signal()
    open_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._request = HandoutRequest()

    @property
    def request(self) -> HandoutRequest:
        return self._request

    def add_phase(self, key: str) -> None:
        self._set(self._request.with_phase(key))

    def add_intervention(self, key: str) -> None:
        self._set(self._request.with_intervention(key))

    def replace(self, request: HandoutRequest) -> None:
        self._set(request)

    def update(self, **changes: object) -> None:
        self._set(replace(self._request, **changes))  # type: ignore[arg-type]

    def request_open(self) -> None:
        self.open_requested.emit()

    def follow(self, consult) -> None:
        """Keep the consult's age and question in the request, so any way of opening the
        handout starts from them (the child's own phase and the answer to the question)."""
        def take() -> None:
            self.update(age_months=consult.age_months, question_key=consult.question_key)
        consult.changed.connect(take)
        take()

    def clear(self) -> None:
        self._set(HandoutRequest())

    def _set(self, request: HandoutRequest) -> None:
        if request != self._request:
            self._request = request
            self.changed.emit()
