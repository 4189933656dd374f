"""Pin the guideline content: structure counts and a sample of cells read off the seed by hand.

A column shift in Table 2 is a wrong advice to a parent, so the sample below was read cell by
cell from the PDF layout of the summary, independently of data/source/.
"""

from __future__ import annotations

import re
import unicodedata

import pytest

from conftest import SEEDS_DIR

SUMMARY = SEEDS_DIR / "richtlijn-opvoedingsondersteuning-samenvatting.txt"
WERKKAART_3 = SEEDS_DIR / "werkkaart-3-zelfreflectie-instrument.txt"


def _cell(content, question, age_group, kind):
    cells = [c for c in content.matrix_cells
             if (c.question_key, c.age_group_key, c.kind) == (question, age_group, kind)]
    assert len(cells) == 1, (question, age_group, kind, cells)
    return [(e.intervention_key, e.qualifier) for e in cells[0].entries]


def test_table1_has_four_phases_in_order(content):
    assert [(p.age_from, p.age_to) for p in content.age_phases] == [
        (0, 2), (2, 4), (5, 12), (12, 19)]
    for phase in content.age_phases:
        for column in ("settings", "developmental_tasks", "parenting_tasks",
                       "normal_problems", "serious_problems"):
            assert getattr(phase, column), (phase.key, column)


def test_table1_sample_cells(content):
    baby, toddler, school, adolescent = content.age_phases
    assert baby.settings == ("Gezin", "Opvang")
    assert toddler.settings == ("Gezin", "Opvang", "(Voor)school")
    assert school.settings == ("Gezin", "School", "Peergroup", "Verenigingen")
    assert len(adolescent.settings) == 7
    assert baby.developmental_tasks[0] == "Fysiologische zelfregulatie"
    assert "Veilige hechting" in baby.developmental_tasks
    assert "Beschikbaarheid" in baby.parenting_tasks
    assert "Excessief huilen" in baby.serious_problems
    assert "Niet zindelijk" in toddler.normal_problems
    assert "Schoolweigering" in school.normal_problems
    assert "Persistente schoolweigering" in school.serious_problems
    assert "Problemen met autoriteiten" in adolescent.normal_problems
    assert "Schooluitval" in adolescent.serious_problems
    # Serious problems never leak into the normal column (the point of the table).
    for phase in content.age_phases:
        assert not set(phase.normal_problems) & set(phase.serious_problems)


def test_table1_typo_is_corrected_and_recorded(content):
    assert any(c.seed == "auroriteiten" and c.corrected == "autoriteiten"
               for c in content.corrections)


def test_table2_axes(content):
    assert [(g.key, g.age_from, g.age_to) for g in content.age_groups] == [
        ("baby", 0, 1), ("peuter-kleuter", 1, 4), ("schoolkind", 4, 12),
        ("adolescent", 12, 19)]
    top = [q for q in content.questions if not q.parent_key]
    assert [q.key for q in top] == ["ontwikkeling", "aanpak", "gedrag", "emoties", "grenzen"]
    assert top[0].label == "Algemene ontwikkeling kind"
    subtopics = [q.key for q in content.questions if q.parent_key == "ontwikkeling"]
    assert subtopics == ["zindelijkheid", "gedrag-ontwikkeling", "spraak-taal"]


def test_table2_every_question_has_both_kinds_for_every_age_group(content):
    for question in ("ontwikkeling", "aanpak", "gedrag", "emoties", "grenzen"):
        for group in ("baby", "peuter-kleuter", "schoolkind", "adolescent"):
            for kind in ("preventie", "lichte hulp"):
                cells = [c for c in content.matrix_cells
                         if (c.question_key, c.age_group_key, c.kind) == (question, group, kind)]
                assert len(cells) <= 1
    cells_with_position = [c for c in content.matrix_cells if c.age_group_key and c.kind]
    assert len(cells_with_position) >= 30


