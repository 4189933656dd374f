"""The organisation profile: read, checked, fuzzed; a broken one is reported and ignored."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import GUIDELINE_DB
from opvoedapp import app
from opvoedapp.consult import ConsultState
from opvoedapp.profile.for_content import find_and_load, intervention_names
from opvoedapp.profile.loader import load_profile
from opvoedapp.profile.model import ProfileError

GOOD = """
versie = 1
[organisatie]
naam = "JGZ Voorbeeldregio"
telefoon = "012 345 67 89"

[[aanbod]]
interventie = "triple p"
aanmelden = "Via uw jeugdverpleegkundige."

[[aanbod]]
interventie = "K-VHT"
aanmelden = "Via het consultatiebureau."

[[aanbod]]
interventie = "Moeder-Baby-interventie"
"""


@pytest.fixture(scope="module")
def names(content):
    return intervention_names(content)


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "organisatie.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_names_and_aliases_map_to_interventions(tmp_path, names) -> None:
    profile = load_profile(_write(tmp_path, GOOD), names)
    assert profile.name == "JGZ Voorbeeldregio"
    assert profile.offer_map() == {"triple-p": "Via uw jeugdverpleegkundige.",
                                   "k-vht": "Via het consultatiebureau.",
                                   "ouder-baby-interventie": ""}


@pytest.mark.parametrize(("text", "expected"), [
    ("versie = 2\n[organisatie]\nnaam='x'", "versie = 1"),
    ("versie = 1", "[organisatie] ontbreekt"),
    ("versie = 1\n[organisatie]\nnaam = ''", "'naam' van de organisatie ontbreekt"),
    ("versie = 1\n[organisatie]\nnaam='x'\n[[aanbod]]\ninterventie='Zwemles'", "Zwemles"),
    ("versie = 1\n[organisatie]\nnaam='x'\nlogo='weg.png'", "bestaat niet"),
    ("versie = 1\n[organisatie\nnaam='x'", "geen geldig TOML"),
])
def test_malformed_profiles_are_refused_in_dutch(tmp_path, names, text, expected) -> None:
    with pytest.raises(ProfileError) as caught:
        load_profile(_write(tmp_path, text), names)
    assert expected in caught.value.message
    assert str(tmp_path) in caught.value.message


def test_a_truncated_or_binary_file_is_refused(tmp_path, names) -> None:
    path = tmp_path / "organisatie.toml"
    path.write_bytes(GOOD.encode()[:40])
    with pytest.raises(ProfileError):
        load_profile(path, names)
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ProfileError, match="UTF-8"):
        load_profile(path, names)


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.binary(max_size=400), st.text(max_size=400).map(str.encode),
                 st.integers(0, len(GOOD)).map(lambda n: GOOD.encode()[:n])))
def test_fuzzed_files_either_load_or_raise_profile_error(tmp_path_factory, names,
                                                         data: bytes) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "organisatie.toml"
    path.write_bytes(data)
    try:
        load_profile(path, names)
    except ProfileError as exc:
        assert exc.message.startswith("Organisatieprofiel")


def test_profile_marks_the_offer_and_shows_in_about(qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("OPVOEDAPP_PROFILE", str(_write(tmp_path, GOOD)))
    consult = ConsultState()
    from PySide6.QtCore import QSettings

    window = app.build_window(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                              consult)
    qtbot.addWidget(window)
    services = app.load_content(window, consult, GUIDELINE_DB, tmp_path / "data")
    assert services.offer.has_profile and services.offer.is_offered("k-vht")
    assert not services.offer.is_offered("vipp-sd")
    from opvoedapp.views.about_dialog import about_html

    assert "JGZ Voorbeeldregio" in about_html(services.content.meta, services.profile)


def test_broken_profile_warns_and_the_program_runs_without(qtbot, tmp_path, monkeypatch,
                                                           content) -> None:
    monkeypatch.setenv("OPVOEDAPP_PROFILE", str(_write(tmp_path, "versie = 1")))
    profile, error = find_and_load(content)
    assert profile is None and "[organisatie] ontbreekt" in error
    monkeypatch.setenv("OPVOEDAPP_EXIT_AFTER", "ready")
    warnings: list[str] = []
    errors: list[str] = []
    code = app.run(["--database", str(GUIDELINE_DB)], report_error=errors.append,
                   report_warning=warnings.append)
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        widget.close()
    assert code == 0 and not errors
    assert warnings and "[organisatie] ontbreekt" in warnings[0]


def test_no_profile_means_nothing_is_offered(content, monkeypatch, tmp_path) -> None:
    monkeypatch.delenv("OPVOEDAPP_PROFILE", raising=False)
    monkeypatch.setattr("opvoedapp.profile.location.program_folder", lambda: tmp_path)
    assert find_and_load(content) == (None, "")
