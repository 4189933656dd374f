"""The decision process of chapter 7 as data plus a walker over it (pure Python, no Qt).

The scheme is the guideline's working method compiled from the summary and werkkaart 3
(``data/source/decision_scheme.toml``), not the werkkaart 2 card itself.
"""

from opvoedapp.decision.check import enumerate_paths, validate
from opvoedapp.decision.load import (
    load_scheme,
    load_scheme_from_toml,
    scheme_dict_from_content,
    scheme_from_content,
)
from opvoedapp.decision.model import (
    OUTCOME_KINDS,
    AnamnesisItem,
    Choice,
    Outcome,
    Scheme,
    StartSituation,
    Step,
    Target,
)
from opvoedapp.decision.summary import summary_text
from opvoedapp.decision.walk import SAFETY_CONCLUSION, DecisionWalk, TrailEntry

__all__ = [
    "OUTCOME_KINDS", "SAFETY_CONCLUSION", "AnamnesisItem", "Choice", "DecisionWalk", "Outcome",
    "Scheme", "StartSituation", "Step", "Target", "TrailEntry", "enumerate_paths", "load_scheme",
    "load_scheme_from_toml", "scheme_dict_from_content", "scheme_from_content", "summary_text",
    "validate",
]
