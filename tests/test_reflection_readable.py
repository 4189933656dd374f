"""Every werkkaart-3 item readable at 1366×768; the tab never forces the window wider."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QFontMetrics

from opvoedapp.app import build_window, load_content
from opvoedapp.consult import ConsultState
from opvoedapp.paths import guideline_database_path


def _reflection_at(qtbot, tmp_path, width: int, height: int):
    consult = ConsultState()
    window = build_window(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), consult)
    qtbot.addWidget(window)
    load_content(window, consult, guideline_database_path(), tmp_path / "data")
    window.resize(width, height)
    window.show()
    view = window.show_tab("tab-zelfreflectie")
    qtbot.waitUntil(lambda: view.isVisible() and view.items.viewport().width() > 100)
    return window, view


def _elided(tree, row) -> bool:
    """Would the item's text, wrapped at its rendered width, need more room than it has?"""
    index = tree.indexFromItem(row, 0)
    rect = tree.visualRect(index)
    font = row.font(0)
    width = tree.delegate.text_width(index)
    assert width <= rect.width()  # the measured width is inside what is drawn
    needed = QFontMetrics(font).boundingRect(QRect(0, 0, width, 100000),
                                             int(Qt.TextFlag.TextWordWrap), row.text(0))
    return needed.height() > rect.height() or needed.width() > width


def test_no_item_is_elided_at_1366x768(qtbot, tmp_path) -> None:
    _window, view = _reflection_at(qtbot, tmp_path, 1366, 740)
    tree = view.items
    keys = tree.keys()
    assert len(keys) == 92
    cut = []
    for key in keys:
        tree.scrollToItem(tree.row_of(key))
        if _elided(tree, tree.row_of(key)):
            cut.append(key)
    assert cut == []
    # The stems too (they are the subject of their items).
    for top in range(tree.topLevelItemCount()):
        head = tree.topLevelItem(top)
        for n in range(head.childCount()):
            child = head.child(n)
            if child.childCount():
                tree.scrollToItem(child)
                assert not _elided(tree, child), child.text(0)


def test_the_list_opens_at_the_top_and_keeps_title_and_stem_in_view(qtbot, tmp_path) -> None:
    _window, view = _reflection_at(qtbot, tmp_path, 1366, 740)
    tree = view.items
    assert tree.verticalScrollBar().value() == 0
    assert tree.itemAt(4, 2).text(0).startswith("1. Voorwaardenscheppend")
    # tree.keys() is ScoringList's own method (the item keys in order), not a dict's.
    outreach = next(k for k in tree.keys()  # noqa: SIM118
                    if tree.row_of(k).parent().text(0).startswith("Ik kan outreachend"))
    tree.scrollToItem(tree.row_of(outreach), tree.ScrollHint.PositionAtTop)
    qtbot.waitUntil(lambda: "outreachend" in view.panel.context.text())
    assert view.panel.context.text().startswith("1. Voorwaardenscheppend — Ik kan outreachend")


def test_the_cards_instructions_are_shown(qtbot, tmp_path) -> None:
    _window, view = _reflection_at(qtbot, tmp_path, 1366, 740)
    text = view.instructions.text()
    assert "geen toets" in text and "boven de 3 geldt als hoog" in text
    assert "Bespreek met uw teamleider" in text and view.instructions.isVisible()


def test_the_averages_table_shows_all_8_without_sideways_scrolling(qtbot, tmp_path) -> None:
    _window, view = _reflection_at(qtbot, tmp_path, 1366, 740)
    table = view.table
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width()
    last = table.visualRect(table.model().index(7, 0))
    assert last.bottom() <= table.viewport().height()
    assert table.item(7, 0).text() == "8. Anticiperen op de toekomst"
    shown = table.visualRect(table.model().index(1, 0)).width()
    needed = table.fontMetrics().horizontalAdvance(table.item(1, 0).text())
    assert needed < shown  # the longest name is whole


def test_the_tab_never_forces_the_window_wider_than_1280(qtbot, tmp_path) -> None:
    """1280 device-independent pixels = 1920 at 150 %, and less than 1366 at 100 %; also
    after a restart with a long round name (the combos were sized from their contents)."""
    _window, view = _reflection_at(qtbot, tmp_path, 1280, 720)
    view.session.new_round("Feedback van een collega met een heel erg lange naam over de "
                           "periode september tot en met december 2026, besproken in het "
                           "teamoverleg", "collega")
    window, view = _reflection_at(qtbot, tmp_path, 1280, 720)  # the next start
    assert view.compare.count() == 2
    assert view.minimumSizeHint().width() <= 1240
    assert window.minimumSizeHint().width() <= 1280 and window.width() <= 1280
