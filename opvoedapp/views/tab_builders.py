"""The four tabs: their names, titles and how each view is built from the services.

Each builder imports its view when the tab is first built (``views.lazy_tab.LazyTab``), so
start-up loads only the view on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from opvoedapp import tab_names
from opvoedapp.views.lazy_tab import TabSpec

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from opvoedapp.services import Services


def tab_specs() -> list[TabSpec]:
    return [
        TabSpec(tab_names.SCHEME, "Beslisschema", _scheme_tab),
        TabSpec(tab_names.AGE_PHASES, "Leeftijdsfasen", _age_phases_tab),
        TabSpec(tab_names.INTERVENTIONS, "Interventies", _interventions_tab),
        TabSpec(tab_names.REFLECTION, "Zelfreflectie", _reflection_tab),
    ]


def _age_phases_tab(services: Services) -> QWidget:
    from opvoedapp.views.age_phases.age_phases_view import AgePhasesView

    return AgePhasesView(services.content, services.consult, services.basket)


def _interventions_tab(services: Services) -> QWidget:
    from opvoedapp.views.interventions.interventions_view import InterventionsView

    return InterventionsView(services.content, services.consult, services.offer,
                             services.basket)


def _reflection_tab(services: Services) -> QWidget:
    from opvoedapp.views.reflection.reflection_view import ReflectionView

    return ReflectionView(services.content, services.user_data_dir)


def _scheme_tab(services: Services) -> QWidget:
    from opvoedapp.views.scheme.scheme_view import SchemeView

    return SchemeView(services.content, services.consult, services.offer, services.basket)
