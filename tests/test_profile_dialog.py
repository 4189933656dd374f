"""Editing, importing and exporting the organisation profile in the program."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from opvoedapp.profile.for_content import offer_names as intervention_names
from opvoedapp.profile.loader import load_profile
from opvoedapp.views.profile_dialog import ProfileDialog


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    return shown


def _row(dialog: ProfileDialog, key: str) -> int:
    return next(r for r in range(dialog.offer.rowCount())
                if dialog.offer.item(r, 0).data(Qt.ItemDataRole.UserRole) == key)


def _make(qtbot, content, tmp_path, chosen: list[str]):
    files = iter(chosen)
    dialog = ProfileDialog(content, None, tmp_path / "user" / "organisatie.toml",
                           choose_file=lambda _saving: next(files))
    qtbot.addWidget(dialog)
    return dialog


def test_save_writes_a_profile_the_loader_accepts(qtbot, content, tmp_path, warnings) -> None:
    dialog = _make(qtbot, content, tmp_path, [])
    dialog.fields["name"].setText("JGZ Zuid")
    row = _row(dialog, "k-vht")
    dialog.offer.item(row, 0).setCheckState(Qt.CheckState.Checked)
    dialog.offer.item(row, 1).setText("Bel 0123 – ook ’s avonds")
    dialog.save()
    assert not warnings and dialog.saved is not None
    loaded = load_profile(tmp_path / "user" / "organisatie.toml", intervention_names(content))
    assert loaded.name == "JGZ Zuid"
    assert loaded.offer_map() == {"k-vht": "Bel 0123 – ook ’s avonds"}


def test_a_form_without_a_name_is_not_saved(qtbot, content, tmp_path, warnings) -> None:
    dialog = _make(qtbot, content, tmp_path, [])
    dialog.save()
    assert warnings and "'naam' van de organisatie ontbreekt" in warnings[0]
    assert not (tmp_path / "user" / "organisatie.toml").exists()


def test_export_then_import_round_trips(qtbot, content, tmp_path, warnings) -> None:
    exported = tmp_path / "uitrol.toml"
    dialog = _make(qtbot, content, tmp_path, [str(exported)])
    dialog.fields["name"].setText("JGZ Noord")
    dialog.fields["website"].setText("https://jgz-noord.example")
    dialog.offer.item(_row(dialog, "triple-p"), 0).setCheckState(Qt.CheckState.Checked)
    dialog.export_file()
    other = _make(qtbot, content, tmp_path, [str(exported)])
    other.import_file()
    assert other.fields["name"].text() == "JGZ Noord"
    assert other.offer.item(_row(other, "triple-p"), 0).checkState() == Qt.CheckState.Checked
    assert not warnings


def test_a_foreign_file_is_refused_and_changes_nothing(qtbot, content, tmp_path,
                                                        warnings) -> None:
    foreign = tmp_path / "vreemd.toml"
    foreign.write_text("[tool.poetry]\nname = 'x'\n", encoding="utf-8")
    dialog = _make(qtbot, content, tmp_path, [str(foreign)])
    dialog.fields["name"].setText("Blijft staan")
    dialog.import_file()
    assert warnings and "versie" in warnings[0]
    assert dialog.fields["name"].text() == "Blijft staan"


def test_export_to_an_unwritable_place_gives_a_dutch_message(qtbot, content, tmp_path,
                                                             warnings) -> None:
    dialog = _make(qtbot, content, tmp_path, ["/proc/geen-plek/organisatie.toml"])
    dialog.fields["name"].setText("JGZ")
    dialog.export_file()
    assert warnings and "niet opgeslagen" in warnings[0]


def test_an_exported_profile_takes_its_logo_along_for_roll_out(qtbot, content, tmp_path,
                                                               warnings) -> None:
    """The exported folder is copied to another workstation: the logo must travel with it."""
    import shutil

    from PySide6.QtGui import QColor, QImage

    logo = tmp_path / "beheerder" / "huisstijl" / "logo.png"
    logo.parent.mkdir(parents=True)
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#1b4f72"))
    assert image.save(str(logo))
    export_dir = tmp_path / "uitrol"
    export_dir.mkdir()
    dialog = _make(qtbot, content, tmp_path, [str(export_dir / "organisatie.toml")])
    dialog.fields["name"].setText("JGZ West")
    dialog.fields["logo"].setText(str(logo))
    dialog.export_file()
    assert not warnings
    assert 'logo = "logo.png"' in (export_dir / "organisatie.toml").read_text(encoding="utf-8")
    workstation = tmp_path / "werkplek" / "opvoedapp"
    shutil.copytree(export_dir, workstation)
    shutil.rmtree(logo.parent)  # the machine it came from is gone
    loaded = load_profile(workstation / "organisatie.toml", intervention_names(content))
    assert loaded.logo == workstation / "logo.png" and loaded.logo.read_bytes()


def test_an_imported_roll_out_profile_saves_with_its_logo(qtbot, content, tmp_path,
                                                          warnings) -> None:
    rollout = tmp_path / "programma"
    rollout.mkdir()
    (rollout / "logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg' width='4' "
                                      "height='4'/>", encoding="utf-8")
    (rollout / "organisatie.toml").write_text(
        "versie = 1\n[organisatie]\nnaam = 'JGZ Oost'\nlogo = 'logo.svg'\n", encoding="utf-8")
    dialog = _make(qtbot, content, tmp_path, [str(rollout / "organisatie.toml")])
    dialog.import_file()
    dialog.save()
    assert not warnings and dialog.saved is not None
    saved = tmp_path / "user" / "organisatie.toml"
    assert dialog.saved.logo == saved.parent / "logo.svg"
    assert load_profile(saved, intervention_names(content)).logo == saved.parent / "logo.svg"


def test_a_profile_may_offer_only_table2_interventions(qtbot, content, tmp_path,
                                                       warnings) -> None:
    outside = tmp_path / "buiten.toml"
    outside.write_text("versie = 1\n[organisatie]\nnaam = 'x'\n[[aanbod]]\n"
                       "interventie = 'Bemoeizorg'\n", encoding="utf-8")
    dialog = _make(qtbot, content, tmp_path, [str(outside)])
    dialog.import_file()
    assert warnings and "Tabel 2" in warnings[0]
    listed = {dialog.offer.item(r, 0).data(Qt.ItemDataRole.UserRole)
              for r in range(dialog.offer.rowCount())}
    assert listed == {i.key for i in content.interventions if i.in_table2}
