"""The tabs' object names, shared by the composition root and the global search index.

Qt-free on purpose: ``search/index.py`` says which tab shows an entry without knowing the UI.
"""

from __future__ import annotations

SCHEME = "tab-beslisschema"
AGE_PHASES = "tab-leeftijdsfasen"
INTERVENTIONS = "tab-interventies"
REFLECTION = "tab-zelfreflectie"
