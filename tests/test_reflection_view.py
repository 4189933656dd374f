"""Zelfreflectie tab: keyboard scoring saved at once, chart data, comparing, feedback files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from opvoedapp.reflection.feedback_file import FeedbackResult, result_json
from opvoedapp.userdata.store import FILE_NAME
from opvoedapp.views.reflection.reflection_view import ReflectionView
from pdf_pages import page_texts


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
    assert again.session.scores(again.current_round()) == {first[0].key: 4, first[1].key: 3,
                                                    first[2].key: 2}
    assert again.items.current_key() == first[3].key  # goes on at the first open item


def test_zero_clears_a_score(qtbot, content, tmp_path) -> None:
    view = _view(qtbot, content, tmp_path)
    qtbot.keyClick(view.items, Qt.Key.Key_4)
    view.items.setCurrentItem(view.items.row_of(content.competencies[0].items[0].key))
    qtbot.keyClick(view.items, Qt.Key.Key_0)
    assert view.session.scores(view.current_round()) == {}


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
    theirs = view.new_round("Collega", "collega")
    qtbot.keyClick(view.items, Qt.Key.Key_1)
    view.round.setCurrentIndex(view.round.findData(mine))
    view.compare.setCurrentIndex(view.compare.findData(theirs))
    assert len(view.radar.series_data) == 2
    texts = [view.differences.item(i).text() for i in range(view.differences.count())]
    assert texts[0].startswith("Voorwaardenscheppend: 4.00 ↔ 1.00")
    assert any(t.startswith("1.01 ") and "4 ↔ 1" in t for t in texts)


def test_answers_leave_nothing_behind_in_the_charts(qtbot, content, tmp_path) -> None:
    """Each answer redraws both charts; what they hold must not grow with the answers (it
    grew by about 50 graphics items and two axes per answer: some 320 KB)."""
    from PySide6.QtCore import QObject

    view = _view(qtbot, content, tmp_path)
    mine = view.current_round()
    theirs = view.new_round("Collega", "collega")
    for _ in range(5):
        qtbot.keyClick(view.items, Qt.Key.Key_1)
    view.round.setCurrentIndex(view.round.findData(mine))
    view.compare.setCurrentIndex(view.compare.findData(theirs))

    def held() -> tuple[int, ...]:
        return tuple(n for chart in (view.radar, view.bars) for n in (
            len(chart.scene().items()), len(chart.chart().findChildren(QObject)),
            len(chart.chart().axes()), len(chart.chart().series())))

    for _ in range(3):
        qtbot.keyClick(view.items, Qt.Key.Key_3)
    before = held()
    for digit in [Qt.Key.Key_1, Qt.Key.Key_4, Qt.Key.Key_2] * 8:
        qtbot.keyClick(view.items, digit)
    assert view.bars.values() and len(view.radar.series_data) == 2
    assert held() == before


def test_a_comparison_taken_away_leaves_one_line_and_no_bars(qtbot, content, tmp_path) -> None:
    view = _view(qtbot, content, tmp_path)
    qtbot.keyClick(view.items, Qt.Key.Key_4)
    mine = view.current_round()
    theirs = view.new_round("Collega", "collega")
    view.round.setCurrentIndex(view.round.findData(mine))
    view.compare.setCurrentIndex(view.compare.findData(theirs))
    view.compare.setCurrentIndex(0)
    shown = [s for s in view.radar.chart().series() if s.isVisible()]
    assert [s.name() for s in shown] == [view.radar.series_data[0].name]
    assert view.bars.values() == [] and view.bars.order == []


def test_a_malformed_result_is_refused_and_changes_nothing(qtbot, content, tmp_path,
                                                           monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "opvoedapp-zelfreflectie", "version": 7}', encoding="utf-8")
    view = _view(qtbot, content, tmp_path / "data", [str(bad)])
    before = view.round.count()
    view.toolbar.import_result.trigger()
    assert shown and "versie 7" in shown[0] and view.round.count() == before


def test_a_corrupt_store_is_set_aside_with_a_dutch_banner(qtbot, content, tmp_path) -> None:
    (tmp_path / FILE_NAME).write_bytes(b"SQLite format 3\x00" + b"\x00\xff" * 3000)
    view = _view(qtbot, content, tmp_path)
    assert "beschadigd" in view.banner.text() and not view.banner.isHidden()
    qtbot.keyClick(view.items, Qt.Key.Key_3)
    again = _view(qtbot, content, tmp_path)  # the fresh store holds the answer
    assert again.session.scores(again.current_round()) == {content.competencies[0].items[0].key: 3}


def test_when_nothing_can_be_saved_the_answers_stay_on_screen(qtbot, content, tmp_path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    view = _view(qtbot, content, blocker / "sub")
    assert "niet bewaard" in view.banner.text()
    qtbot.keyClick(view.items, Qt.Key.Key_2)
    assert list(view.session.scores(view.current_round()).values()) == [2]
    assert view.table.item(0, 1).text() == "2.00"


def test_report_has_the_radar_table_and_development_points(qtbot, content, tmp_path) -> None:

    from opvoedapp.documents.reflection_report import build_report_pdf

    view = _view(qtbot, content, tmp_path)
    for key in (Qt.Key.Key_4, Qt.Key.Key_4, Qt.Key.Key_1):
        qtbot.keyClick(view.items, key)
    data = view.report_data()
    assert data.rows[0].average == 3.0 and not data.rows[0].high
    pdf = build_report_pdf(data)
    assert b"/Lang (nl)" in pdf and b"/FontFile2" in pdf
    text = page_texts(pdf)[0]
    assert "Gemiddelden per competentie" in text and "ontwikkelpunt" in text
    assert "Ontwikkelpunten" in text and "Voorwaardenscheppend" in text


def test_report_dialog_saves_the_pdf(qtbot, content, tmp_path) -> None:
    from opvoedapp.views.pdf_dialog import PdfDialog

    target = tmp_path / "rapport.pdf"
    dialog = PdfDialog(b"%PDF-1.4 test", "Rapport", "r.pdf", ask_save_path=lambda: str(target))
    qtbot.addWidget(dialog)
    dialog.save()
    assert target.read_bytes() == b"%PDF-1.4 test"


def test_team_view_shows_the_spread_and_no_individuals(qtbot, content, tmp_path) -> None:
    from opvoedapp.views.reflection.team_dialog import TeamDialog

    files = []
    for n, value in enumerate((2, 3, 4)):
        path = tmp_path / f"r{n}.json"
        path.write_text(result_json(FeedbackResult(f"Collega {n}", "collega", "2026-11-20",
                                                   {"1.01": value}), "e"), encoding="utf-8")
        files.append(str(path))
    (tmp_path / "kapot.json").write_text("{", encoding="utf-8")
    dialog = TeamDialog(content.competencies, 3.0,
                        choose_files=lambda: [*files[:2], str(tmp_path / "kapot.json")])
    qtbot.addWidget(dialog)
    dialog.add_files()
    # two people: too few to show anything without pointing at one
    assert all(not dialog.table.item(r, c).text() or "minder dan" in dialog.table.item(r, c).text()
               for r in range(dialog.table.rowCount()) for c in range(1, 5))
    assert dialog.radar.series_data == []
    assert "Niet gelezen: kapot.json" in dialog.status.text()
    dialog._choose = lambda: files[2:]
    dialog.add_files()
    assert dialog.table.item(0, 1).text() == "3.00"
    assert (dialog.table.item(0, 2).text(), dialog.table.item(0, 3).text()) == ("2.00", "4.00")
    assert [s.name for s in dialog.radar.series_data] == ["Gemiddelde team", "Laagste", "Hoogste"]
    shown = " ".join(dialog.table.item(r, c).text() for r in range(dialog.table.rowCount())
                     for c in range(5) if dialog.table.item(r, c))
    assert "Collega" not in shown + dialog.status.text()


def test_scoring_by_mouse(qtbot, content, tmp_path, monkeypatch) -> None:
    view = _view(qtbot, content, tmp_path)
    view.resize(1200, 700)
    view.show()
    key = content.competencies[1].items[0].key
    row = view.items.row_of(key)
    monkeypatch.setattr(view.items, "choose_from_menu", lambda menu, pos: 3)
    view.items.scrollToItem(row)
    rect = view.items.visualItemRect(row)
    x = view.items.header().sectionPosition(1) + 5
    qtbot.mouseClick(view.items.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center().__class__(x, rect.center().y()))
    assert view.session.scores(view.current_round()) == {key: 3}
    assert row.text(1) == "3 redelijk"


def test_search_jumps_to_a_werkkaart3_item(qtbot, content, tmp_path) -> None:
    view = _view(qtbot, content, tmp_path)
    key = content.competencies[6].items[2].key
    view.show_entry("competency", key)
    assert view.items.current_key() == key


def test_report_embeds_only_the_bundled_fonts(content, tmp_path) -> None:
    import re

    from opvoedapp.documents.reflection_report import ReportData, ReportRow, build_report_pdf

    pdf = build_report_pdf(ReportData("r", "zelf", "2026-11-23",
                                      (ReportRow("A", 3.0, 1, 2, False),)))
    fonts = set(re.findall(rb"/BaseFont /([A-Za-z+\-]+)", pdf))
    assert fonts and all(b"DejaVuSans" in f for f in fonts)
