"""Turn parsed source files into ORM rows, in source order with explicit ids."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from opvoedapp.content import models as m
from opvoedapp.content import models_scheme as s
from opvoedapp.content.parent_blocks import label_blocks, parent_blocks, parent_question_blocks
from opvoedapp.content.translation_rows import translation_rows


def _json(value: Any) -> str:
    return json.dumps(value if value is not None else [], ensure_ascii=False)


def _sources(entry: dict[str, Any]) -> str:
    if "sources" in entry:
        return _json(entry["sources"])
    return _json([entry["source"]] if entry.get("source") else [])


def content_rows(data: dict[str, Any]) -> Iterator[m.Base]:
    yield from _text_blocks(data)
    yield from _age_phases(data["age_phases"])
    yield from _interventions(data["interventions"])
    intervention_ids = {
        item["key"]: pos for pos, item in enumerate(data["interventions"]["intervention"], 1)
    }
    yield from _matrix(data["intervention_matrix"], intervention_ids)
    yield from _instruments(data["instruments"])
    yield from _competencies(data["competencies"])
    yield from _recommendations(data["recommendations"])
    yield from _scheme(data["decision_scheme"])
    yield from _corrections(data)
    yield from translation_rows(data)


def _block(key: str, text: str, own: bool, sources: list[str]) -> m.TextBlock:
    return m.TextBlock(key=key, text=text, own_words=own, sources=_json(sources))


def _text_blocks(data: dict[str, Any]) -> Iterator[m.Base]:
    phases, matrix = data["age_phases"], data["intervention_matrix"]
    table1, table2 = ["seed:samenvatting Tabel 1"], ["seed:samenvatting Tabel 2"]
    if phases.get("intro_own"):
        yield _block("table1.intro", phases["intro_own"], True, table1)
    notes = matrix.get("notes", {})
    if notes.get("also_apply"):
        yield _block("table2.also_apply", notes["also_apply"], False, table2)
    if notes.get("default_evidence"):
        yield _block("table2.default_evidence", notes["default_evidence"], False, table2)
    instruments = data["instruments"]
    if instruments.get("caution_own"):
        yield _block("instruments.caution", instruments["caution_own"], True,
                     ["seed:samenvatting §5"])
    card = data["werkkaart1"].get("card", {})
    for field in ("title", "description_own", "status_own"):
        if card.get(field):
            yield _block(f"werkkaart1.{field}", card[field], field != "title",
                         card.get("sources", []))
    competencies = data["competencies"]
    w3 = ["seed:werkkaart-3 Werkwijze"]
    if competencies.get("intro_own"):
        yield _block("werkkaart3.intro", competencies["intro_own"], True, w3)
    if competencies.get("usage_own"):
        yield _block("werkkaart3.usage", "\n".join(competencies["usage_own"]), True, w3)
    yield _block("werkkaart3.high_threshold", str(competencies.get("high_threshold", 3.0)),
                 False, w3)
    for key, text, sources in (*parent_blocks(data["parent_texts"]),
                               *parent_question_blocks(data["parent_questions"]),
                               *label_blocks(data["handout_labels"])):
        yield _block(key, text, True, sources)
    scheme = data["decision_scheme"].get("scheme", {})
    for field in ("title", "label_own", "safety_outcome"):
        if scheme.get(field):
            yield _block(f"scheme.{field}", scheme[field], field == "label_own",
                         scheme.get("sources", []))
    if scheme.get("safety_search_terms"):  # one per line, for the search index
        yield _block("scheme.safety_search_terms", "\n".join(scheme["safety_search_terms"]),
                     False, scheme.get("safety_search_terms_sources", []))


def _age_phases(source: dict[str, Any]) -> Iterator[m.Base]:
    for pos, phase in enumerate(source["phase"], 1):
        yield m.AgePhase(
            id=pos, key=phase["key"], position=pos, age_from=phase["age_from"],
            age_to=phase["age_to"], label=phase["label"], settings=_json(phase["settings"]),
            developmental_tasks=_json(phase["developmental_tasks"]),
            parenting_tasks=_json(phase["parenting_tasks"]),
            normal_problems=_json(phase["normal_problems"]),
            serious_problems=_json(phase["serious_problems"]), source=phase["source"],
        )


def _interventions(source: dict[str, Any]) -> Iterator[m.Base]:
    for pos, item in enumerate(source["intervention"], 1):
        yield m.Intervention(
            id=pos, key=item["key"], position=pos, name=item["name"],
            aliases=_json(item.get("aliases")), in_table2=bool(item.get("in_table2")),
            guideline_qualification=item.get("guideline_qualification", ""),
            guideline_qualification_source=item.get("guideline_qualification_source", ""),
            evidence=item.get("evidence", ""),
            universal_or_selective=item.get("universal_or_selective", ""),
            description_own=item.get("description_own", ""),
            target_group_own=item.get("target_group_own", ""),
            age_from_months=item.get("age_from_months"), age_to_months=item.get("age_to_months"),
            format_own=item.get("format_own", ""), duration_own=item.get("duration_own", ""),
            delivered_by_own=item.get("delivered_by_own", ""),
            later_recognition=_json(item.get("later_recognition")),
            gaps=_json(item.get("gaps")), sources=_sources(item),
        )


def _matrix(source: dict[str, Any], interventions: dict[str, int]) -> Iterator[m.Base]:
    groups = {g["key"]: n for n, g in enumerate(source["age_group"], 1)}
    for pos, group in enumerate(source["age_group"], 1):
        yield m.AgeGroup(id=pos, key=group["key"], position=pos, label=group["label"],
                         age_from=group["age_from"], age_to=group["age_to"])
    questions: dict[str, int] = {}
    for pos, question in enumerate(source["question"], 1):
        questions[question["key"]] = pos
        yield m.Question(id=pos, key=question["key"], position=pos, label=question["label"],
                         parent_id=None, source=question.get("source", ""))
    for pos, sub in enumerate(source.get("subtopic", []), len(questions) + 1):
        questions[sub["key"]] = pos
        yield m.Question(id=pos, key=sub["key"], position=pos, label=sub["label"],
                         parent_id=questions[sub["question"]],
                         source=sub.get("source", "seed:samenvatting Tabel 2"))
    for footnote in source.get("footnote", []):
        yield m.Footnote(number=footnote["number"], text=footnote["text"],
                         evidence=footnote.get("evidence", ""))
    entry_id = 0
    for pos, cell in enumerate(source["cell"], 1):
        row_key = cell.get("subtopic") or cell["question"]
        yield m.MatrixCell(
            id=pos, position=pos, question_id=questions[row_key],
            age_group_id=groups.get(cell.get("age_group", "")), kind=cell.get("kind", ""),
            position_note=cell.get("position_note", ""), source=cell["source"],
        )
        for entry_pos, entry in enumerate(cell.get("entry", []), 1):
            entry_id += 1
            yield m.MatrixEntry(
                id=entry_id, cell_id=pos, position=entry_pos,
                intervention_id=interventions[entry["intervention"]],
                printed_name=entry.get("printed_name", ""), qualifier=entry.get("qualifier", ""),
                footnote=entry.get("footnote", 0),
            )


def _instruments(source: dict[str, Any]) -> Iterator[m.Base]:
    for pos, rule in enumerate(source.get("rules", []), 1):
        yield m.InstrumentRule(id=pos, position=pos, text_own=rule["text_own"],
                               source=rule.get("source", ""))
    for pos, item in enumerate(source["instrument"], 1):
        yield m.Instrument(
            id=pos, key=item["key"], position=pos, name=item["name"],
            aliases=_json(item.get("aliases")), purpose=item.get("purpose", ""),
            use=item.get("use", ""), age_from_months=item.get("age_from_months"),
            age_to_months=item.get("age_to_months"), age_text=item.get("age_text", ""),
            instrument_age_own=item.get("instrument_age_own", ""),
            description_own=item.get("description_own", ""),
            respondent_own=item.get("respondent_own", ""), items_count=item.get("items_count"),
            gaps=_json(item.get("gaps")), sources=_sources(item),
        )


def _competencies(source: dict[str, Any]) -> Iterator[m.Base]:
    for scale in source["scale"]:
        yield m.ScaleLabel(value=scale["value"], label=scale["label"])
    item_id = 0
    for competency in source["competency"]:
        number = competency["number"]
        yield m.Competency(id=number, number=number, title=competency["title"],
                           source=competency["source"])
        position = 0
        for group in competency.get("group", []):
            for text in group["items"]:
                item_id += 1
                position += 1
                yield m.CompetencyItem(
                    id=item_id, key=f"{number}.{position:02d}", competency_id=number,
                    position=position, stem=group.get("stem", ""), text=text,
                )


def _recommendations(source: dict[str, Any]) -> Iterator[m.Base]:
    for pos, item in enumerate(source["recommendation"], 1):
        yield m.Recommendation(id=pos, position=pos, chapter=str(item["chapter"]),
                               chapter_title=item.get("chapter_title", ""), text=item["text"],
                               source=item["source"])


def _scheme(source: dict[str, Any]) -> Iterator[m.Base]:
    choice_id = 0
    for pos, step in enumerate(source.get("step", []), 1):
        yield s.SchemeStep(
            id=pos, key=step["key"], number=step.get("number", pos), title=step["title"],
            purpose_own=step.get("purpose_own", ""), establish_own=_json(step.get("establish_own")),
            exploring_questions=_json(step.get("exploring_questions")),
            communication_own=_json(step.get("communication_own")),
            shows_age_norms=bool(step.get("shows_age_norms")),
            shows_balance=bool(step.get("shows_balance")),
            shows_interventions=bool(step.get("shows_interventions")), sources=_sources(step),
        )
        for choice_pos, choice in enumerate(step.get("choice", []), 1):
            choice_id += 1
            yield s.SchemeChoice(id=choice_id, step_id=pos, position=choice_pos,
                                 label=choice["label"], next=choice["next"],
                                 source=choice.get("source", ""))
    for pos, outcome in enumerate(source.get("outcome", []), 1):
        yield s.SchemeOutcome(
            id=pos, key=outcome["key"], position=pos, title=outcome["title"],
            description_own=outcome.get("description_own", ""), kind=outcome.get("kind", ""),
            shows_interventions=bool(outcome.get("shows_interventions")),
            sources=_sources(outcome),
        )
    for pos, start in enumerate(source.get("start_situation", []), 1):
        yield s.StartSituation(id=pos, key=start["key"], position=pos, label=start["label"],
                               description_own=start.get("description_own", ""),
                               entry_step=start["entry_step"], source=start.get("source", ""))
    for pos, item in enumerate(source.get("anamnesis_item", []), 1):
        yield s.AnamnesisItem(id=pos, position=pos, topic=item["topic"],
                              text_own=item["text_own"], source=item.get("source", ""))


def _corrections(data: dict[str, Any]) -> Iterator[m.Base]:
    row_id = 0
    for file_name in sorted(data):
        for item in data[file_name].get("correction", []):
            row_id += 1
            yield m.Correction(id=row_id, file=f"{file_name}.toml", location=item["location"],
                               seed=item["seed"], corrected=item["corrected"])
