"""Which interventions the user's organisation offers (from the organisation profile).

Until a profile is loaded, ``has_profile`` is False and views show every intervention without
marking any as locally offered: a local offer is never faked.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class OfferState(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._offered: dict[str, str] = {}
        self._has_profile = False

    @property
    def has_profile(self) -> bool:
        return self._has_profile

    def is_offered(self, intervention_key: str) -> bool:
        return intervention_key in self._offered

    def sign_up_details(self, intervention_key: str) -> str:
        return self._offered.get(intervention_key, "")

    def offered_keys(self) -> frozenset[str]:
        return frozenset(self._offered)

    def set_offer(self, offered: dict[str, str] | None) -> None:
        """``offered`` maps intervention key to local sign-up details; None: no profile."""
        self._has_profile = offered is not None
        self._offered = dict(offered or {})
        self.changed.emit()
