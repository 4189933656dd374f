"""Ctrl+Shift+P and "Folder voor deze vraag": a handout that is never empty.

On the Beslisschema's decision it is what "Maak folder voor de ouder" makes; when tabs put
parts in the basket ("Neem op in folder") it is those; otherwise it starts from the consult's
age and question. With neither, the nurse is told what to fill in instead of getting an empty
handout.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QMessageBox, QWidget

from opvoedapp.handout_request import HandoutRequest
from opvoedapp.services import Services

if TYPE_CHECKING:
    from opvoedapp.views.scheme.scheme_view import SchemeView

NOTHING_CHOSEN = ("Vul eerst de leeftijd van het kind in of kies de vraag van de ouder: dan "
                  "maakt Opvoedapp een folder die daarbij past.")


def consult_request(services: Services) -> HandoutRequest:
    """The handout for the age and question alone. The handout itself picks the Table 1 phase
    the child is in (documents/handout_age.py); naming a phase here as well put a second,
    neighbouring phase in the handout near a band edge."""
    consult = services.consult
    return HandoutRequest(question_key=consult.question_key, age_months=consult.age_months)


def open_for_consult(services: Services, window: QWidget) -> bool:
    """Open the handout dialog for what the consult has; False (and a message) if nothing."""
    from opvoedapp.views.handout.opener import open_handout

    scheme = _scheme_at_decision(window)
    if scheme is not None:
        scheme.make_handout()  # fills the basket and asks the basket to open the dialog
        return True
    basket = services.basket
    consult = services.consult
    if basket.request.is_empty:
        if consult.age_months is None and not consult.question_key:
            QMessageBox.information(window, "Folder voor ouders", NOTHING_CHOSEN)
            return False
        basket.replace(consult_request(services))
    elif not basket.request.question_key and consult.question_key:
        basket.replace(replace(basket.request, question_key=consult.question_key,
                               age_months=consult.age_months))
    open_handout(services, window)
    return True


def _scheme_at_decision(window: QWidget) -> SchemeView | None:
    tabs = getattr(window, "tabs", None)
    current = tabs.currentWidget() if tabs is not None else None
    view = getattr(current, "view", None)
    walk = getattr(view, "walk", None)
    if walk is not None and walk.is_finished and hasattr(view, "make_handout"):
        return cast("SchemeView", view)
    return None
