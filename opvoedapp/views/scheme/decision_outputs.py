"""What a decision hands on, without widgets: the programmes to choose from at a "light
help" decision, and the handout request "Maak folder" puts in the basket."""

from __future__ import annotations

from opvoedapp.consult import ConsultState
from opvoedapp.content.repository import ContentRepository
from opvoedapp.decision.walk import DecisionWalk
from opvoedapp.handout_request import HandoutRequest
from opvoedapp.state.offer_state import OfferState
from opvoedapp.views.scheme.consult_context import consult_context


def candidates(walk: DecisionWalk, content: ContentRepository, consult: ConsultState,
               offer: OfferState, names: dict[str, str]) -> list[tuple[str, str, bool]]:
    """(intervention key, label, offered here) of Table 2's light help for this age and
    question, each label once, in the table's order; none unless the outcome shows them."""
    if not walk.outcome or not walk.outcome.shows_interventions:
        return []
    context = consult_context(content, consult.age_months, consult.question_key)
    seen: dict[str, tuple[str, str, bool]] = {}
    for cell in (c for c in context.cells if c.kind == "lichte hulp"):
        for entry in cell.entries:
            label = entry.printed_name or names.get(entry.intervention_key, "")
            if entry.qualifier:
                label += f" ({entry.qualifier})"
            offered = offer.has_profile and offer.is_offered(entry.intervention_key)
            seen.setdefault(label, (entry.intervention_key, label, offered))
    return list(seen.values())


def handout_request(walk: DecisionWalk, consult: ConsultState,
                    chosen: list[tuple[str, str]], agreements: list[str],
                    follow_up: str) -> HandoutRequest:
    """The handout prefilled with the chosen programmes and the agreements; the child's own
    Table 1 phase comes from the age (documents.handout_parts)."""
    return HandoutRequest(
        intervention_keys=tuple(dict.fromkeys(key for key, _label in chosen)),
        question_key=consult.question_key, age_months=consult.age_months,
        outcome_key=walk.outcome.key if walk.outcome else "",
        agreements=tuple(agreements), follow_up=follow_up)
