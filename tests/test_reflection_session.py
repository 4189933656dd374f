"""The Qt-free side of Zelfreflectie: file versions, the session's rounds, the team rules."""

from __future__ import annotations

import json
from datetime import date

import pytest

from opvoedapp.reflection.feedback_file import (
    FeedbackFileError,
    FeedbackResult,
    form_json,
    new_form,
    read_form,
    read_result,
    result_json,
)
from opvoedapp.reflection.labels import label_lines, words
from opvoedapp.reflection.scoring import team_spread
from opvoedapp.reflection.session import ReflectionSession
from opvoedapp.reflection.team import TeamFiles


def _session(content, folder) -> ReflectionSession:
    return ReflectionSession(content.competencies, 3.0, folder)


def test_version_1_files_are_still_read(item_keys) -> None:
    old_result = {"format": "opvoedapp-zelfreflectie", "version": 1, "kind": "resultaat",
                  "label": "Van Anna", "rater": "collega", "day": "2026-11-20", "edition": "e",
                  "scores": {"1.01": 2}}
    result = read_result(json.dumps(old_result).encode(), item_keys)
    assert (result.label, result.day, result.scores, result.rater_name) == (
        "Van Anna", "2026-11-20", {"1.01": 2}, "")
    old_form = {"format": "opvoedapp-zelfreflectie", "version": 1, "kind": "formulier",
                "label": "Supervisie", "edition": "e", "items": ["1.01", "1.02"]}
    form = read_form(json.dumps(old_form).encode(), item_keys)
    assert form.items == ("1.01", "1.02") and form.form_id


def test_a_form_round_trips_and_a_result_is_not_a_form(item_keys) -> None:
    form = new_form("November", "Anna", "Bea", sorted(item_keys))
    again = read_form(form_json(form, "e").encode(), item_keys)
    assert again == form
    result = result_json(FeedbackResult("x", "collega", "2026-11-20", {"1.01": 3}), "e")
    with pytest.raises(FeedbackFileError, match="ingevuld resultaat"):
        read_form(result.encode(), item_keys)
    with pytest.raises(FeedbackFileError, match="Feedbackformulier invullen"):
        read_result(form_json(form, "e").encode(), item_keys)


def test_an_import_keeps_the_colleagues_day_rater_and_the_chosen_label(content, tmp_path) -> None:
    session = _session(content, tmp_path)
    raw = result_json(FeedbackResult("Feedback november", "leidinggevende", "2026-11-28",
                                     {"1.01": 2, "3.07": 4}, "Carla", "f1"), "e").encode()
    result = session.read_result_file(raw)
    assert session.suggested_label(result) == "Feedback november (Carla)"
    round_id = session.add_result(result, "Carla, eind november")
    session.close()
    again = _session(content, tmp_path)  # from the file, not from memory
    info = again.round(round_id)
    assert (info.label, info.rater, info.day) == ("Carla, eind november", "leidinggevende",
                                                  "2026-11-28")
    assert again.scores(round_id) == {"1.01": 2, "3.07": 4}
    assert info.title == "Carla, eind november (leidinggevende, 28-11-2026)"


def test_the_tab_opens_on_her_own_round_not_the_last_import(content, tmp_path) -> None:
    session = _session(content, tmp_path)
    own = session.own_round()
    session.add_result(FeedbackResult("x", "collega", date.today().isoformat(), {"1.01": 1}))
    assert _session(content, tmp_path).own_round() == own


def test_a_deleted_round_leaves_an_importable_backup(content, tmp_path) -> None:
    session = _session(content, tmp_path)
    round_id = session.new_round("Oud", "zelf", date(2026, 10, 1))
    session.set_score(round_id, "2.03", 4)
    session.rename_round(round_id, "Oktober")
    backup = session.delete_round(round_id)
    assert session.round(round_id) is None and backup is not None
    restored = session.read_result_file(backup.read_bytes())
    assert (restored.label, restored.day, restored.scores) == ("Oktober", "2026-10-01",
                                                               {"2.03": 4})


def test_no_backup_no_delete(content, tmp_path) -> None:
    shown: list[str] = []
    session = ReflectionSession(content.competencies, 3.0, tmp_path, shown.append)
    round_id = session.new_round("Blijft")
    (tmp_path / "verwijderde-rondes").write_text("a file where the folder should be")
    assert session.delete_round(round_id) is None
    assert session.round(round_id) is not None and "niet verwijderd" in shown[-1]


def test_a_person_counts_once(content) -> None:
    team = TeamFiles()
    anna = result_json(FeedbackResult("f", "collega", "2026-11-01", {"1.01": 4}, "Anna", "f1"),
                       "e").encode()
    anna_again = result_json(FeedbackResult("f", "collega", "2026-11-05", {"1.01": 2}, "anna",
                                            "f1"), "e").encode()
    assert team.add(anna, read_result(anna, {"1.01"}))
    assert not team.add(anna, read_result(anna, {"1.01"}))  # the same file twice
    assert not team.add(anna_again, read_result(anna_again, {"1.01"}))  # same rater, same form
    assert team.score_maps() == [{"1.01": 2}]  # her later answer counts
    other_form = result_json(FeedbackResult("f", "collega", "2026-11-05", {"1.01": 3}, "Anna",
                                            "f2"), "e").encode()
    assert team.add(other_form, read_result(other_form, {"1.01"}))


def test_fewer_than_three_people_show_nothing_per_competency(content) -> None:
    first, second = content.competencies[0].items[0].key, content.competencies[1].items[0].key
    people = [{first: 1, second: 2}, {first: 2, second: 3}, {first: 4}]
    spread = team_spread(content.competencies, people)
    assert (spread[0].mean, spread[0].lowest, spread[0].highest, spread[0].people) == (
        7 / 3, 1, 4, 3)
    assert (spread[1].mean, spread[1].lowest, spread[1].highest) == (None, None, None)
    assert not spread[1].shown and spread[1].people == 2


def test_chart_labels_are_broken_between_words_never_inside_one(content) -> None:
    for competency in content.competencies:
        title_words = f"{competency.number}. {competency.title}".split()
        for width in (10, 14, 20):
            lines = label_lines(competency.number, competency.title, width)
            assert " ".join(lines).split() == title_words
    assert words("Feedback van Anna de Vries over november", 24) == "Feedback van Anna de…"
