"""Gather what a parent handout says, as plain data, from the content and a HandoutRequest.

No Qt and no ReportLab here: the same data feeds the preview, the printout and the command
line. The addressee name is passed in for one document and is never part of anything kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from opvoedapp.content.repository import ContentRepository
from opvoedapp.handout_request import HandoutRequest
from opvoedapp.profile.model import OrganisationProfile

NO_TEXT = "Meer informatie hierover krijgt u van uw jeugdverpleegkundige of jeugdarts."
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")


@dataclass(frozen=True)
class PhaseSection:
    label: str
    normal: str
    tips: tuple[str, ...]
    next_label: str = ""
    next_normal: str = ""


@dataclass(frozen=True)
class InterventionSection:
    name: str
    what: str
    how: str
    sign_up: str = ""


@dataclass(frozen=True)
class Organisation:
    name: str = ""
    address: str = ""
    phone: str = ""
    website: str = ""
    logo_png: bytes = b""  # already converted for ReportLab by the caller, or empty


@dataclass(frozen=True)
class HandoutData:
    title: str
    intro: str
    date_text: str
    phases: tuple[PhaseSection, ...] = ()
    worry: str = ""          # when ordinary behaviour is still worth a call
    interventions: tuple[InterventionSection, ...] = ()
    offer_note: str = ""     # not every organisation offers every intervention
    outcome: str = ""        # what the consult decided, for the parent
    agreements: tuple[str, ...] = ()
    follow_up: str = ""
    personal_note: str = ""
    addressee: str = ""
    # The order of the sections; the dialog lets the user change it.
    section_order: tuple[str, ...] = ("agreements", "phases", "interventions")
    organisation: Organisation = field(default_factory=Organisation)


def dutch_date(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _phase_title(content: ContentRepository, key: str, label: str) -> str:
    return content.text(f"parent.phase.{key}.title") or f"Uw kind ({label})"


def _phase(content: ContentRepository, key: str) -> PhaseSection | None:
    phases = content.age_phases
    index = next((i for i, p in enumerate(phases) if p.key == key), None)
    if index is None:
        return None
    tips = tuple(t for t in content.text(f"parent.phase.{key}.tips").split("\n") if t)
    section = PhaseSection(_phase_title(content, key, phases[index].label),
                           content.text(f"parent.phase.{key}.normal"), tips)
    if index + 1 < len(phases):
        following = phases[index + 1]
        section = PhaseSection(section.label, section.normal, section.tips,
                               _phase_title(content, following.key, following.label),
                               content.text(f"parent.phase.{following.key}.normal"))
    return section


def _intervention(content: ContentRepository, key: str,
                  profile: OrganisationProfile | None) -> InterventionSection | None:
    item = content.intervention(key)
    if item is None:
        return None
    what = content.text(f"parent.intervention.{key}.what") or NO_TEXT
    how = content.text(f"parent.intervention.{key}.how")
    sign_up = profile.offer_map().get(key, "") if profile else ""
    return InterventionSection(item.name, what, how, sign_up)


def handout_data(content: ContentRepository, request: HandoutRequest,
                 profile: OrganisationProfile | None = None, addressee: str = "",
                 today: date | None = None, logo_png: bytes = b"") -> HandoutData:
    phases = tuple(s for k in request.age_phase_keys if (s := _phase(content, k)))
    interventions = tuple(i for k in request.intervention_keys
                          if (i := _intervention(content, k, profile)))
    organisation = Organisation(profile.name, profile.address, profile.phone, profile.website,
                                logo_png) if profile else Organisation()
    everything_local = bool(interventions) and all(i.sign_up for i in interventions)
    return HandoutData(
        title="Informatie over opvoeden", intro=content.text("parent.intro"),
        date_text=dutch_date(today or date.today()), phases=phases,
        worry=content.text("parent.worry") if phases else "", interventions=interventions,
        offer_note="" if everything_local or not interventions else content.text("parent.offer"),
        outcome=content.text(f"parent.outcome.{request.outcome_key}.text")
        if request.outcome_key else "",
        agreements=tuple(a for a in request.agreements if a.strip()),
        follow_up=request.follow_up.strip(), personal_note=request.personal_note.strip(),
        addressee=addressee.strip(), organisation=organisation)
