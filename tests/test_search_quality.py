"""Search quality: what a nurse types during a consult, and what must be in the first three.

Each expectation names an entry by kind and title. Queries use everyday Dutch and the forms
nurses type (verb for noun, part of a compound, plural, no accents, abbreviations). Where the
guideline itself says nothing (bullying, divorce) the search must say so rather than pretend.
"""

from __future__ import annotations

import pytest

from opvoedapp.search.index import build_index, find

SAFETY = ("outcome", "De veiligheid van het kind is in het geding")

# query -> entries (kind, title) that must all be among the first three results
TOP_3 = {
    "slapen": [("problem", "Slaap-problemen"), ("problem", "Eet-/slaapproblemen")],
    "slaap": [("problem", "Slaap-problemen"), ("problem", "Eet-/slaapproblemen")],
    "slaapproblemen": [("problem", "Slaap-problemen"), ("problem", "Eet-/slaapproblemen")],
    "driftbui": [("problem", "Driftbuien")],
    "driftbuien": [("problem", "Driftbuien")],
    "niet luisteren": [("intervention", "Gordon-oudercursus")],
    "ongehoorzaam": [("problem", "Ongehoorzaamheid"),
                     ("question", "Omgaan met lastig, moeilijk of ongehoorzaam gedrag of "
                                  "gedragsproblemen")],
    "puberteit": [("intervention", "Beter Omgaan met Pubers")],
    "ouders van pubers": [("intervention", "Beter Omgaan met Pubers"),
                          ("intervention", "Triple P")],
    "zindelijk": [("question", "Zindelijkheid"), ("problem", "Niet zindelijk")],
    "zindelijk worden": [("question", "Zindelijkheid"), ("problem", "Niet zindelijk")],
    "bedplassen": [("intervention", "DroogBedTraining")],
    "ruzie broertjes": [("problem", "Ruzies")],
    "huilen baby": [("intervention", "Kortdurende Video-Hometraining"),
                    ("problem", "Excessief huilen")],
    "huilen": [("problem", "Excessief huilen")],
    "VHT": [("intervention", "Video-hometraining"),
            ("intervention", "Kortdurende Video-Hometraining")],
    "video hometraining": [("intervention", "Video-hometraining")],
    "triple p": [("intervention", "Triple P")],
    "triple p 3": [("intervention", "Triple P")],
    "ouder baby": [("intervention", "Ouder-Baby-interventie")],
    "grenzen stellen": [("question", "Grenzen stellen en corrigeren en straffen")],
    "straffen": [("question", "Grenzen stellen en corrigeren en straffen")],
    "faalangst": [("question", "Omgaan met emotionele problemen (zelfvertrouwen, onzekerheid "
                               "en (faal)angst)")],
    "druk gedrag": [("problem", "Druk gedrag/overactiviteit"), ("intervention", "Drukke kinderen")],
    "adhd": [("problem", "ADHD")],
    "koppig": [("problem", "Koppigheid")],
    "agressie": [("problem", "Agressie")],
    "spijbelen": [("problem", "Incidenteel spijbelen")],
    "alcohol": [("problem", "Gebruik psychoactieve stoffen (alcohol, drugs)"),
                ("problem", "Problemen door alcohol, drugs")],
    "anorexia": [("problem", "Anorexia en boulimia (nervosa)")],
    "hechting": [("problem", "Reactieve hechtingsstoornis")],
    "taal": [("question", "Spraak/taal")],
    "voorlezen": [("intervention", "Boekenpret")],
    "roken": [("intervention", "Rookvrij Opgroeien")],
    "armoede": [("intervention", "Armoede en gezondheid van kinderen")],
    "sdq": [("instrument", "SDQ (ouderversie), 0-4 jaar"),
            ("instrument", "SDQ (ouderversie), 4-16 jaar")],
    "spark": [("instrument", "SPARK")],
    "signaleren": [("step", "2. Signaleren")],
    "zorg coordineren": [("step", "6. Zorg coördineren (eventueel)")],
    "verwijzen": [("outcome", "Verwijzen naar specialistische hulp")],
    "afsluiten": [("step", "7. De zorg volgen en afsluiten")],
    "veiligheid": [SAFETY],
    "veilig": [SAFETY],
    "meldcode": [SAFETY],
    "kindermishandeling": [SAFETY],
    "huiselijk geweld": [SAFETY],
}

# The safety outcome is the first result for these, not one of three.
SAFETY_FIRST = ("veiligheid", "veilig", "meldcode", "kindermishandeling", "huiselijk geweld")


@pytest.fixture(scope="module")
def index(content):
    return build_index(content)


def test_there_are_at_least_thirty_queries() -> None:
    assert len(TOP_3) >= 30


@pytest.mark.parametrize("query", sorted(TOP_3))
def test_a_nurses_query_finds_its_entries_in_the_top_three(index, query) -> None:
    top = [(e.kind, e.title) for e in find(index, query).all[:3]]
    missing = [want for want in TOP_3[query] if want not in top]
    assert not missing, f"{query!r}: {missing} not in {top}"


@pytest.mark.parametrize("query", SAFETY_FIRST)
def test_the_safety_outcome_comes_first(index, query) -> None:
    first = find(index, query).all[0]
    assert (first.kind, first.title) == SAFETY and first.tab == "tab-beslisschema"


def test_what_the_guideline_does_not_cover_finds_nothing_false(index) -> None:
    # Bullying is not in the guideline's content: no result rather than a look-alike.
    assert find(index, "pesten").all == []
    # Divorce neither: no entry holds both words; the look-alike is marked as a partial hit.
    found = find(index, "scheiding ouders")
    assert found.entries == [] and found.partial_words == ("scheiding",)
    assert all(e.title == "Scheidingsangst" for e in found.partial)
