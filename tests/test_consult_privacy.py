"""Nothing about the child leaves memory: no file, no QSettings key, no log line.

Drives the whole window as a nurse would (date of birth, question, every tab, the global
search, Ctrl+N, closing), then searches everything written under the private home, every
settings key and value, every log record and everything printed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from conftest import GUIDELINE_DB
from opvoedapp import app
from opvoedapp.consult import ConsultState

BIRTH_DATE = "17-03-2019"
QUESTION = "grenzen"


def _written(roots: list[Path]) -> list[Path]:
    return [p for root in roots if root.exists() for p in root.rglob("*") if p.is_file()]


def test_the_consult_is_never_stored_or_logged(qtbot, home, tmp_path, caplog, capfd) -> None:
    caplog.set_level(logging.DEBUG)
    settings = QSettings(str(home / "privacy" / "settings.ini"), QSettings.Format.IniFormat)
    consult = ConsultState()
    main = app.build_window(settings, consult)
    qtbot.addWidget(main)
    services = app.load_content(main, consult, GUIDELINE_DB, home / "privacy" / "data")
    with qtbot.waitExposed(main):
        main.show()
    bar = main.consult_bar
    question_label = bar.question.itemText(bar.question.findData(QUESTION))

    bar.birth_date.setFocus()
    qtbot.keyClicks(bar.birth_date, BIRTH_DATE)
    qtbot.keyClick(bar.birth_date, Qt.Key.Key_Return)
    bar.question.setCurrentIndex(bar.question.findData(QUESTION))
    assert consult.age_months is not None and consult.question_key == QUESTION
    every_tab = ("tab-leeftijdsfasen", "tab-interventies", "tab-beslisschema",
                 "tab-zelfreflectie")
    assert sorted(every_tab) == sorted(spec.object_name for spec in app.tab_specs())
    for tab in every_tab:
        main.show_tab(tab)
    services.basket.add_phase("5-12")

    with qtbot.waitActive(main):
        main.activateWindow()
    bar.birth_date.setFocus()
    qtbot.keyClick(bar.birth_date, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert consult.age_months is None and consult.question_key == ""
    assert bar.birth_date.text() == "" and bar.hint.text() == ""

    # Enter it again and close the program with the consult still open.
    qtbot.keyClicks(bar.birth_date, BIRTH_DATE)
    qtbot.keyClick(bar.birth_date, Qt.Key.Key_Return)
    bar.question.setCurrentIndex(bar.question.findData(QUESTION))
    main.close()
    settings.sync()

    needles = [BIRTH_DATE, BIRTH_DATE.replace("-", ""), "2019-03-17", question_label, QUESTION]
    # Also every reader copy in the system's temporary folder (removed on close, but a leftover
    # of this run would carry the consult).
    import tempfile

    reader_copies = sorted(Path(tempfile.gettempdir()).glob("opvoedapp-folder-*"))
    for path in _written([home, tmp_path, *reader_copies]):
        data = path.read_bytes()
        for needle in needles:
            assert needle.encode() not in data, (path, needle)
    assert set(settings.allKeys()) <= {"window/geometry", "window/last_tab"}
    assert QUESTION not in str(settings.value("window/last_tab"))
    logged = " ".join(r.getMessage() for r in caplog.records)
    printed = "".join(capfd.readouterr())
    for needle in needles:
        assert needle not in logged and needle not in printed