def test_table2_sample_cells_read_from_the_seed(content):
    assert _cell(content, "ontwikkeling", "baby", "preventie") == [
        ("triple-p", "niv. 1 en 2"), ("stap-voor-stap", ""), ("pedagogisch-adviseren", ""),
        ("mim", ""), ("rookvrij-opgroeien", "")]
    assert _cell(content, "ontwikkeling", "peuter-kleuter", "preventie") == [
        ("triple-p", "niv. 1 en 2"), ("gordon", ""), ("pedagogisch-adviseren", ""),
        ("peuter-in-zicht", ""), ("stap-voor-stap", ""), ("home-start", ""),
        ("rookvrij-opgroeien", "")]
    assert _cell(content, "ontwikkeling", "adolescent", "preventie") == [
        ("triple-p", "niv. 1 en 2"), ("gordon", ""), ("pedagogisch-adviseren", "")]
    assert _cell(content, "ontwikkeling", "baby", "lichte hulp") == [
        ("triple-p", "niveau 3"), ("pedagogisch-adviseren", ""), ("k-vht", ""),
        ("armoede-en-gezondheid", "")]
    # The school-age cell prints VHT where the younger ones print K-VHT.
    assert _cell(content, "ontwikkeling", "schoolkind", "lichte hulp") == [
        ("triple-p", "niveau 3"), ("pedagogisch-adviseren", ""), ("vht", ""),
        ("armoede-en-gezondheid", "")]
    assert _cell(content, "ontwikkeling", "adolescent", "lichte hulp") == [
        ("triple-p", "pubers"), ("pedagogisch-adviseren", ""),
        ("beter-omgaan-met-pubers", "")]


def test_table2_entries_name_known_interventions(content):
    keys = {i.key for i in content.interventions}
    for cell in content.matrix_cells:
        assert cell.entries, cell
        for entry in cell.entries:
            assert entry.intervention_key in keys
        if not (cell.age_group_key and cell.kind):
            assert cell.position_note, cell


def test_table2_footnotes_and_notes(content):
    numbers = [f.number for f in content.footnotes]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) == 7
    assert "voedingsgedrag" in content.text("table2.also_apply")
    assert content.text("table2.default_evidence") == "in theorie effectief"


def test_every_intervention_in_table2_is_described(content):
    in_matrix = {e.intervention_key for c in content.matrix_cells for e in c.entries}
    described = {i.key: i for i in content.interventions}
    assert in_matrix <= set(described)
    assert len(described) == 23
    for key in in_matrix:
        assert described[key].in_table2
        # A description, or the gap saying why there is none (never an invented one).
        assert described[key].description_own or described[key].gaps, key
    for intervention in content.interventions:
        assert intervention.sources, intervention.key
        # A later rating carries its year; the guideline's own field never holds it.
        for later in intervention.later_recognition:
            assert later.year > 2013 and later.source


def test_aliases_cover_the_table_spellings(content):
    aliases = {i.key: {a.lower() for a in i.aliases} for i in content.interventions}
    assert "vht" in aliases["vht"] or "vht" in aliases["k-vht"]
    assert "k-vht" in aliases["k-vht"]
    assert "moeder-baby-interventie" in aliases["ouder-baby-interventie"]


def test_signalling_instruments(content):
    names = " ".join(i.name for i in content.instruments)
    for expected in ("SPARK", "DMO", "NOSIK", "BITSEA", "SDQ", "KIVPA"):
        assert expected in names
    assert content.text("instruments.caution")


def test_werkkaart3_has_92_items_in_eight_competencies(content):
    counts = [len(c.items) for c in content.competencies]
    assert counts == [15, 5, 19, 18, 13, 11, 10, 1]
    assert [c.title for c in content.competencies][0] == "Voorwaardenscheppend"
    first = content.competencies[0].items[0]
    assert first.text == "ben gemakkelijk toegankelijk voor ouders"
    assert first.stem.startswith("Ik ben in staat een ondersteunende omgeving te scheppen")
    keys = [i.key for c in content.competencies for i in c.items]
    assert len(set(keys)) == 92
    assert [(s.value, s.label) for s in content.scale_labels] == [
        (1, "slecht"), (2, "matig"), (3, "redelijk"), (4, "goed")]


def test_recommendations_carry_their_chapter(content):
    recommendations = content.recommendations
    assert len(recommendations) >= 10
    assert all(r.chapter and r.text for r in recommendations)


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"-\s*\n\s*", "", text)  # words hyphenated across lines
    return re.sub(r"[\s\-‐]+", "", text).lower()


@pytest.mark.skipif(not SUMMARY.exists(), reason="the seed documents are not beside this clone")
def test_every_verbatim_table_cell_is_in_the_seed(content):
    seed = _normalise(SUMMARY.read_text(encoding="utf-8"))
    corrected = {c.corrected for c in content.corrections}
    for phase in content.age_phases:
        for column in ("settings", "developmental_tasks", "parenting_tasks",
                       "normal_problems", "serious_problems"):
            for cell in getattr(phase, column):
                if cell not in corrected and not any(c in cell for c in corrected):
                    assert _normalise(cell) in seed, (phase.key, column, cell)


@pytest.mark.skipif(not WERKKAART_3.exists(), reason="the seed documents are not beside this clone")
def test_every_werkkaart3_item_is_in_the_seed(content):
    seed = _normalise(WERKKAART_3.read_text(encoding="utf-8"))
    for competency in content.competencies:
        for item in competency.items:
            assert _normalise(item.text) in seed, item.key
