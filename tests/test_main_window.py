"""The application shell: four tabs, consult bar, Help → Over, settings kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from conftest import GUIDELINE_DB
from opvoedapp import app
from opvoedapp.consult import ConsultState

TAB_NAMES = ["tab-beslisschema", "tab-leeftijdsfasen", "tab-interventies", "tab-zelfreflectie"]


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings, tmp_path):
    consult = ConsultState()
    window = app.build_window(settings, consult)
    qtbot.addWidget(window)
    services = app.load_content(window, consult, GUIDELINE_DB, tmp_path / "data")
    window.show()
    return window, services


def test_four_tabs_with_stable_names(window) -> None:
    main, _ = window
    names = [main.tabs.widget(i).objectName() for i in range(main.tabs.count())]
    assert names == TAB_NAMES
    assert [main.tabs.tabText(i) for i in range(4)] == [
        "Beslisschema", "Leeftijdsfasen", "Interventies", "Zelfreflectie"]


def test_only_the_visible_tab_is_built_until_opened(window) -> None:
    main, _ = window
    built = [main.tab(name).view is not None for name in TAB_NAMES]
    assert built.count(True) == 1
    main.show_tab("tab-zelfreflectie")
    assert main.tab("tab-zelfreflectie").view is not None


def test_every_tab_shows_real_content(window) -> None:
    main, services = window
    for name in TAB_NAMES:
        view = main.show_tab(name)
        assert view is not None and view.accessibleName()
    first_phase = services.content.age_phases[0]
    text = main.tab("tab-leeftijdsfasen").view.detail.toPlainText()
    assert first_phase.label in text and first_phase.normal_problems[0] in text


def test_last_tab_and_geometry_are_kept(qtbot, settings, tmp_path) -> None:
    consult = ConsultState()
    first = app.build_window(settings, consult)
    qtbot.addWidget(first)
    first.show_tab("tab-interventies")
    first.resize(720, 520)  # inside the offscreen screen (800x600), so nothing is clamped
    first.close()
    second = app.build_window(settings, ConsultState())
    qtbot.addWidget(second)
    assert second.tabs.currentWidget().objectName() == "tab-interventies"
    assert second.size().width() == 720
    assert set(settings.allKeys()) == {"window/geometry", "window/last_tab"}


def test_about_shows_versions_edition_checksum_and_copyright(window) -> None:
    from PySide6.QtWidgets import QLabel

    from opvoedapp.views.about_dialog import AboutDialog

    main, services = window
    dialog = AboutDialog(services.content.meta, main)
    text = dialog.findChild(QLabel, "about-text").text()
    assert services.content.meta.checksum[:16] in text
    assert "NCJ" in text and "2013" in text and "©" in text
    assert "werkkaart 2" in text  # the scheme is labelled as compiled, not the card


def test_new_consult_clears_the_bar(qtbot, window) -> None:
    main, services = window
    bar = main.consult_bar
    bar.years.setValue(3)
    bar.question.setCurrentIndex(2)
    assert services.consult.age_months == 36 and services.consult.question_key
    main.findChild(type(main.file_menu.actions()[0]), "action-new-consult").trigger()
    assert services.consult.age_months is None and services.consult.question_key == ""
    assert bar.years.value() == -1


def test_qt_dialogs_are_dutch(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from opvoedapp.i18n import install_dutch_translations

    assert install_dutch_translations(qapp)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"


def test_phases_and_interventions_go_into_the_handout(window) -> None:
    main, services = window
    phases = main.show_tab("tab-leeftijdsfasen")
    phases.list.setCurrentRow(1)
    phases.add_button.click()
    interventions = main.show_tab("tab-interventies")
    interventions.show_intervention("k-vht")
    interventions.add_button.click()
    assert services.basket.request.age_phase_keys == (services.content.age_phases[1].key,)
    assert services.basket.request.intervention_keys == ("k-vht",)


def test_folder_openen_opens_the_handout_with_the_basket(window, monkeypatch) -> None:
    main, services = window
    opened: list[tuple] = []
    monkeypatch.setattr("opvoedapp.views.handout.opener.open_handout",
                        lambda s, parent: opened.append((s.basket.request, parent)))
    phases = main.show_tab("tab-leeftijdsfasen")
    phases.add_button.click()
    phases.open_button.click()
    assert opened and opened[0][0].age_phase_keys == (services.content.age_phases[0].key,)


def test_the_finder_marks_the_local_offer_only_with_a_profile(window) -> None:
    main, services = window
    view = main.show_tab("tab-interventies")
    view.show_intervention("k-vht")
    assert "Aanbod van uw organisatie" not in view.detail.toPlainText()
    assert not any(view.model.index(r, 2).data() for r in range(view.model.rowCount()))
    services.offer.set_offer({"k-vht": "Via het consultatiebureau"})
    assert "Aanbod van uw organisatie: Via het consultatiebureau" in view.detail.toPlainText()
    marked = [view.model.index(r, 0).data() for r in range(view.model.rowCount())
              if view.model.index(r, 2).data()]
    assert marked == ["Kortdurende Video-Hometraining"]


def test_a_nurse_types_an_age_picks_a_question_filters_and_adds(qtbot, window) -> None:
    from PySide6.QtCore import Qt

    main, services = window
    bar = main.consult_bar
    bar.years.lineEdit().selectAll()
    qtbot.keyClicks(bar.years, "3")
    qtbot.keyClick(bar.question, Qt.Key.Key_Down)
    qtbot.keyClick(bar.question, Qt.Key.Key_Down)
    assert services.consult.age_months == 36
    assert services.consult.question_key == "aanpak"
    view = main.show_tab("tab-interventies")
    assert view.age_group.currentData() == "peuter-kleuter"
    qtbot.keyClicks(view.search, "stevig")
    assert view.selected_key() == "stevig-ouderschap"
    assert "Stevig Ouderschap" in view.detail.toPlainText()
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert services.basket.request.intervention_keys == ("stevig-ouderschap",)


def test_the_program_paints_first_and_fills_the_menus_after(qtbot, monkeypatch) -> None:
    # The window is painted without the menus' actions (bench/: first_window_ratio); the
    # program adds them right after that paint, before the content is even loaded.
    painted: list[int] = []
    windows: list = []
    real_build = app.build_window

    def build(settings, consult, defer_menus=False):
        window = real_build(settings, consult, defer_menus)
        windows.append(window)
        painted.append(len(window.file_menu.actions()))
        return window

    monkeypatch.setattr(app, "build_window", build)
    monkeypatch.setenv(app.BENCH_EXIT_ENV, "ready")
    assert app.run(["--database", str(GUIDELINE_DB)]) == 0
    assert painted == [0]
    names = [a.objectName() for a in windows[0].file_menu.actions()]
    assert "action-new-consult" in names and "action-search" in names
    windows[0].deleteLater()


def test_closing_unchanged_writes_no_settings(qtbot, settings) -> None:
    """A close that changes nothing leaves the settings file untouched (no disk write at
    every quit); a changed tab is written. (One window closed twice: offscreen's frame
    margins move a restored window by 2 px each start, which a real window manager does not.)"""
    from pathlib import Path

    window = app.build_window(settings, ConsultState())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_tab("tab-interventies")
    window.close()
    path = Path(settings.fileName())
    written = path.read_bytes()
    path.touch()  # a later write would change the time again
    touched = path.stat().st_mtime_ns
    window.show()
    qtbot.waitExposed(window)
    window.close()
    assert path.stat().st_mtime_ns == touched and path.read_bytes() == written
    window.show()
    qtbot.waitExposed(window)
    window.show_tab("tab-leeftijdsfasen")
    window.close()
    assert path.stat().st_mtime_ns != touched
    assert QSettings(str(path), QSettings.Format.IniFormat).value(
        "window/last_tab") == "tab-leeftijdsfasen"
