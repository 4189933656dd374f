"""Zelfreflectie tab: keyboard scoring saved at once, chart data, comparing, feedback files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from opvoedapp.reflection.feedback_file import FeedbackResult, result_json
from opvoedapp.userdata.store import FILE_NAME
from opvoedapp.views.reflection.reflection_view import ReflectionView


def _view(qtbot, content, folder: Path, files: list[str] | None = None) -> ReflectionView:
    chosen = iter(files or [])
    view = ReflectionView(content, folder, choose_file=lambda _saving, _name: next(chosen))
    qtbot.addWidget(view)
    return view


def test_digits_score_and_move_on_and_every_answer_is_saved(qtbot, content, tmp_path) -> None:
    view = _view(qtbot, content, tmp_path)
    for key in (Qt.Key.Key_4, Qt.Key.Key_3, Qt.Key.Key_2):
        qtbot.keyClick(view.items, key)
    first = content.competencies[0].items
    again = _view(qtbot, content, tmp_path)
    assert again._memory[again.current_round()] == {first[0].key: 4, first[1].key: 3,
                                                    first[2].key: 2}
    assert again.items.current_key() == first[3].key  # goes on at the first open item


def test_zero_clears_a_score(qtbot, content, tmp_path) -> None:
    view = _view(qtbot, content, tmp_path)
    qtbot.keyClick(view.items, Qt.Key.Key_4)
    view.items.setCurrentItem(view.items._items[content.competencies[0].items[0].key])
    qtbot.keyClick(view.items, Qt.Key.Key_0)
    assert view._memory[view.current_round()] == {}


def test_chart_and_table_show_the_same_averages_pinned_to_1_4(qtbot, content, tmp_path) -> None:
    view = _view(qtbot, content, tmp_path)
    qtbot.keyClick(view.items, Qt.Key.Key_4)
    qtbot.keyClick(view.items, Qt.Key.Key_3)
    series = view.radar.series_data[0]
    assert series.values[0] == 3.5 and series.values[1] is None
    assert view.table.item(0, 1).text() == "3.50" and view.table.item(0, 3).text() == "hoog"
    radial = [a for a in view.radar.chart().axes() if a.metaObject().className() == "QValueAxis"]
    assert (radial[0].min(), radial[0].max()) == (0, 4)


def test_compare_with_a_colleague_round_lists_differences(qtbot, content, tmp_path) -> None:
    view = _view(qtbot, content, tmp_path)
    qtbot.keyClick(view.items, Qt.Key.Key_4)
    mine = view.current_round()
    view.rater.setCurrentIndex(view.rater.findData("collega"))
    theirs = view.new_round("Collega")
    qtbot.keyClick(view.items, Qt.Key.Key_1)
    view.round.setCurrentIndex(view.round.findData(mine))
    view.compare.setCurrentIndex(view.compare.findData(theirs))
    assert len(view.radar.series_data) == 2
    texts = [view.differences.item(i).text() for i in range(view.differences.count())]
    assert texts[0].startswith("Voorwaardenscheppend: 4.00 ↔ 1.00")
    assert any(t.startswith("1.01 ") and "4 ↔ 1" in t for t in texts)


def test_feedback_form_out_and_result_in(qtbot, content, tmp_path, monkeypatch) -> None:
    form = tmp_path / "form.json"
    result = tmp_path / "result.json"
    result.write_text(result_json(FeedbackResult("Van Anna", "collega", "2026-11-20",
                                                 {"1.01": 2, "2.01": 3}), "e"), encoding="utf-8")
    view = _view(qtbot, content, tmp_path / "data", [str(form), str(result)])
    view.export_form()
    data = json.loads(form.read_text(encoding="utf-8"))
    assert data["kind"] == "formulier" and len(data["items"]) == 92
    view.import_result()
    assert view.round.currentText().startswith("Van Anna") and "collega" in view.round.currentText()
    assert view._memory[view.current_round()] == {"1.01": 2, "2.01": 3}


def test_a_malformed_result_is_refused_and_changes_nothing(qtbot, content, tmp_path,
                                                           monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "opvoedapp-zelfreflectie", "version": 7}', encoding="utf-8")
    view = _view(qtbot, content, tmp_path / "data", [str(bad)])
    before = view.round.count()
    view.import_result()
    assert shown and "versie 7" in shown[0] and view.round.count() == before


def test_a_corrupt_store_is_set_aside_with_a_dutch_banner(qtbot, content, tmp_path) -> None:
    (tmp_path / FILE_NAME).write_bytes(b"SQLite format 3\x00" + b"\x00\xff" * 3000)
    view = _view(qtbot, content, tmp_path)
    assert "beschadigd" in view.banner.text() and not view.banner.isHidden()
    qtbot.keyClick(view.items, Qt.Key.Key_3)
    assert _view(qtbot, content, tmp_path)._memory  # the fresh store works


def test_when_nothing_can_be_saved_the_answers_stay_on_screen(qtbot, content, tmp_path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    view = _view(qtbot, content, blocker / "sub")
    assert "niet bewaard" in view.banner.text()
    qtbot.keyClick(view.items, Qt.Key.Key_2)
    assert list(view._memory[view.current_round()].values()) == [2]
    assert view.table.item(0, 1).text() == "2.00"
