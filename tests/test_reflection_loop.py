"""The werkkaart-3 feedback loop end to end in the real window, with real key events:
ask a colleague, she fills in the form (keyboard) and saves, the professional imports it,
compares, and opens the team view."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox, QWidget

from opvoedapp.app import build_window, load_content
from opvoedapp.consult import ConsultState
from opvoedapp.paths import guideline_database_path
from opvoedapp.reflection.feedback_file import FeedbackResult, result_json
from reflection_dialogs import DialogScript, type_and_enter


def _window(qtbot, tmp_path: Path, name: str):
    consult = ConsultState()
    window = build_window(QSettings(str(tmp_path / f"{name}.ini"),
                                    QSettings.Format.IniFormat), consult)
    qtbot.addWidget(window)
    services = load_content(window, consult, guideline_database_path(), tmp_path / name)
    window.resize(1366, 740)
    window.show()
    return window, services


def _type_into(widget: QWidget, qtbot, name: str, text: str) -> None:
    field = widget.findChild(QLineEdit, name)
    field.setFocus()
    qtbot.keyClicks(field, text)


def test_the_feedback_loop_end_to_end(qtbot, tmp_path, monkeypatch) -> None:
    form_path = tmp_path / "formulier.json"
    result_path = tmp_path / "resultaat.json"

    # -- the professional scores herself and asks Anna for feedback ----------------------
    window, _services = _window(qtbot, tmp_path, "professional")
    view = window.show_tab("tab-zelfreflectie")
    own = view.current_round()
    for _ in range(92):
        qtbot.keyClick(view.items, Qt.Key.Key_4)
    view.choose_file = lambda saving, suggested: str(form_path)

    def ask(dialog: QWidget) -> None:
        assert not dialog.ok.isEnabled()  # a form is always for someone
        _type_into(dialog, qtbot, "ask-feedback-colleague", "Anna de Vries")
        _type_into(dialog, qtbot, "ask-feedback-own-name", "Bea")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    told: list[str] = []

    def tell(box: QWidget) -> None:
        told.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    with DialogScript([ask, tell]) as script:
        view.toolbar.ask_feedback.trigger()
    assert script.done
    assert "Stuur formulier.json naar Anna de Vries" in told[0] and "Opvoedapp" in told[0]
    form = json.loads(form_path.read_text(encoding="utf-8"))
    assert (form["kind"], form["rater_name"], len(form["items"])) == ("formulier", "Anna de Vries",
                                                                      92)

    # -- Anna opens it in her own Opvoedapp: Bestand → Feedbackformulier invullen… -------
    colleague, _ = _window(qtbot, tmp_path, "colleague")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(form_path), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(result_path), ""))
    filled: dict[str, object] = {}

    def fill(dialog: QWidget) -> None:
        assert dialog.name.text() == "Anna de Vries" and "Bea vraagt" in dialog.findChild(
            QWidget, "feedback-form-intro").text()
        dialog.activateWindow()  # as the window system does for a new dialog
        qtbot.waitUntil(dialog.isActiveWindow)
        items = dialog.items
        items.setFocus()
        for n in range(92):
            qtbot.keyClick(items, (Qt.Key.Key_2, Qt.Key.Key_3)[n % 2])
        filled["status"] = dialog.status.text()
        qtbot.keyClick(items, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        filled["saved"] = dialog.status.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    action = colleague.findChild(object, "action-fill-feedback-form")
    with DialogScript([fill]) as script:
        action.trigger()
    assert script.done and "92 van 92 ingevuld" in filled["status"]
    assert "stuur dit bestand terug naar Bea" in filled["saved"]
    result = json.loads(result_path.read_text(encoding="utf-8"))
    assert result["rater_name"] == "Anna de Vries" and result["form_id"] == form["form_id"]
    assert sorted(set(result["scores"].values())) == [2, 3] and len(result["scores"]) == 92
    # Nothing of the form is stored in Anna's own rounds.
    assert not (tmp_path / "colleague" / "zelfreflectie.sqlite").exists()

    # -- the professional imports it under a label of her choice and compares ----------
    view.choose_file = lambda saving, suggested: str(result_path)

    with DialogScript([type_and_enter("Anna, november")]) as script:
        view.toolbar.import_result.trigger()
    assert script.done
    imported = view.compare.currentData()
    info = view.session.round(imported)
    assert (info.label, info.rater, info.day) == ("Anna, november", "collega", result["day"])
    assert view.current_round() == own  # her own round stays on screen, compared with Anna's
    assert view.compare.findData(own) == -1  # a round is never compared with itself
    assert view.table.item(0, 4).text() == "2.47"  # Anna: 2,3,2,… over the 15 items
    bars = view.bars.values()
    assert bars == sorted(bars, key=abs, reverse=True) and len(bars) == 8

    # -- the report names her (typed now, kept nowhere) and the round compared ---------
    report: dict[str, str] = {}

    def read_report(dialog: QWidget) -> None:
        report["text"] = " ".join(dialog.document.getAllText(0).text().split())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    with DialogScript([type_and_enter("Bea Jansen"), read_report]) as script:
        view.toolbar.report.click()
    assert script.done and "Bea Jansen · Eigen ronde" in report["text"]
    assert "Vergeleken met: Anna, november (collega," in report["text"]
    assert not any(b"Bea Jansen" in p.read_bytes() for p in (tmp_path / "professional").rglob("*")
                   if p.is_file())

    # -- a team leader reads three files, one of them twice: 2 people, nothing shown ----
    copy = tmp_path / "kopie.json"
    shutil.copy(result_path, copy)
    other = tmp_path / "ander.json"
    other.write_text(result_json(FeedbackResult("x", "collega", "2026-11-02", {"1.01": 1},
                                                "Carla", "f2"), "e"), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(result_path), str(copy), str(other)], ""))
    seen: dict[str, object] = {}

    def team(dialog: QWidget) -> None:
        dialog.findChild(QWidget, "team-add-files").click()
        seen["status"] = dialog.status.text()
        seen["rule"] = dialog.findChild(QWidget, "team-rule").text()
        seen["cells"] = [dialog.table.item(r, c).text() for r in range(8) for c in (2, 3, 4)]
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    with DialogScript([team]) as script:
        view.toolbar.team.trigger()
    assert script.done
    assert "2 verschillende personen" in seen["status"] and "minder dan 3" in seen["rule"]
    assert not any(seen["cells"])  # not even lowest or highest


def test_rename_and_delete_a_round_with_confirmation_and_backup(qtbot, tmp_path) -> None:
    window, _ = _window(qtbot, tmp_path, "professional")
    view = window.show_tab("tab-zelfreflectie")
    qtbot.keyClick(view.items, Qt.Key.Key_3)
    extra = view.new_round("Tweede")
    qtbot.keyClick(view.items, Qt.Key.Key_2)

    with DialogScript([type_and_enter("Na de cursus")]) as script:
        view.toolbar.rename_round.trigger()
    assert script.done and view.session.round(extra).label == "Na de cursus"

    def say_no(box: QWidget) -> None:
        box.button(QMessageBox.StandardButton.No).click()

    with DialogScript([say_no]) as script:
        view.toolbar.delete_round.trigger()
    assert script.done and view.session.round(extra) is not None

    def say_yes(box: QWidget) -> None:
        box.button(QMessageBox.StandardButton.Yes).click()

    with DialogScript([say_yes]) as script:
        view.toolbar.delete_round.trigger()
    assert script.done and view.session.round(extra) is None
    backups = list((tmp_path / "professional" / "verwijderde-rondes").glob("*.json"))
    assert len(backups) == 1
    kept = json.loads(backups[0].read_text(encoding="utf-8"))
    assert kept["label"] == "Na de cursus" and kept["scores"] == {
        view.content.competencies[0].items[0].key: 2}
    assert view.session.round(view.current_round()).rater == "zelf"


def test_a_form_file_on_the_command_line_is_found() -> None:
    from opvoedapp.launch_args import form_argument

    assert form_argument(["--database", "x.json", "/tmp/Formulier Anna.JSON"]) == Path(
        "/tmp/Formulier Anna.JSON")
    assert form_argument(["--database", "x.json"]) is None


def test_a_result_opened_as_a_form_is_refused_in_dutch(qtbot, content, tmp_path,
                                                       monkeypatch) -> None:
    from opvoedapp.views.reflection.form_dialog import open_form_file

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    result = tmp_path / "r.json"
    result.write_text(result_json(FeedbackResult("x", "collega", "2026-11-02", {"1.01": 1}),
                                  "e"), encoding="utf-8")
    assert open_form_file(None, content, result) is None
    assert open_form_file(None, content, tmp_path / "weg.json") is None
    assert "ingevuld resultaat" in shown[0] and "bestaat niet" in shown[1]


def test_closing_a_form_with_unsaved_answers_asks_first(qtbot, content) -> None:
    from opvoedapp.reflection.feedback_file import new_form
    from opvoedapp.views.reflection.form_dialog import FormDialog

    form = new_form("x", "Anna", "", [i.key for c in content.competencies for i in c.items])
    dialog = FormDialog(content, form, choose_target=lambda _name: "")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.items, Qt.Key.Key_3)
    asked: list[str] = []

    def keep(box: QWidget) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    with DialogScript([keep]) as script:
        qtbot.keyClick(dialog.items, Qt.Key.Key_Escape)
    assert script.done and "niet opgeslagen" in asked[0] and dialog.isVisible()
    assert dialog.scores == {form.items[0]: 3}


def _form_for_anna(tmp_path: Path, qtbot, monkeypatch) -> Path:
    """Bea asks Anna for feedback (the real Vraag feedback… dialog)."""
    form_path = tmp_path / "formulier.json"
    window, _ = _window(qtbot, tmp_path, "bea")
    view = window.show_tab("tab-zelfreflectie")
    view.choose_file = lambda saving, suggested: str(form_path)

    def ask(dialog: QWidget) -> None:
        _type_into(dialog, qtbot, "ask-feedback-colleague", "Anna de Vries")
        _type_into(dialog, qtbot, "ask-feedback-own-name", "Bea")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    with DialogScript([ask]) as script:
        view.toolbar.ask_feedback.trigger()
    assert script.done and form_path.exists()
    return form_path


@pytest.mark.parametrize("keep", [False, True], ids=["only-the-file", "copy-kept"])
def test_the_colleague_chooses_whether_a_copy_joins_her_own_rounds(qtbot, tmp_path, monkeypatch,
                                                                   keep: bool) -> None:
    from opvoedapp.reflection.session import ReflectionSession

    form_path = _form_for_anna(tmp_path, qtbot, monkeypatch)
    result_path = tmp_path / "resultaat.json"
    anna, services = _window(qtbot, tmp_path, "anna")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(form_path), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(result_path), ""))
    seen: dict[str, object] = {}

    def fill(dialog: QWidget) -> None:
        box = dialog.keep_copy
        seen["box"] = (box.isVisible(), box.isChecked(), box.text())
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.items.setFocus()
        for _ in range(92):
            qtbot.keyClick(dialog.items, Qt.Key.Key_3)
        if keep:
            # Alt+B, the box's mnemonic: it takes focus and clicks (Qt's animated click).
            qtbot.keyClick(dialog.items, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
            qtbot.waitUntil(box.isChecked)
            dialog.items.setFocus()
        seen["ticked"] = box.isChecked()
        qtbot.keyClick(dialog.items, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        seen["saved"] = dialog.status.text()
        # She changes her mind on the last item and saves again: still one copy, updated.
        qtbot.keyClick(dialog.items, Qt.Key.Key_2)
        qtbot.keyClick(dialog.items, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    with DialogScript([fill]) as script:
        anna.findChild(object, "action-fill-feedback-form").trigger()
    assert script.done and result_path.exists()
    visible, ticked_at_start, text = seen["box"]
    assert visible and not ticked_at_start
    assert "Ook bewaren bij mijn eigen Zelfreflectie" in text.replace("&", "")
    assert "Gegeven feedback aan Bea" in text
    assert seen["ticked"] is keep
    store = tmp_path / "anna" / "zelfreflectie.sqlite"
    if not keep:
        assert "kopie" not in seen["saved"].lower()
        assert not store.exists()  # nothing of the form in her own user data
        return
    assert "Een kopie staat in uw Zelfreflectie als ronde ‘Gegeven feedback aan Bea" in seen[
        "saved"]
    own = ReflectionSession(services.content.competencies, 3.0, tmp_path / "anna")
    rounds = own.rounds()
    form_label = json.loads(form_path.read_text(encoding="utf-8"))["label"]
    assert [(r.label, r.rater) for r in rounds] == [
        (f"Gegeven feedback aan Bea ({form_label})", "collega")]
    # The copy holds what the result file holds, after the second save too.
    assert own.scores(rounds[0].id) == json.loads(result_path.read_text(encoding="utf-8"))[
        "scores"]
    assert sorted(set(own.scores(rounds[0].id).values())) == [2, 3]
    own.close()
    # Her Zelfreflectie opens on a round of her own, never on the copy.
    view = anna.show_tab("tab-zelfreflectie")
    assert view.session.round(view.current_round()).rater == "zelf"
    assert view.round.findData(rounds[0].id) >= 0


def test_a_copy_that_cannot_be_kept_is_said_and_the_result_file_stays(qtbot, content,
                                                                     tmp_path) -> None:
    from opvoedapp.reflection.feedback_file import FeedbackForm
    from opvoedapp.views.reflection.form_dialog import FormDialog, own_reflection

    not_a_folder = tmp_path / "gebruikersmap"
    not_a_folder.write_text("een bestand, geen map", encoding="utf-8")
    keys = tuple(i.key for c in content.competencies for i in c.items)
    form = FeedbackForm("Feedback 11-2026", "Anna", "Bea", "f-1", keys)
    target = tmp_path / "resultaat.json"
    dialog = FormDialog(content, form, choose_target=lambda _name: str(target),
                        own=own_reflection(content, not_a_folder))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.items, Qt.Key.Key_4)
    qtbot.keyClick(dialog.items, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.keep_copy.isChecked)
    qtbot.keyClick(dialog.keep_copy, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert json.loads(target.read_text(encoding="utf-8"))["scores"] == {keys[0]: 4}
    assert "De kopie kon niet worden bewaard in uw Zelfreflectie" in dialog.status.text()
    assert dialog.copy_round is None
