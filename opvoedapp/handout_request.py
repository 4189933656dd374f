"""What a parent handout should contain: plain data, filled from the tabs, read by documents.

Nothing here is stored: a request lives for one consult. An addressee name, when typed, is
used for one print and is not part of this object.

A request with only an age and a question is complete: the handout then answers the question
for that age, describes the phase the child is in and offers the fitting programmes of
Table 2 (``intervention_keys is None``). Choosing something ("Neem … op in folder") adds to
that; the age and question parts stay.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

# A note is a few lines for the parents. Longer text makes every preview slow (a 100,000-
# character note took 6 s to lay out); the dialog counts and stops at this, the CLI refuses.
NOTE_MAX_CHARS = 2000


@dataclass(frozen=True)
class HandoutRequest:
    age_phase_keys: tuple[str, ...] = ()        # Table 1 phases chosen besides the child's own
    # Interventions in the order chosen; None: the fitting ones from Table 2 for the question.
    intervention_keys: tuple[str, ...] | None = None
    question_key: str = ""                      # the parent's question (Table 2 row)
    age_months: int | None = None               # the consult's age
    outcome_key: str = ""                       # the decision scheme's outcome, if walked
    agreements: tuple[str, ...] = ()            # from the consult summary
    follow_up: str = ""
    personal_note: str = ""
    include_question: bool = True               # the part answering the parent's question
    include_age_phase: bool = True              # the Table 1 phase holding the child's age
    include_next: bool | None = None            # "Wat komt er straks?"; None: the default
    extra: dict[str, str] = field(default_factory=dict)

    def with_phase(self, key: str) -> HandoutRequest:
        if key in self.age_phase_keys:
            return self
        return replace(self, age_phase_keys=(*self.age_phase_keys, key))

    def with_intervention(self, key: str) -> HandoutRequest:
        chosen = self.intervention_keys or ()
        if key in chosen:
            return self
        return replace(self, intervention_keys=(*chosen, key))

    @property
    def is_empty(self) -> bool:
        return not (self.age_phase_keys or self.intervention_keys or self.agreements
                    or self.follow_up or self.personal_note or self.question_key
                    or self.age_months is not None)
