"""``opvoedapp handout --age YEARS --question KEY [--intervention NAME ...] -o folder.pdf``.

For an application manager preparing stock leaflets: the same handout as the window makes.
Without --intervention it covers the age phase and the question's Table 2 interventions for
that age. Bad input: one Dutch line on stderr, exit code 2.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from pathlib import Path

from opvoedapp.cli import output_path, register
from opvoedapp.handout_request import NOTE_MAX_CHARS
from opvoedapp.paths import guideline_database_path

QUESTION_KEYS = ("ontwikkeling", "aanpak", "gedrag", "emoties", "grenzen")


class HandoutInputError(Exception):
    pass


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = "Maak een folder voor ouders als PDF, zonder venster."
    parser.add_argument("--age", required=True, help="leeftijd in jaren, bijvoorbeeld 1.5")
    parser.add_argument("--question", required=True, help="vraag: " + ", ".join(QUESTION_KEYS))
    # Both "--intervention A B" and "--intervention A --intervention B" are accepted.
    parser.add_argument("--intervention", action="extend", nargs="+", default=[],
                        metavar="NAME", help="interventie (naam of afkorting), één of meer")
    parser.add_argument("--note", default="",
                        help=f"persoonlijke notitie op de folder (hoogstens {NOTE_MAX_CHARS} tekens)")
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


def build_request(content, args: argparse.Namespace):
    from opvoedapp.content.age_mapping import match_bands
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
    if not keys:
        groups = {g.key for g in match_bands(content.age_groups, months).bands}
        keys = [e.intervention_key for c in content.matrix_cells
                if c.question_key == args.question and c.age_group_key in groups
                for e in c.entries]
    phases = match_bands(content.age_phases, months).bands
    return HandoutRequest(age_phase_keys=tuple(p.key for p in phases[:1]),
                          intervention_keys=tuple(dict.fromkeys(keys)),
                          question_key=args.question, age_months=months,
                          personal_note=note)


def _run(args: argparse.Namespace) -> int:
    from opvoedapp.content.database import open_guideline_database
    from opvoedapp.content.repository import ContentRepository
    from opvoedapp.documents.handout_data import handout_data
    from opvoedapp.documents.handout_pdf import build_handout_pdf
    from opvoedapp.profile.for_content import find_and_load
    from opvoedapp.views.handout.save import save_pdf

    content = ContentRepository(open_guideline_database(args.database or
                                                        guideline_database_path()))
    try:
        request = build_request(content, args)
        profile, _error = find_and_load(content)
        pdf = build_handout_pdf(handout_data(content, request, profile))
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
