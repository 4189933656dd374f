"""``opvoedapp handout --age YEARS --question KEY [--intervention NAME ...] [--taal CODE]
-o folder.pdf``.

For an application manager preparing stock leaflets: the same handout as the window makes.
Without --intervention it answers the question for that age, describes the phase the child is
in and offers the question's Table 2 programmes that fit the age. With --taal the handout is
bilingual: the parent's language with the Dutch beside it, marked as not reviewed unless the
translation file or the organisation's profile says it is. Bad input: one Dutch line on
stderr, exit code 2.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from typing import TYPE_CHECKING

from opvoedapp.cli import output_path, register
from opvoedapp.errors import OpvoedappError
from opvoedapp.handout_request import NOTE_MAX_CHARS
from opvoedapp.paths import guideline_database_path

if TYPE_CHECKING:
    from opvoedapp.content.repository import ContentRepository
    from opvoedapp.handout_request import HandoutRequest
    from opvoedapp.profile.model import OrganisationProfile

QUESTION_KEYS = ("ontwikkeling", "aanpak", "gedrag", "emoties", "grenzen")


class HandoutInputError(OpvoedappError):
    """A command-line value is refused; ``message`` is the Dutch line to print."""


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = "Maak een folder voor ouders als PDF, zonder venster."
    parser.add_argument("--age", required=True, help="leeftijd in jaren, bijvoorbeeld 1.5")
    parser.add_argument("--question", required=True, help="vraag: " + ", ".join(QUESTION_KEYS))
    # Both "--intervention A B" and "--intervention A --intervention B" are accepted.
    parser.add_argument("--intervention", action="extend", nargs="+", default=[],
                        metavar="NAME", help="interventie (naam of afkorting), één of meer")
    parser.add_argument("--note", default="",
                        help=("persoonlijke notitie op de folder "
                              f"(hoogstens {NOTE_MAX_CHARS} tekens)"))
    parser.add_argument("--taal", default="nl", metavar="TAAL",
                        help=("taal van de ouder, naast het Nederlands: en (Engels), "
                              "tr (Turks), ar (Arabisch), pl (Pools) of uk (Oekraïens); "
                              "zonder --taal alleen Nederlands"))
    parser.add_argument("-o", "--output", type=output_path, required=True, help="PDF-bestand")


# Digits, optionally a decimal point or comma and more digits. float() alone would also take
# "1_5" (15), " 1.5 ", "1e1", "nan" and other scripts' digits.
_AGE_PATTERN = re.compile(r"-?[0-9]{1,4}(?:[.,][0-9]{1,4})?")


def age_months(text: str) -> int:
    years = float(text.replace(",", ".")) if _AGE_PATTERN.fullmatch(text) else math.nan
    if not math.isfinite(years):
        raise HandoutInputError(f"leeftijd '{text}' is geen getal (bijvoorbeeld 1.5).")
    if not 0 <= years <= 19:
        raise HandoutInputError(f"leeftijd {text} jaar valt buiten de richtlijn (0 tot 19 jaar).")
    return round(years * 12)


def build_request(content: ContentRepository, args: argparse.Namespace) -> HandoutRequest:
    """The same request the window makes from the consult: age and question, and the
    interventions named (without any: the fitting ones from Table 2, see handout_parts)."""
    from opvoedapp.handout_request import HandoutRequest
    from opvoedapp.profile.for_content import intervention_names
    from opvoedapp.search.folding import fold

    months = age_months(args.age)
    note = getattr(args, "note", "")
    if len(note) > NOTE_MAX_CHARS:
        raise HandoutInputError(f"de notitie is {len(note)} tekens lang; er passen er "
                                f"hoogstens {NOTE_MAX_CHARS} op een folder.")
    if args.question not in QUESTION_KEYS:
        raise HandoutInputError(f"onbekende vraag '{args.question}'; kies uit "
                                f"{', '.join(QUESTION_KEYS)}.")
    names = intervention_names(content)
    keys = []
    for name in args.intervention:
        key = names.get(fold(name))
        if key is None:
            raise HandoutInputError(f"onbekende interventie '{name}'.")
        keys.append(key)
    return HandoutRequest(intervention_keys=tuple(dict.fromkeys(keys)) if keys else None,
                          question_key=args.question, age_months=months,
                          personal_note=note)


def handout_language(content: ContentRepository, code: str,
                     profile: OrganisationProfile | None) -> tuple[str, bool]:
    """(language code, reviewed) for ``--taal``; HandoutInputError for a language we do not
    have. "nl" is the Dutch-only handout."""
    from opvoedapp.profile.language_review import language_state

    if code == "nl":
        return code, True
    language = content.language(code)
    if language is None:
        known = ", ".join(f"{lang.code} ({lang.name_nl})" for lang in content.languages)
        raise HandoutInputError(f"onbekende taal '{code}'; kies uit {known}, of laat --taal "
                                "weg voor alleen Nederlands.")
    return code, language_state(language, profile).reviewed


def unfitting_names(content: ContentRepository, request: HandoutRequest) -> list[str]:
    """Named interventions the handout leaves out (age range, or not identified)."""
    from opvoedapp.documents.handout_parts import programme_fits

    # Every key is a known one (build_request refuses other names).
    return [item.name for k in request.intervention_keys or ()
            if (item := content.intervention(k)) is not None
            and not programme_fits(content, k, request.age_months)]


def _run(args: argparse.Namespace) -> int:
    from opvoedapp.content.database import open_guideline_database
    from opvoedapp.content.repository import ContentRepository
    from opvoedapp.documents.handout_data import handout_data
    from opvoedapp.documents.handout_pdf import build_handout_pdf
    from opvoedapp.documents.save import save_pdf
    from opvoedapp.profile.for_content import find_and_load

    content = ContentRepository(open_guideline_database(args.database or
                                                        guideline_database_path()))
    try:
        request = build_request(content, args)
        profile, _error = find_and_load(content)
        language, reviewed = handout_language(content, getattr(args, "taal", "nl"), profile)
        for name in unfitting_names(content, request):
            sys.stderr.write(f"opvoedapp: {name} past niet bij deze leeftijd en staat niet "
                             f"in de folder.\n")
        pdf = build_handout_pdf(handout_data(content, request, profile, language=language,
                                             reviewed=reviewed))
    except HandoutInputError as exc:
        sys.stderr.write(f"opvoedapp: {exc}\n")
        return 2
    finally:
        content.close()
    error = save_pdf(args.output, pdf)
    if error:
        sys.stderr.write(f"opvoedapp: {error}\n")
        return 2
    return 0


register("handout", _add_arguments, _run)
