"""Gather what a parent handout says, as plain data, from the content and a HandoutRequest.

No Qt and no ReportLab here: the same data feeds the preview, the printout and the command
line. In another language than Dutch, `translated` holds the same handout as the parent
reads it: every parent text and label translated (the Dutch where no translation is written
yet), while programme names, the organisation, the date, the QR code and everything the nurse typed
stay as they are. The addressee name is passed in for one document and is never part of
anything kept.
A request with nothing chosen still gives a whole handout: it starts from the age and the
question (handout_parts), and always points to Opvoeden.nl and to someone to ask.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from opvoedapp.content.repository import ContentRepository
from opvoedapp.documents.handout_labels import HandoutLabels, handout_labels
from opvoedapp.documents.handout_parts import (
    InterventionSection,
    PhaseSection,
    QuestionSection,
    default_intervention_keys,
    intervention_section,
    own_phase_key,
    phase_section,
    programme_fits,
    question_section,
)
from opvoedapp.handout_request import HandoutRequest
from opvoedapp.profile.model import OrganisationProfile

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")
OPVOEDEN_SHORT = "opvoeden.nl"  # printed beside the QR code (documents.opvoeden_qr)
SECTIONS = ("question", "agreements", "phases", "interventions")

__all__ = ["HandoutData", "HandoutLabels", "InterventionSection", "Organisation", "PhaseSection",
           "QuestionSection", "dutch_date", "handout_data"]


@dataclass(frozen=True)
class Organisation:
    name: str = ""
    address: str = ""
    phone: str = ""
    website: str = ""
    email: str = ""
    logo_png: bytes = b""  # already converted for ReportLab by the caller, or empty

    @property
    def reachable(self) -> bool:
        """Known details a parent can call, mail or visit (a name alone is not enough)."""
        return bool(self.phone or self.email or self.website or self.address)


@dataclass(frozen=True)
class HandoutData:
    title: str
    intro: str
    date_text: str
    question: QuestionSection | None = None
    phases: tuple[PhaseSection, ...] = ()
    worry: str = ""          # when ordinary behaviour is still worth a call
    interventions: tuple[InterventionSection, ...] = ()
    offer_note: str = ""     # not every organisation offers every intervention
    outcome: str = ""        # what the consult decided, for the parent
    agreements: tuple[str, ...] = ()
    follow_up: str = ""
    personal_note: str = ""
    addressee: str = ""
    # The order of the sections; the dialog lets the user change it. The question comes first.
    section_order: tuple[str, ...] = SECTIONS
    organisation: Organisation = field(default_factory=Organisation)
    opvoeden_text: str = ""
    opvoeden_short: str = OPVOEDEN_SHORT
    contact_text: str = ""   # above the organisation's details, or above a line to fill in
    language: str = "nl"
    direction: str = "ltr"   # "rtl" for Arabic
    labels: HandoutLabels = field(default_factory=HandoutLabels)
    reviewed: bool = True    # False: the translation says it is not checked yet
    # The same handout in the parent's language (None: a Dutch-only handout).
    translated: HandoutData | None = None

    @property
    def has_body(self) -> bool:
        return bool(self.question or self.phases or self.interventions or self.outcome
                    or self.agreements or self.follow_up or self.personal_note)


def dutch_date(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _phases(content: ContentRepository, request: HandoutRequest) -> tuple[PhaseSection, ...]:
    own = own_phase_key(content, request.age_months) if request.include_age_phase else ""
    keys = dict.fromkeys(k for k in (own, *request.age_phase_keys) if k)
    return tuple(s for k in keys
                 if (s := phase_section(content, k, request.age_months, request.include_next)))


def _interventions(content: ContentRepository, request: HandoutRequest,
                   profile: OrganisationProfile | None) -> tuple[InterventionSection, ...]:
    keys = (default_intervention_keys(content, request.question_key, request.age_months)
            if request.intervention_keys is None else request.intervention_keys)
    offers = profile.offer_map() if profile else {}
    return tuple(s for k in dict.fromkeys(keys)
                 if programme_fits(content, k, request.age_months)
                 and (s := intervention_section(content, k, offers.get(k, ""))))


class _InLanguage:
    """The content as a parent reading ``language`` sees it: each text block translated (the
    Dutch where no translation is written yet); programme names stay as they are."""

    def __init__(self, content: ContentRepository, language: str) -> None:
        self._content = content
        self._language = language

    def text(self, key: str) -> str:
        if key.startswith("parent.intervention.") and key.endswith(".name"):
            return self._content.text(key)
        return self._content.translation(key, self._language) or self._content.text(key)

    def __getattr__(self, name: str) -> object:
        return getattr(self._content, name)


def handout_data(content: ContentRepository, request: HandoutRequest,
                 profile: OrganisationProfile | None = None, addressee: str = "",
                 today: date | None = None, logo_png: bytes = b"", language: str = "nl",
                 reviewed: bool = True) -> HandoutData:
    """The Dutch handout; for another ``language`` with ``translated`` set (reviewed=False:
    both say the translation is not checked yet). ValueError for a language not in the
    content."""
    dutch = _one_language(content, request, profile, addressee, today, logo_png)
    if language == "nl":
        return dutch
    known = next((lang for lang in content.languages if lang.code == language), None)
    if known is None:
        raise ValueError(f"Onbekende taal voor de folder: {language}")
    parent = _one_language(_InLanguage(content, language),  # type: ignore[arg-type]
                           request, profile, addressee, today, logo_png)
    return replace(dutch, reviewed=reviewed,
                   translated=replace(parent, language=language, direction=known.direction,
                                      reviewed=reviewed))


def _one_language(content: ContentRepository, request: HandoutRequest,
                  profile: OrganisationProfile | None, addressee: str, today: date | None,
                  logo_png: bytes) -> HandoutData:
    question = (question_section(content, request.question_key, request.age_months)
                if request.include_question else None)
    phases = _phases(content, request)
    if question is not None:  # a tip the answer already gives is not repeated below it
        phases = tuple(replace(p, tips=tuple(t for t in p.tips if t not in question.tips))
                       for p in phases)
    interventions = _interventions(content, request, profile)
    organisation = (Organisation(profile.name, profile.address, profile.phone, profile.website,
                                 profile.email, logo_png) if profile else Organisation())
    everything_local = bool(interventions) and all(i.sign_up for i in interventions)
    labels = handout_labels(content.text)
    return HandoutData(
        title=labels.title, intro=content.text("parent.intro"),
        date_text=dutch_date(today or date.today()), question=question, phases=phases,
        worry=content.text("parent.worry") if (phases or question) else "",
        interventions=interventions,
        offer_note="" if everything_local or not interventions else content.text("parent.offer"),
        outcome=content.text(f"parent.outcome.{request.outcome_key}.text")
        if request.outcome_key else "",
        agreements=tuple(a.strip() for a in request.agreements if a.strip()),
        follow_up=request.follow_up.strip(), personal_note=request.personal_note.strip(),
        addressee=addressee.strip(), organisation=organisation,
        opvoeden_text=content.text("parent.opvoeden"),
        contact_text=content.text("parent.contact" if organisation.reachable
                                  else "parent.contact_blank"),
        labels=labels)
